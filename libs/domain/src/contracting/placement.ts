import { fromEpochDay, LocalDate, toEpochDay } from '../calendar/dutch-calendar.js';
import { addMonths, DatePeriod, isoWeekday } from './dates.js';

export type ContractType =
  | { readonly type: 'FIXED_TERM'; readonly months: number }
  | { readonly type: 'INDEFINITE' }
  | { readonly type: 'SELF_EMPLOYED' };

/** Work the client started (IC-7): a job at one employer, or self-employment. */
export interface Placement {
  readonly id: string;
  readonly contract: ContractType;
  readonly start: LocalDate;
  /** Last day of work; absent while it goes on. */
  readonly end?: LocalDate;
}

export interface WeeklyHours {
  /** Monday of the calendar week. */
  readonly weekStart: LocalDate;
  /** Wage-paid hours (verloonde uren) in the week, all employers together. */
  readonly hours: number;
}

export interface NaarWerkFacts {
  readonly benefitType: string;
  /** Hours a week the client is deemed able to work; for WW, the hours the benefit is based on. */
  readonly capacityHoursPerWeek: number;
  /** First and last day of the Naar werk service. */
  readonly service: DatePeriod;
  readonly placements: readonly Placement[];
  readonly weeklyHours: readonly WeeklyHours[];
  /** Periods in which self-employment brought in income. */
  readonly selfEmployedIncome: readonly DatePeriod[];
  readonly illness: readonly DatePeriod[];
  /** The records are complete up to and including this day. */
  readonly asOf: LocalDate;
}

export type PlacementFailure =
  | 'STARTED_OUTSIDE_WINDOW'
  | 'NOT_CONTINUOUS'
  | 'HOURS_BELOW_HALF_CAPACITY'
  | 'WAJONG_WEEK_BELOW_12_HOURS'
  | 'NO_INCOME_THROUGHOUT';

export type NaarWerkJudgement =
  | { readonly status: 'SUCCESS'; readonly placementId: string; readonly qualifyingPeriod: DatePeriod }
  | { readonly status: 'PENDING' }
  | { readonly status: 'NO_SUCCESS'; readonly failures: readonly { readonly placementId: string; readonly reason: PlacementFailure }[] };

/** Definitions "Plaatsing" and "Werkhervatting", seed 003 §4.1 (original L4656–L4682, L4747–L4767). */
export const PLACEMENT_MONTHS = 3;
export const START_AFTER_SERVICE_MONTHS = 3;
export const WAJONG_MIN_WEEKLY_HOURS = 12;

type Outcome = { readonly status: 'SUCCESS' } | { readonly status: 'PENDING' } | { readonly status: 'FAILED'; readonly reason: PlacementFailure };

/** Work must start on or after the service's first day and at most 3 months after its last day. */
export function placementStartWindow(service: DatePeriod): DatePeriod {
  return { from: service.from, to: addMonths(service.to, START_AFTER_SERVICE_MONTHS) };
}

/**
 * The 3 consecutive months from `start` (a start on 15 January runs to 14 April), extended day for day by the
 * illness inside it; days the extension adds can hold illness that extends it again.
 */
export function qualifyingPeriod(start: LocalDate, illness: readonly DatePeriod[]): DatePeriod {
  const first = toEpochDay(start);
  const base = toEpochDay(addMonths(start, PLACEMENT_MONTHS)) - 1;
  const ill = dayIn(illness);
  let last = base;
  for (;;) {
    let illDays = 0;
    for (let day = first; day <= last; day++) if (ill(day)) illDays++;
    if (base + illDays === last) return { from: start, to: fromEpochDay(last) };
    last = base + illDays;
  }
}

/**
 * IC-9: Naar werk succeeds when work starts during the service or within 3 months after it and lasts 3 consecutive
 * months (extended by illness), with wage-paid hours averaging at least half the client's capacity (Wajong: at least
 * 12 hours in every week), or with self-employed income throughout. Jobs at several employers count together when
 * they follow on without a gap. Hours are judged on the Monday–Sunday weeks lying wholly inside the qualifying
 * period and free of illness; a week without a record counts as 0 hours.
 */
export function judgeNaarWerkSuccess(facts: NaarWerkFacts): NaarWerkJudgement {
  for (const week of facts.weeklyHours) {
    if (isoWeekday(week.weekStart) !== 1) throw new RangeError(`weekStart must be a Monday: ${week.weekStart}`);
  }
  const window = placementStartWindow(facts.service);
  const failures: { placementId: string; reason: PlacementFailure }[] = [];
  let pending = facts.asOf < window.to;
  for (const placement of [...facts.placements].sort((a, b) => a.start.localeCompare(b.start))) {
    const period = qualifyingPeriod(placement.start, facts.illness);
    const outcome =
      placement.start < window.from || placement.start > window.to
        ? ({ status: 'FAILED', reason: 'STARTED_OUTSIDE_WINDOW' } as const)
        : placement.contract.type === 'SELF_EMPLOYED'
          ? judgeSelfEmployment(facts, period)
          : judgeEmployment(facts, period);
    if (outcome.status === 'SUCCESS') return { status: 'SUCCESS', placementId: placement.id, qualifyingPeriod: period };
    if (outcome.status === 'PENDING') pending = true;
    else failures.push({ placementId: placement.id, reason: outcome.reason });
  }
  return pending ? { status: 'PENDING' } : { status: 'NO_SUCCESS', failures };
}

function judgeEmployment(facts: NaarWerkFacts, period: DatePeriod): Outcome {
  const jobs = facts.placements.filter((p) => p.contract.type !== 'SELF_EMPLOYED');
  const gap = firstUncoveredDay(facts, period, (day) => jobs.some((job) => covers(job, day)));
  if (gap !== undefined) return { status: 'FAILED', reason: 'NOT_CONTINUOUS' };
  const weeks = measurableWeeks(facts, period);
  if (facts.benefitType === 'WAJONG') {
    const short = weeks.some((w) => w.complete && w.centiHours < WAJONG_MIN_WEEKLY_HOURS * 100);
    if (short) return { status: 'FAILED', reason: 'WAJONG_WEEK_BELOW_12_HOURS' };
  }
  if (period.to > facts.asOf) return { status: 'PENDING' };
  if (facts.benefitType === 'WAJONG') return { status: 'SUCCESS' };
  const total = weeks.reduce((sum, w) => sum + w.centiHours, 0);
  const halfCapacityMet = weeks.length > 0 && 2 * total >= Math.round(facts.capacityHoursPerWeek * 100) * weeks.length;
  return halfCapacityMet ? { status: 'SUCCESS' } : { status: 'FAILED', reason: 'HOURS_BELOW_HALF_CAPACITY' };
}

function judgeSelfEmployment(facts: NaarWerkFacts, period: DatePeriod): Outcome {
  const businesses = facts.placements.filter((p) => p.contract.type === 'SELF_EMPLOYED');
  if (firstUncoveredDay(facts, period, (day) => businesses.some((b) => covers(b, day))) !== undefined) {
    return { status: 'FAILED', reason: 'NOT_CONTINUOUS' };
  }
  if (firstUncoveredDay(facts, period, dayIn(facts.selfEmployedIncome)) !== undefined) {
    return { status: 'FAILED', reason: 'NO_INCOME_THROUGHOUT' };
  }
  return period.to > facts.asOf ? { status: 'PENDING' } : { status: 'SUCCESS' };
}

/** The first day, up to `asOf`, that is neither covered nor an illness day. */
function firstUncoveredDay(facts: NaarWerkFacts, period: DatePeriod, covered: (day: number) => boolean): number | undefined {
  const ill = dayIn(facts.illness);
  const last = Math.min(toEpochDay(period.to), toEpochDay(facts.asOf));
  for (let day = toEpochDay(period.from); day <= last; day++) if (!ill(day) && !covered(day)) return day;
  return undefined;
}

/** Whole Monday–Sunday weeks inside the period without illness; `complete` once the week lies on or before `asOf`. */
function measurableWeeks(facts: NaarWerkFacts, period: DatePeriod): { centiHours: number; complete: boolean }[] {
  const ill = dayIn(facts.illness);
  const first = toEpochDay(period.from);
  const last = toEpochDay(period.to);
  const asOf = toEpochDay(facts.asOf);
  const weeks: { centiHours: number; complete: boolean }[] = [];
  for (let monday = first + ((8 - isoWeekday(period.from)) % 7); monday + 6 <= last; monday += 7) {
    if (Array.from({ length: 7 }, (_, i) => monday + i).some(ill)) continue;
    const weekStart = fromEpochDay(monday);
    const hours = facts.weeklyHours.filter((w) => w.weekStart === weekStart).reduce((sum, w) => sum + w.hours, 0);
    weeks.push({ centiHours: Math.round(hours * 100), complete: monday + 6 <= asOf });
  }
  return weeks;
}

function covers(placement: Placement, day: number): boolean {
  return toEpochDay(placement.start) <= day && (placement.end === undefined || day <= toEpochDay(placement.end));
}

/** A test for "this day number lies in one of the periods". */
function dayIn(periods: readonly DatePeriod[]): (day: number) => boolean {
  const ranges = periods.map((p) => [toEpochDay(p.from), toEpochDay(p.to)] as const);
  return (day) => ranges.some(([from, to]) => from <= day && day <= to);
}
