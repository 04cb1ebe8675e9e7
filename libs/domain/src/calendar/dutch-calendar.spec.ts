import fc from 'fast-check';
import {
  addCalendarDays,
  addWorkingDays,
  dutchPublicHolidays,
  easterSunday,
  endOfLocalDay,
  isWorkingDay,
  localDate,
  startOfLocalDay,
  workingDayDeadline,
  workingDaysBetween,
} from './dutch-calendar.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Any date from 1980 to 2100. */
const anyDate = fc
  .integer({ min: Date.UTC(1980, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY })
  .map((epochDay) => new Date(epochDay * DAY).toISOString().slice(0, 10));

const anyInstant = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 11, 31) }).map((ms) => new Date(ms));

describe('Dutch calendar (SPEC §2)', () => {
  it('finds Easter Sunday by the anonymous Gregorian algorithm', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the holidays of the Algemene termijnenwet, with Koningsdag on 26 April when the 27th is a Sunday', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
    expect(dutchPublicHolidays(2026).find((h) => h.name === 'Koningsdag')?.date).toBe('2026-04-27');
  });

  it('keeps Koninginnedag on 30 April before 2014 (29 April when the 30th is a Sunday) and refuses years before 1980', () => {
    expect(dutchPublicHolidays(2013).find((h) => h.name === 'Koninginnedag')?.date).toBe('2013-04-30');
    expect(dutchPublicHolidays(2006).find((h) => h.name === 'Koninginnedag')?.date).toBe('2006-04-29');
    expect(() => dutchPublicHolidays(1979)).toThrow(RangeError);
  });

  it('lists both holidays when Hemelvaartsdag falls on 5 May', () => {
    expect(dutchPublicHolidays(2005).filter((h) => h.date === '2005-05-05').map((h) => h.name)).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  it('treats weekends and public holidays as non-working days, Good Friday as a working day', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-04-04')).toBe(false);
    expect(isWorkingDay('2026-04-05')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2025-04-26')).toBe(false);
    expect(isWorkingDay('2026-05-14')).toBe(false);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-1-05')).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('maps an instant at 23:30 UTC to the next Amsterdam date, in winter and in summer', () => {
    expect(localDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(localDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(localDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });

  it('gives the DST change days 23 and 25 hours (last Sunday of March and of October)', () => {
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(localDate(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25');
  });

  it('counts 0 working days as the date itself when it is a working day, else the next working day', () => {
    expect(addWorkingDays('2026-04-03', 0)).toBe('2026-04-03');
    expect(addWorkingDays('2026-04-04', 0)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-04', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
  });

  it('counts working days strictly after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2026-04-03', '2026-04-07')).toBe(1);
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(2);
    expect(workingDaysBetween('2026-04-07', '2026-04-07')).toBe(0);
    expect(workingDaysBetween('2026-04-10', '2026-04-07')).toBe(0);
  });

  it('FW-3: a 10-working-day deadline spanning Christmas and New Year skips 25, 26 December and 1 January', () => {
    const deadline = workingDayDeadline(new Date('2025-12-19T14:00:00Z'), 10);
    expect(deadline.toISOString()).toBe('2026-01-07T23:00:00.000Z');
  });

  it('FW-3: deadlines skip Tweede Paasdag, Koningsdag with Bevrijdingsdag, and Hemelvaartsdag with Tweede Pinksterdag', () => {
    expect(workingDayDeadline(new Date('2026-04-02T09:00:00Z'), 10).toISOString()).toBe('2026-04-17T22:00:00.000Z');
    expect(workingDayDeadline(new Date('2026-04-24T09:00:00Z'), 10).toISOString()).toBe('2026-05-12T22:00:00.000Z');
    expect(workingDayDeadline(new Date('2026-05-08T09:00:00Z'), 10).toISOString()).toBe('2026-05-26T22:00:00.000Z');
  });

  it('FW-3: a deadline across a DST change ends at Amsterdam midnight in the new offset', () => {
    expect(workingDayDeadline(new Date('2026-03-20T12:00:00Z'), 10).toISOString()).toBe('2026-04-03T22:00:00.000Z');
    expect(workingDayDeadline(new Date('2026-10-23T12:00:00Z'), 10).toISOString()).toBe('2026-11-06T23:00:00.000Z');
  });

  it('FW-3: a submission at 23:30 UTC counts from the next Amsterdam date', () => {
    expect(workingDayDeadline(new Date('2026-01-01T22:59:00Z'), 10).toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(workingDayDeadline(new Date('2026-01-01T23:30:00Z'), 10).toISOString()).toBe('2026-01-16T23:00:00.000Z');
  });

  it('addWorkingDays always lands on a working day', () => {
    fc.assert(fc.property(anyDate, fc.nat(400), (date, n) => isWorkingDay(addWorkingDays(date, n))));
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (date, n) => workingDaysBetween(date, addWorkingDays(date, n)) === n));
  });

  it('addWorkingDays is monotonic in both the date and the count, strictly in the count from 1', () => {
    fc.assert(
      fc.property(anyDate, fc.nat(60), fc.nat(60), fc.nat(60), (date, shift, n, extra) => {
        const later = addCalendarDays(date, shift);
        expect(addWorkingDays(date, n) <= addWorkingDays(later, n)).toBe(true);
        expect(addWorkingDays(date, n) <= addWorkingDays(date, n + extra)).toBe(true);
        if (n >= 1 && extra >= 1) expect(addWorkingDays(date, n) < addWorkingDays(date, n + extra)).toBe(true);
      }),
    );
  });

  it('a local day runs from its start to its exclusive end and lasts 23, 24 or 25 hours', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const start = startOfLocalDay(date);
        const end = endOfLocalDay(date);
        expect(localDate(start)).toBe(date);
        expect(localDate(new Date(end.getTime() - 1))).toBe(date);
        expect([23 * HOUR, 24 * HOUR, 25 * HOUR]).toContain(end.getTime() - start.getTime());
      }),
    );
  });

  it('every instant lies within its own local day', () => {
    fc.assert(
      fc.property(anyInstant, (instant) => {
        const date = localDate(instant);
        return startOfLocalDay(date) <= instant && instant < endOfLocalDay(date);
      }),
    );
  });

  it('FW-3: a deadline is a later Amsterdam midnight that leaves the requested number of working days', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 30 }), (submittedAt, n) => {
        const deadline = workingDayDeadline(submittedAt, n);
        const lastDay = localDate(new Date(deadline.getTime() - 1));
        expect(deadline.getTime()).toBeGreaterThan(submittedAt.getTime());
        expect(startOfLocalDay(localDate(deadline)).getTime()).toBe(deadline.getTime());
        expect(workingDaysBetween(localDate(submittedAt), lastDay)).toBe(n);
        expect(isWorkingDay(lastDay)).toBe(true);
      }),
    );
  });
});
