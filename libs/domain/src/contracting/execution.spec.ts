import fc from 'fast-check';
import { addCalendarDays } from '../calendar/dutch-calendar.js';
import {
  aftercareMaxEnd,
  checkAftercareCompletion,
  evaluationMomentDate,
  evaluationMomentOpen,
  followUpMonthIndex,
  surveyObligatory,
  weeklyHoursFromPlacements,
} from './execution.js';
import { judgeNaarWerkSuccess } from './placement.js';

describe('execution rules', () => {
  it('IC-7: the Werkfit evaluation moment falls 3 or 6 months after the order and opens 14 days before', () => {
    expect(evaluationMomentDate('2024-01-31', 3)).toBe('2024-04-30');
    expect(evaluationMomentDate('2024-01-15', 6)).toBe('2024-07-15');
    expect(evaluationMomentOpen('2024-01-15', 3, '2024-04-01')).toBe(true);
    expect(evaluationMomentOpen('2024-01-15', 3, '2024-03-31')).toBe(false);
  });

  describe('IC-9 hours from placement records', () => {
    it('IC-9: a full week counts the contract hours; a week the job starts mid-way counts its covered share', () => {
      const weeks = weeklyHoursFromPlacements([{ id: 'P1', contract: { type: 'INDEFINITE' }, start: '2024-01-04', hoursPerWeek: 21 }], '2024-01-14');
      expect(weeks).toEqual([{ weekStart: '2024-01-01', hours: 12 }, { weekStart: '2024-01-08', hours: 21 }]);
    });

    it('IC-9: jobs at two employers in one week add up; self-employment brings no wage-paid hours', () => {
      const weeks = weeklyHoursFromPlacements([
        { id: 'P1', contract: { type: 'FIXED_TERM', months: 6 }, start: '2024-01-01', end: '2024-01-03', hoursPerWeek: 14 },
        { id: 'P2', contract: { type: 'INDEFINITE' }, start: '2024-01-04', hoursPerWeek: 28 },
        { id: 'P3', contract: { type: 'SELF_EMPLOYED' }, start: '2024-01-01', hoursPerWeek: 40 },
      ], '2024-01-07');
      expect(weeks).toEqual([{ weekStart: '2024-01-01', hours: 22 }]);
    });

    it('IC-9: a job at half the capacity judged from its records succeeds after 3 months; one hour less a week fails', () => {
      const judge = (hoursPerWeek: number) => {
        const placements = [{ id: 'P1', contract: { type: 'INDEFINITE' } as const, start: '2024-02-05', hoursPerWeek }];
        return judgeNaarWerkSuccess({
          benefitType: 'WW', capacityHoursPerWeek: 32, service: { from: '2024-01-01', to: '2024-06-30' }, placements,
          weeklyHours: weeklyHoursFromPlacements(placements, '2024-12-31'), selfEmployedIncome: [], illness: [], asOf: '2024-12-31',
        }).status;
      };
      expect(judge(16)).toBe('SUCCESS');
      expect(judge(15)).toBe('NO_SUCCESS');
    });

    it('IC-9: the derived hours of every week never exceed the sum of the contracts', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 }), (offset, length, hours) => {
        const start = addCalendarDays('2024-01-01', offset);
        const weeks = weeklyHoursFromPlacements([{ id: 'P', contract: { type: 'INDEFINITE' }, start, end: addCalendarDays(start, length), hoursPerWeek: hours }], '2026-01-01');
        return weeks.every((w) => w.hours <= hours && w.hours > 0);
      }));
    });
  });

  describe('IC-12 aftercare', () => {
    it('IC-12: completion needs two conversations and a workplace visit', () => {
      expect(checkAftercareCompletion([{ kind: 'CONVERSATION' }, { kind: 'CONVERSATION' }, { kind: 'WORKPLACE_VISIT' }])).toEqual([]);
      expect(checkAftercareCompletion([{ kind: 'CONVERSATION' }, { kind: 'WORKPLACE_VISIT' }])).toHaveLength(1);
      expect(checkAftercareCompletion([{ kind: 'CONVERSATION' }, { kind: 'CONVERSATION' }])).toHaveLength(1);
      expect(checkAftercareCompletion([])).toHaveLength(2);
    });

    it('IC-12: learning-while-working aftercare runs for the agreement, capped at 24 months; regular aftercare has no cap', () => {
      expect(aftercareMaxEnd('2024-03-01', true, '2026-09-01')).toBe('2026-02-28');
      expect(aftercareMaxEnd('2024-03-01', true, '2025-03-01')).toBe('2025-03-01');
      expect(aftercareMaxEnd('2024-03-01', false)).toBeNull();
    });
  });

  it('IC-13: the follow-up window is the 12 calendar months after the end month', () => {
    expect(followUpMonthIndex('2024-03-15', '2024-03')).toBeNull();
    expect(followUpMonthIndex('2024-03-15', '2024-04')).toBe(1);
    expect(followUpMonthIndex('2024-03-15', '2025-03')).toBe(12);
    expect(followUpMonthIndex('2024-03-15', '2025-04')).toBeNull();
  });

  it('IC-11: the survey is obligatory above 10 IROs, not at 10', () => {
    expect(surveyObligatory(10)).toBe(false);
    expect(surveyObligatory(11)).toBe(true);
  });
});
