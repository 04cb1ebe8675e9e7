import { wilsonInterval } from '@rim/domain';
import { measuresOf, type CellTotals } from './score-measures.js';
import { parsePeriod } from './score-periods.js';

const zero: CellTotals = {
  starts: 0, completions: 0, successes: 0, unsuccessful: 0, earlyTerminations: 0, pending: 0, placements: 0, durationDays: 0, priceCents: 0,
  plannedCentihours: 0, deliveredCentihours: 0, reportsOnTime: 0, followed6: 0, working6: 0, followed12: 0, working12: 0, satisfactionN: 0, satisfactionSum: 0,
};
const period = parsePeriod('2025-Q4', '2026-11-20');
const byKey = (t: CellTotals, asOf = '2026-11-20') => new Map(measuresOf(t, period, asOf)!.map((m) => [m.key, m]));

describe('score measures (SC-2, SC-3, SC-5)', () => {
  it('SC-3: an empty period is not scored', () => {
    expect(measuresOf(zero, period, '2026-11-20')).toBeNull();
  });

  it('SC-3: rates carry n and the 95% Wilson interval; below n = 10 they are not reportable', () => {
    const m = byKey({ ...zero, completions: 12, successes: 5, unsuccessful: 2, earlyTerminations: 2, pending: 3 });
    expect(m.get('successRate')).toMatchObject({ numerator: 5, n: 9, value: 5 / 9, low: wilsonInterval(5, 9).low, high: wilsonInterval(5, 9).high, reportable: false });
    expect(m.get('placementRate')).toMatchObject({ n: 12, reportable: true });
    expect(m.get('completions')).toMatchObject({ kind: 'COUNT', value: 12, low: null });
  });

  it('SC-2: means and ratios are exact sums divided, with null when nothing is counted', () => {
    const m = byKey({ ...zero, completions: 4, placements: 2, durationDays: 400, priceCents: 1_000_000, plannedCentihours: 16_000, deliveredCentihours: 12_000, satisfactionN: 0 });
    expect(m.get('averageDurationDays')!.value).toBe(100);
    expect(m.get('costPerPlacementCents')!.value).toBe(500_000);
    expect(m.get('deliveredHoursShare')).toMatchObject({ value: 0.75, numerator: 120 });
    expect(m.get('satisfaction')!.value).toBeNull();
  });

  it('SC-5: durability is provisional until its window closed, the other figures never', () => {
    const t = { ...zero, completions: 20, followed6: 20, working6: 9, followed12: 15, working12: 6 };
    const now = byKey(t);
    expect([now.get('durable6Rate')!.provisional, now.get('durable12Rate')!.provisional, now.get('successRate')!.provisional]).toEqual([false, true, false]);
    expect(byKey(t, '2027-02-01').get('durable12Rate')!.provisional).toBe(false);
  });
});
