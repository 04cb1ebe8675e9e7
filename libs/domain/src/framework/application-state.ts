/** FW-3: the states of an enrolment application and the actions that move it, as data. */
export const APPLICATION_STATES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'ADMITTED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = ['SUBMIT', 'START_REVIEW', 'REQUEST_INFO', 'ADMIT', 'REJECT', 'WITHDRAW'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<ApplicationAction, { from: readonly ApplicationState[]; to: ApplicationState }>> = {
  SUBMIT: { from: ['DRAFT', 'INFO_REQUESTED'], to: 'SUBMITTED' },
  START_REVIEW: { from: ['SUBMITTED'], to: 'IN_REVIEW' },
  REQUEST_INFO: { from: ['IN_REVIEW'], to: 'INFO_REQUESTED' },
  ADMIT: { from: ['IN_REVIEW'], to: 'ADMITTED' },
  REJECT: { from: ['IN_REVIEW'], to: 'REJECTED' },
  WITHDRAW: { from: ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'], to: 'WITHDRAWN' },
};

export type ApplicationTransition = { ok: true; to: ApplicationState } | { ok: false; allowedFrom: readonly ApplicationState[] };

/** The one place that decides whether an application may take an action in its current state. */
export function transitionApplication(state: ApplicationState, action: ApplicationAction): ApplicationTransition {
  const rule = TRANSITIONS[action];
  return rule.from.includes(state) ? { ok: true, to: rule.to } : { ok: false, allowedFrom: rule.from };
}

/** Open applications block a second one for the same provider and lot; decided ones do not. */
export function isOpenApplication(state: ApplicationState): boolean {
  return !['ADMITTED', 'REJECTED', 'WITHDRAWN'].includes(state);
}

/** States whose decision clock (FW-3 SLA) runs. */
export function awaitsDecision(state: ApplicationState): boolean {
  return state === 'SUBMITTED' || state === 'IN_REVIEW';
}

/** FW-3: the decision was due at `dueAt` (exclusive) and has not been taken by `now`. */
export function isDecisionOverdue(state: ApplicationState, dueAt: Date | null, now: Date): boolean {
  return awaitsDecision(state) && dueAt !== null && dueAt <= now;
}
