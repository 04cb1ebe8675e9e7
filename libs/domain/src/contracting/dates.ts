import { LocalDate } from '../calendar/dutch-calendar.js';

/** Both ends inclusive. */
export interface DatePeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const DAY_MS = 86_400_000;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 on UTC midnights; throws on anything that is not a real calendar date. */
export function dayNumber(date: LocalDate): number {
  const match = FORMAT.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    if (new Date(ms).getUTCDate() === day && new Date(ms).getUTCMonth() === month - 1) return ms / DAY_MS;
  }
  throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
}

export function fromDayNumber(days: number): LocalDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Same day of the month `months` later, clamped to the month's last day (2024-11-30 + 3 months = 2025-02-28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  dayNumber(date);
  const [year, month, day] = date.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return fromDayNumber(firstOfTarget.getTime() / DAY_MS + Math.min(day, lastDay) - 1);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}
