/**
 * The Dutch civil calendar of SPEC §2: deadlines are defined in Europe/Amsterdam, instants are stored as UTC, and
 * working days exclude weekends and the public holidays of the Algemene termijnenwet, art. 3.
 * Offsets come from the platform's ICU time-zone data (`Intl.DateTimeFormat`), so DST needs no rules of its own.
 */
export const AMSTERDAM = 'Europe/Amsterdam';

/** A calendar date in Amsterdam, ISO `YYYY-MM-DD`. */
export type LocalDate = string;

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

const MS_PER_DAY = 86_400_000;

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

/** Amsterdam wall-clock fields of an instant. */
function wallClock(instantMs: number): WallClock {
  const fields: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of amsterdamParts.formatToParts(instantMs)) {
    if (part.type in fields) fields[part.type as keyof WallClock] = Number(part.value);
  }
  return fields;
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Amsterdam's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function amsterdamOffsetMs(instantMs: number): number {
  const w = wallClock(instantMs);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - Math.floor(instantMs / 1000) * 1000;
}

function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (formatLocalDate(utcMs(year, month, day)) === date) return { year, month, day };
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

/** The `YYYY-MM-DD` of a UTC timestamp's UTC calendar day. */
function formatLocalDate(ms: number): LocalDate {
  const d = new Date(ms);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Days since 1970-01-01; throws on anything that is not a real calendar date. */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return utcMs(year, month, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): LocalDate {
  return formatLocalDate(epochDay * MS_PER_DAY);
}

/** The Amsterdam calendar date of an instant. */
export function localDate(instant: Date): LocalDate {
  const w = wallClock(instant.getTime());
  return formatLocalDate(utcMs(w.year, w.month, w.day));
}

/** 00:00 Amsterdam time on `date`, as an instant. */
export function startOfLocalDay(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  const wallMs = utcMs(year, month, day);
  // The offset at the first guess may be the other side of a DST change; one correction settles it because
  // Amsterdam changes its clocks at 02:00/03:00, never around midnight.
  const guess = wallMs - amsterdamOffsetMs(wallMs);
  return new Date(wallMs - amsterdamOffsetMs(guess));
}

/** 00:00 Amsterdam time on the day after `date`: the exclusive end of `date`. */
export function endOfLocalDay(date: LocalDate): Date {
  return startOfLocalDay(addCalendarDays(date, 1));
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatLocalDate(utcMs(year, month, day));
}

/** The monarch's birthday holiday: Koningsdag since 2014, Koninginnedag (30 April) 1980–2013; Sunday moves it back a day. */
function monarchsDay(year: number): PublicHoliday {
  if (year < 1980) throw new RangeError(`Public holidays are not defined before 1980: ${year}`);
  const [name, day] = year >= 2014 ? ['Koningsdag', 27] : ['Koninginnedag', 30];
  const date = formatLocalDate(utcMs(year, 4, day));
  return { name, date: isSunday(toEpochDay(date)) ? addCalendarDays(date, -1) : date };
}

/**
 * The general public holidays of the Algemene termijnenwet, art. 3 (1): Nieuwjaarsdag, tweede Paas- en
 * Pinksterdag, Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, 5 mei and both Christmas days.
 * Sorted by date; when two fall on one date (Hemelvaartsdag on 5 May) both are listed.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Year must be an integer: ${year}`);
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => formatLocalDate(utcMs(year, month, day));
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: 'Nieuwjaarsdag' },
    { date: addCalendarDays(easter, 1), name: 'Tweede Paasdag' },
    monarchsDay(year),
    { date: fixed(5, 5), name: 'Bevrijdingsdag' },
    { date: addCalendarDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addCalendarDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: fixed(12, 25), name: 'Eerste Kerstdag' },
    { date: fixed(12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const holidayDatesByYear = new Map<number, ReadonlySet<LocalDate>>();

function isPublicHoliday(date: LocalDate): boolean {
  const year = Number(date.slice(0, 4));
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Set(dutchPublicHolidays(year).map((h) => h.date));
    holidayDatesByYear.set(year, dates);
  }
  return dates.has(date);
}

/** 1970-01-01 was a Thursday. */
function dayOfWeek(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

function isSunday(epochDay: number): boolean {
  return dayOfWeek(epochDay) === 0;
}

function isWorkingEpochDay(epochDay: number): boolean {
  const weekday = dayOfWeek(epochDay);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(fromEpochDay(epochDay));
}

export function isWorkingDay(date: LocalDate): boolean {
  return isWorkingEpochDay(toEpochDay(date));
}

/** The `days`-th working day after `date`; for 0, `date` itself if it is a working day, else the next working day. */
export function addWorkingDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a non-negative integer: ${days}`);
  let epochDay = toEpochDay(date);
  let remaining = days;
  if (remaining === 0) {
    // The first working day on or after `date` is the first working day after the day before.
    epochDay -= 1;
    remaining = 1;
  }
  while (remaining > 0) {
    epochDay += 1;
    if (isWorkingEpochDay(epochDay)) remaining -= 1;
  }
  return fromEpochDay(epochDay);
}

/** The number of working days d with from < d ≤ to; 0 when to ≤ from. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const last = toEpochDay(to);
  let count = 0;
  for (let epochDay = toEpochDay(from) + 1; epochDay <= last; epochDay++) {
    if (isWorkingEpochDay(epochDay)) count += 1;
  }
  return count;
}

/** FW-3: the exclusive instant by which a decision on a submission made at `submittedAt` is due. */
export function workingDayDeadline(submittedAt: Date, workingDays: number): Date {
  return endOfLocalDay(addWorkingDays(localDate(submittedAt), workingDays));
}
