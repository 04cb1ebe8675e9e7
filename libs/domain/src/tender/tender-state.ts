import { deepFreeze } from '../reference/code-list.js';

/** TD-9 tender states, in the order of the normal path; CANCELLED can follow any state before CONTRACTED. */
export const TENDER_STATES = [
  'DRAFT', 'PUBLISHED', 'SELECTION', 'AWARD_PHASE', 'OPENED', 'EVALUATED', 'AWARD_DECIDED', 'STANDSTILL', 'CONTRACTED', 'CANCELLED',
] as const;
export type TenderState = (typeof TENDER_STATES)[number];

/** The instants of the TD-1 timetable that guard transitions and writes (UTC instants, computed elsewhere). */
export type TenderDeadline = 'questionsClose' | 'selectionDeadline' | 'bidDeadline' | 'standstillEnd';
export type TenderDeadlines = Readonly<Partial<Record<TenderDeadline, Date>>>;

export interface TenderClock {
  readonly now: Date;
  readonly deadlines: TenderDeadlines;
}

export type TenderAction =
  | { readonly type: 'PUBLISH' }
  | { readonly type: 'CLOSE_SELECTION_REQUESTS' }
  | { readonly type: 'PUBLISH_SHORTLIST' }
  | { readonly type: 'OPEN_BIDS' }
  | { readonly type: 'COMPLETE_EVALUATION' }
  | { readonly type: 'DECIDE_AWARD' }
  | { readonly type: 'NOTIFY_AWARD' }
  | { readonly type: 'CONTRACT'; readonly pendingObjections: number }
  | { readonly type: 'CANCEL'; readonly reason: string };
export type TenderActionType = TenderAction['type'];

export interface TenderTransition {
  readonly from: readonly TenderState[];
  readonly to: TenderState;
  /** TIMER transitions are run by idempotent jobs: repeating one, or running it late, changes nothing. */
  readonly trigger: 'OFFICER' | 'TIMER';
  /** The transition is refused before this instant. */
  readonly notBefore?: TenderDeadline;
}

const OPEN_STATES: readonly TenderState[] = TENDER_STATES.filter((s) => s !== 'CONTRACTED' && s !== 'CANCELLED');

/** TD-9 transition table. */
export const TENDER_TRANSITIONS: Readonly<Record<TenderActionType, TenderTransition>> = deepFreeze({
  PUBLISH: { from: ['DRAFT'], to: 'PUBLISHED', trigger: 'OFFICER' },
  CLOSE_SELECTION_REQUESTS: { from: ['PUBLISHED'], to: 'SELECTION', trigger: 'TIMER', notBefore: 'selectionDeadline' },
  PUBLISH_SHORTLIST: { from: ['SELECTION'], to: 'AWARD_PHASE', trigger: 'OFFICER' },
  OPEN_BIDS: { from: ['AWARD_PHASE'], to: 'OPENED', trigger: 'OFFICER', notBefore: 'bidDeadline' },
  COMPLETE_EVALUATION: { from: ['OPENED'], to: 'EVALUATED', trigger: 'OFFICER' },
  DECIDE_AWARD: { from: ['EVALUATED'], to: 'AWARD_DECIDED', trigger: 'OFFICER' },
  NOTIFY_AWARD: { from: ['AWARD_DECIDED'], to: 'STANDSTILL', trigger: 'OFFICER' },
  CONTRACT: { from: ['STANDSTILL'], to: 'CONTRACTED', trigger: 'OFFICER', notBefore: 'standstillEnd' },
  CANCEL: { from: OPEN_STATES, to: 'CANCELLED', trigger: 'OFFICER' },
});

export type TenderErrorCode =
  | 'TENDER_WRONG_STATE'
  | 'TENDER_TOO_EARLY'
  | 'TENDER_DEADLINE_PASSED'
  | 'TENDER_DEADLINE_UNKNOWN'
  | 'TENDER_CANCEL_REASON_REQUIRED'
  | 'TENDER_OBJECTIONS_PENDING';

export type TenderRefusal = { readonly ok: false; readonly code: TenderErrorCode; readonly message: string };
export type TransitionResult = { readonly ok: true; readonly state: TenderState; readonly changed: boolean } | TenderRefusal;

const refuse = (code: TenderErrorCode, message: string): TenderRefusal => ({ ok: false, code, message });

/** True when `state` is `target` or lies beyond it on the normal path, or the tender was cancelled. */
function reachedOrPassed(state: TenderState, target: TenderState): boolean {
  return state === 'CANCELLED' || TENDER_STATES.indexOf(state) >= TENDER_STATES.indexOf(target);
}

function deadlineReached(deadline: TenderDeadline, clock: TenderClock): TenderRefusal | null {
  const at = clock.deadlines[deadline];
  if (!at) return refuse('TENDER_DEADLINE_UNKNOWN', `the timetable has no ${deadline}`);
  return clock.now.getTime() < at.getTime() ? refuse('TENDER_TOO_EARLY', `not before ${deadline} ${at.toISOString()}`) : null;
}

/** TD-9: the one function that moves a tender; every caller (officer request or timer job) goes through it. */
export function transitionTender(state: TenderState, action: TenderAction, clock: TenderClock): TransitionResult {
  const transition = TENDER_TRANSITIONS[action.type];
  if (!transition.from.includes(state)) {
    if (transition.trigger === 'TIMER' && reachedOrPassed(state, transition.to)) return { ok: true, state, changed: false };
    return refuse('TENDER_WRONG_STATE', `${action.type} is not allowed in state ${state}`);
  }
  if (transition.notBefore) {
    const early = deadlineReached(transition.notBefore, clock);
    if (early) return early;
  }
  if (action.type === 'CANCEL' && action.reason.trim() === '') return refuse('TENDER_CANCEL_REASON_REQUIRED', 'a cancellation needs a reason');
  if (action.type === 'CONTRACT' && action.pendingObjections > 0) {
    return refuse('TENDER_OBJECTIONS_PENDING', `${action.pendingObjections} objection(s) must be decided before contracting`);
  }
  return { ok: true, state: transition.to, changed: true };
}

export type TenderWrite =
  | 'EDIT_TERMS'
  | 'ASK_QUESTION'
  | 'REQUEST_PARTICIPATION'
  | 'RECORD_SELECTION_DECISION'
  | 'SUBMIT_BID'
  | 'WITHDRAW_BID'
  | 'SCORE_BID'
  | 'FILE_OBJECTION'
  | 'AMEND';

export interface TenderWriteRule {
  readonly states: readonly TenderState[];
  /** The write is refused from this instant on, whatever the state says: a missed timer lets nothing through. */
  readonly before?: TenderDeadline;
}

/** TD-9 guard on every write path. Terms, weights included, are fixed at publication (TD-7). */
export const TENDER_WRITES: Readonly<Record<TenderWrite, TenderWriteRule>> = deepFreeze({
  EDIT_TERMS: { states: ['DRAFT'] },
  ASK_QUESTION: { states: ['PUBLISHED', 'SELECTION', 'AWARD_PHASE'], before: 'questionsClose' },
  REQUEST_PARTICIPATION: { states: ['PUBLISHED'], before: 'selectionDeadline' },
  RECORD_SELECTION_DECISION: { states: ['SELECTION'] },
  SUBMIT_BID: { states: ['AWARD_PHASE'], before: 'bidDeadline' },
  WITHDRAW_BID: { states: ['AWARD_PHASE'], before: 'bidDeadline' },
  SCORE_BID: { states: ['OPENED'] },
  FILE_OBJECTION: { states: ['STANDSTILL'], before: 'standstillEnd' },
  /** TD-4: formal amendments while the tender is open, up to the bid deadline. */
  AMEND: { states: ['PUBLISHED', 'SELECTION', 'AWARD_PHASE'], before: 'bidDeadline' },
});

export function guardTenderWrite(state: TenderState, write: TenderWrite, clock: TenderClock): { readonly ok: true } | TenderRefusal {
  const rule = TENDER_WRITES[write];
  if (!rule.states.includes(state)) return refuse('TENDER_WRONG_STATE', `${write} is not allowed in state ${state}`);
  if (rule.before) {
    const at = clock.deadlines[rule.before];
    if (!at) return refuse('TENDER_DEADLINE_UNKNOWN', `the timetable has no ${rule.before}`);
    if (clock.now.getTime() >= at.getTime()) return refuse('TENDER_DEADLINE_PASSED', `${rule.before} passed at ${at.toISOString()}`);
  }
  return { ok: true };
}
