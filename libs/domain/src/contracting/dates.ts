import { fromEpochDay, LocalDate, toEpochDay } from '../calendar/dutch-calendar.js';

/** Both ends inclusive. */
export interface DatePeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const DAY_MS = 86_400_000;

/** Same day of the month `months` later, clamped to the month's last day (2024-11-30 + 3 months = 2025-02-28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  toEpochDay(date);
  const [year, month, day] = date.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return fromEpochDay(firstOfTarget.getTime() / DAY_MS + Math.min(day, lastDay) - 1);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(toEpochDay(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}
