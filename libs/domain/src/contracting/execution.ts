import { addCalendarDays, fromEpochDay, LocalDate, toEpochDay } from '../calendar/dutch-calendar.js';
import { addMonths, isoWeekday } from './dates.js';
import { Placement, WeeklyHours } from './placement.js';
import { RuleViolation } from './rule-violation.js';

/** IC-7: Werkfit has a fixed evaluation moment at 3 or 6 months after the purchase order (seed 003 L1116–L1119). */
export const EVALUATION_MOMENTS = [3, 6] as const;
export type EvaluationMoment = (typeof EVALUATION_MOMENTS)[number];

/** How many calendar days before its date an evaluation moment may be held. */
export const EVALUATION_LEAD_DAYS = 14;

export function evaluationMomentDate(orderedOn: LocalDate, moment: EvaluationMoment): LocalDate {
  return addMonths(orderedOn, moment);
}

export function evaluationMomentOpen(orderedOn: LocalDate, moment: EvaluationMoment, today: LocalDate): boolean {
  return today >= addCalendarDays(evaluationMomentDate(orderedOn, moment), -EVALUATION_LEAD_DAYS);
}

/** A job with the hours a week its contract gives. */
export interface PlacementWithHours extends Placement {
  readonly hoursPerWeek: number;
}

/**
 * The wage-paid hours of each Monday–Sunday week up to `asOf`, derived from the placements' hours a week: a week the
 * job covers only partly counts the covered days' share, to the hundredth of an hour. Self-employment has no wage.
 */
export function weeklyHoursFromPlacements(placements: readonly PlacementWithHours[], asOf: LocalDate): WeeklyHours[] {
  const byWeek = new Map<number, number>();
  const lastDay = toEpochDay(asOf);
  for (const placement of placements) {
    if (placement.contract.type === 'SELF_EMPLOYED') continue;
    const first = toEpochDay(placement.start);
    const last = Math.min(placement.end === undefined ? lastDay : toEpochDay(placement.end), lastDay);
    for (let monday = first - (isoWeekday(placement.start) - 1); monday <= last; monday += 7) {
      const covered = Math.min(monday + 6, last) - Math.max(monday, first) + 1;
      byWeek.set(monday, (byWeek.get(monday) ?? 0) + (placement.hoursPerWeek * covered) / 7);
    }
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, hours]) => ({ weekStart: fromEpochDay(monday), hours: Math.round(hours * 100) / 100 }));
}

/** BR-05: aftercare is completed with at least two conversations (client and employer) and a workplace visit. */
export const AFTERCARE_MIN_CONVERSATIONS = 2;
export const AFTERCARE_MIN_WORKPLACE_VISITS = 1;
/** BR-06: in learning-while-working, aftercare may run for the whole learn-work agreement, at most 24 months. */
export const LEARNING_WHILE_WORKING_AFTERCARE_MAX_MONTHS = 24;

export type AftercareEventKind = 'CONVERSATION' | 'WORKPLACE_VISIT';

/** The last day aftercare may run: only learning-while-working has a limit in the sources (004:293–294). */
export function aftercareMaxEnd(start: LocalDate, learningWhileWorking: boolean, learnWorkAgreementEnd?: LocalDate): LocalDate | null {
  if (!learningWhileWorking) return null;
  const cap = addCalendarDays(addMonths(start, LEARNING_WHILE_WORKING_AFTERCARE_MAX_MONTHS), -1);
  return learnWorkAgreementEnd && learnWorkAgreementEnd < cap ? learnWorkAgreementEnd : cap;
}

export function checkAftercareCompletion(events: readonly { readonly kind: AftercareEventKind }[]): RuleViolation<'AFTERCARE_INCOMPLETE'>[] {
  const count = (kind: AftercareEventKind) => events.filter((e) => e.kind === kind).length;
  const violations: RuleViolation<'AFTERCARE_INCOMPLETE'>[] = [];
  if (count('CONVERSATION') < AFTERCARE_MIN_CONVERSATIONS) {
    violations.push({ field: 'events', code: 'AFTERCARE_INCOMPLETE', message: `needs at least ${AFTERCARE_MIN_CONVERSATIONS} conversations with client and employer` });
  }
  if (count('WORKPLACE_VISIT') < AFTERCARE_MIN_WORKPLACE_VISITS) {
    violations.push({ field: 'events', code: 'AFTERCARE_INCOMPLETE', message: 'needs a workplace visit' });
  }
  return violations;
}

/** IC-13: the work status is followed for 12 calendar months after the month the trajectory ended. */
export const FOLLOW_UP_MONTHS = 12;

/** 1 for the month after the end month … 12; `null` outside the follow-up window. `month` is `YYYY-MM`. */
export function followUpMonthIndex(endedOn: LocalDate, month: string): number | null {
  const [endYear, endMonth] = endedOn.split('-').map(Number);
  const [year, monthNo] = month.split('-').map(Number);
  const index = (year - endYear) * 12 + (monthNo - endMonth);
  return index >= 1 && index <= FOLLOW_UP_MONTHS ? index : null;
}

/** IC-11: a provider with more than 10 IROs must take part in the client-satisfaction survey. */
export const SURVEY_IRO_THRESHOLD = 10;

export function surveyObligatory(iroCount: number): boolean {
  return iroCount > SURVEY_IRO_THRESHOLD;
}

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 10;
