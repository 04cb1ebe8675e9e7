/** SC-6: names how the figures are defined (cells, measures, periods, case mix); change it when any of them changes. */
export const SCORING_METHODOLOGY_VERSION = 'scoring-1';

export type PeriodKind = 'QUARTER' | 'YEAR' | 'ROLLING_12';

/** A period of whole months, `from` inclusive and `to` exclusive (first days of months). */
export interface ScorePeriod {
  kind: PeriodKind;
  label: string;
  from: string;
  to: string;
}

const firstOfMonth = (year: number, monthIndex: number): string => new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/** The first day of the month `months` months before the month of `day` (YYYY-MM-DD). */
export function monthsBefore(day: string, months: number): string {
  return firstOfMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 - months);
}

export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4])|-R12-(0[1-9]|1[0-2]))?$/;

/**
 * SC-2 periods: `2026-Q2` (a quarter), `2026` (a year), `2026-R12-10` (the rolling 12 months up to and including
 * October 2026). Without a period: the rolling 12 months up to the last complete month before `asOf`.
 */
export function parsePeriod(text: string | undefined, asOf: string): ScorePeriod {
  if (!text) {
    const to = monthsBefore(asOf, 0);
    return { kind: 'ROLLING_12', label: `${monthsBefore(asOf, 1).slice(0, 4)}-R12-${monthsBefore(asOf, 1).slice(5, 7)}`, from: monthsBefore(to, 12), to };
  }
  const match = PERIOD_PATTERN.exec(text);
  if (!match) throw new RangeError(`not a period: ${text}`);
  const year = Number(match[1]);
  if (match[2]) {
    const q = Number(match[2]);
    return { kind: 'QUARTER', label: text, from: firstOfMonth(year, (q - 1) * 3), to: firstOfMonth(year, q * 3) };
  }
  if (match[3]) {
    const to = firstOfMonth(year, Number(match[3]));
    return { kind: 'ROLLING_12', label: text, from: monthsBefore(to, 12), to };
  }
  return { kind: 'YEAR', label: text, from: firstOfMonth(year, 0), to: firstOfMonth(year + 1, 0) };
}

/**
 * SC-5: whether the work status `months` after the end can still change for someone who ended in the period: the
 * last clients ended just before `to`, and the monthly IC-13 import of that month arrives a month later.
 */
export function followUpOpen(period: ScorePeriod, months: number, asOf: string): boolean {
  return asOf < monthsBefore(period.to, -(months + 1));
}

/** The quarter label of a month's first day, e.g. 2026-04-01 → 2026-Q2. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
