import fc from 'fast-check';
import { addCalendarDays, toEpochDay } from '../calendar/dutch-calendar.js';
import { addMonths, isoWeekday } from './dates.js';
import { judgeNaarWerkSuccess, NaarWerkFacts, Placement, placementStartWindow, qualifyingPeriod, WeeklyHours } from './placement.js';

/** Hours records for `count` Monday weeks from the first Monday on or after `from`. */
function weeks(from: string, count: number, hours: number | ((i: number) => number)): WeeklyHours[] {
  const monday = addCalendarDays(from, (8 - isoWeekday(from)) % 7);
  return Array.from({ length: count }, (_, i) => ({ weekStart: addCalendarDays(monday, 7 * i), hours: typeof hours === 'number' ? hours : hours(i) }));
}

const job = (start: string, end?: string, id = 'P1'): Placement => ({ id, contract: { type: 'INDEFINITE' }, start, end });

/** A Naar werk service of the first half of 2024 (1 January is a Monday); the client can work 20 hours a week. */
function facts(over: Partial<NaarWerkFacts>): NaarWerkFacts {
  return {
    benefitType: 'WGA',
    capacityHoursPerWeek: 20,
    service: { from: '2024-01-01', to: '2024-06-30' },
    placements: [],
    weeklyHours: [],
    selfEmployedIncome: [],
    illness: [],
    asOf: '2025-06-30',
    ...over,
  };
}

const status = (f: NaarWerkFacts) => judgeNaarWerkSuccess(f).status;
const failures = (f: NaarWerkFacts) => {
  const judgement = judgeNaarWerkSuccess(f);
  return judgement.status === 'NO_SUCCESS' ? judgement.failures.map((x) => x.reason) : judgement.status;
};

describe('Naar werk success from placement records (IC-9)', () => {
  const hours = weeks('2024-04-01', 20, 10);

  it('IC-9: work lasting exactly 3 consecutive months counts as success', () => {
    expect(judgeNaarWerkSuccess(facts({ placements: [job('2024-04-01', '2024-06-30')], weeklyHours: hours }))).toEqual({
      status: 'SUCCESS',
      placementId: 'P1',
      qualifyingPeriod: { from: '2024-04-01', to: '2024-06-30' },
    });
  });

  it('IC-9: work ending one day short of 3 months does not count', () => {
    expect(failures(facts({ placements: [job('2024-04-01', '2024-06-29')], weeklyHours: hours }))).toEqual(['NOT_CONTINUOUS']);
  });

  it('IC-9: work may start on the service’s first day or exactly 3 months after its last day, not a day later or earlier', () => {
    expect(placementStartWindow({ from: '2024-01-01', to: '2024-06-30' })).toEqual({ from: '2024-01-01', to: '2024-09-30' });
    expect(status(facts({ placements: [job('2024-01-01')], weeklyHours: weeks('2024-01-01', 20, 10) }))).toBe('SUCCESS');
    expect(status(facts({ placements: [job('2024-09-30')], weeklyHours: weeks('2024-09-30', 20, 10) }))).toBe('SUCCESS');
    expect(failures(facts({ placements: [job('2024-10-01')], weeklyHours: weeks('2024-10-01', 20, 10) }))).toEqual(['STARTED_OUTSIDE_WINDOW']);
    expect(failures(facts({ placements: [job('2023-12-31')], weeklyHours: weeks('2023-12-31', 20, 10) }))).toEqual(['STARTED_OUTSIDE_WINDOW']);
  });

  it('IC-9: the 3-month start window is clamped at month ends', () => {
    expect(placementStartWindow({ from: '2024-09-01', to: '2024-11-30' }).to).toBe('2025-02-28');
  });

  it('IC-9: average hours of exactly half the capacity count, just under do not', () => {
    const base = { capacityHoursPerWeek: 21, placements: [job('2024-04-01')] };
    expect(status(facts({ ...base, weeklyHours: weeks('2024-04-01', 20, 10.5) }))).toBe('SUCCESS');
    const oneWeekShort = weeks('2024-04-01', 20, (i) => (i === 5 ? 10.49 : 10.5));
    expect(failures(facts({ ...base, weeklyHours: oneWeekShort }))).toEqual(['HOURS_BELOW_HALF_CAPACITY']);
    const compensated = weeks('2024-04-01', 20, (i) => (i === 5 ? 9.5 : i === 6 ? 11.5 : 10.5));
    expect(status(facts({ ...base, weeklyHours: compensated }))).toBe('SUCCESS');
  });

  it('IC-9: a week without a record counts as 0 hours', () => {
    const gap = weeks('2024-04-01', 20, 10).filter((_, i) => i !== 3);
    expect(failures(facts({ placements: [job('2024-04-01')], weeklyHours: gap }))).toEqual(['HOURS_BELOW_HALF_CAPACITY']);
  });

  it('IC-9: Wajong needs 12 hours in every week, whatever the capacity', () => {
    const wajong = { benefitType: 'WAJONG', capacityHoursPerWeek: 32, placements: [job('2024-04-01')] };
    expect(status(facts({ ...wajong, weeklyHours: weeks('2024-04-01', 20, 12) }))).toBe('SUCCESS');
    const oneWeekAt11 = weeks('2024-04-01', 20, (i) => (i === 7 ? 11 : 30));
    expect(failures(facts({ ...wajong, weeklyHours: oneWeekAt11 }))).toEqual(['WAJONG_WEEK_BELOW_12_HOURS']);
  });

  it('IC-9: self-employment counts with income over the whole 3 months, not with a day missing', () => {
    const business: Placement = { id: 'Z1', contract: { type: 'SELF_EMPLOYED' }, start: '2024-04-10' };
    expect(status(facts({ placements: [business], selfEmployedIncome: [{ from: '2024-04-10', to: '2024-07-09' }] }))).toBe('SUCCESS');
    expect(failures(facts({ placements: [business], selfEmployedIncome: [{ from: '2024-04-10', to: '2024-07-08' }] }))).toEqual(['NO_INCOME_THROUGHOUT']);
    const split = [
      { from: '2024-04-10', to: '2024-05-31' },
      { from: '2024-06-02', to: '2024-07-09' },
    ];
    expect(failures(facts({ placements: [business], selfEmployedIncome: split }))).toEqual(['NO_INCOME_THROUGHOUT']);
    expect(failures(facts({ placements: [{ ...business, end: '2024-06-30' }], selfEmployedIncome: [{ from: '2024-04-10', to: '2024-12-31' }] }))).toEqual([
      'NOT_CONTINUOUS',
    ]);
  });

  it('IC-9: illness extends the 3 months day for day, and illness in the extension extends it again', () => {
    const illness = [{ from: '2024-05-06', to: '2024-05-19' }];
    expect(qualifyingPeriod('2024-04-01', illness)).toEqual({ from: '2024-04-01', to: '2024-07-14' });
    expect(qualifyingPeriod('2024-04-01', [...illness, { from: '2024-07-01', to: '2024-07-03' }])).toEqual({ from: '2024-04-01', to: '2024-07-17' });
    expect(qualifyingPeriod('2024-04-01', [{ from: '2024-03-01', to: '2024-03-31' }])).toEqual({ from: '2024-04-01', to: '2024-06-30' });
  });

  it('IC-9: with illness the work must last until the extended end; ill weeks do not count towards the hours', () => {
    const illness = [{ from: '2024-05-06', to: '2024-05-19' }];
    const noHoursWhileIll = weeks('2024-04-01', 20, (i) => (i === 5 || i === 6 ? 0 : 10));
    expect(failures(facts({ illness, placements: [job('2024-04-01', '2024-06-30')], weeklyHours: noHoursWhileIll }))).toEqual(['NOT_CONTINUOUS']);
    expect(status(facts({ illness, placements: [job('2024-04-01', '2024-07-14')], weeklyHours: noHoursWhileIll }))).toBe('SUCCESS');
  });

  it('IC-9: jobs at several employers count together when they follow on without a gap', () => {
    const chained = [job('2024-04-01', '2024-05-15', 'A'), job('2024-05-16', '2024-06-30', 'B')];
    expect(judgeNaarWerkSuccess(facts({ placements: chained, weeklyHours: hours }))).toMatchObject({ status: 'SUCCESS', placementId: 'A' });
    const gap = [job('2024-04-01', '2024-05-15', 'A'), job('2024-05-17', '2024-06-30', 'B')];
    expect(failures(facts({ placements: gap, weeklyHours: hours }))).toEqual(['NOT_CONTINUOUS', 'NOT_CONTINUOUS']);
  });

  it('IC-9: the judgement waits while the 3 months or the start window are still running', () => {
    expect(status(facts({ placements: [job('2024-04-01')], weeklyHours: weeks('2024-04-01', 8, 10), asOf: '2024-05-31' }))).toBe('PENDING');
    expect(status(facts({ asOf: '2024-09-29' }))).toBe('PENDING');
    expect(judgeNaarWerkSuccess(facts({ asOf: '2024-09-30' }))).toEqual({ status: 'NO_SUCCESS', failures: [] });
    const wajongShortSoFar = { benefitType: 'WAJONG', placements: [job('2024-04-01')], weeklyHours: weeks('2024-04-01', 8, (i) => (i === 2 ? 11 : 12)) };
    expect(status(facts({ ...wajongShortSoFar, asOf: '2024-05-31' }))).toBe('PENDING');
    expect(failures(facts({ ...wajongShortSoFar, asOf: '2024-10-01' }))).toEqual(['WAJONG_WEEK_BELOW_12_HOURS']);
  });

  it('IC-9: weekly records must start on a Monday', () => {
    expect(() => judgeNaarWerkSuccess(facts({ weeklyHours: [{ weekStart: '2024-04-02', hours: 10 }] }))).toThrow(RangeError);
  });

  it('IC-9 (property): work lasting the 3 months or longer succeeds, a day or more short fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 272 }), fc.integer({ min: 0, max: 60 }), (offset, days) => {
        const start = addCalendarDays('2024-01-01', offset);
        const lastDay = addCalendarDays(addMonths(start, 3), -1);
        const base = { placements: [] as Placement[], weeklyHours: weeks(start, 30, 10) };
        const long = facts({ ...base, placements: [job(start, addCalendarDays(lastDay, days))] });
        const short = facts({ ...base, placements: [job(start, addCalendarDays(lastDay, -1 - days))] });
        return status(long) === 'SUCCESS' && status(short) === 'NO_SUCCESS';
      }),
    );
  });

  it('IC-9 (property): the qualifying period holds exactly 3 months of days that are not illness', () => {
    const period = fc.record({ from: fc.integer({ min: -30, max: 200 }), length: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.array(period, { maxLength: 5 }), (offset, raw) => {
        const start = addCalendarDays('2024-01-01', offset);
        const illness = raw.map((p) => ({ from: addCalendarDays(start, p.from), to: addCalendarDays(start, p.from + p.length) }));
        const { from, to } = qualifyingPeriod(start, illness);
        let healthy = 0;
        for (let day = toEpochDay(from); day <= toEpochDay(to); day++) {
          if (!illness.some((p) => toEpochDay(p.from) <= day && day <= toEpochDay(p.to))) healthy++;
        }
        const lastIsHealthy = !illness.some((p) => p.from <= to && to <= p.to);
        return from === start && healthy === toEpochDay(addMonths(start, 3)) - toEpochDay(start) && lastIsHealthy;
      }),
    );
  });
});
