import { followUpOpen, parsePeriod, quarterOf } from './score-periods.js';

describe('score periods (SC-2, SC-5)', () => {
  it('SC-2: quarters, years and rolling 12 months are whole months, the end exclusive', () => {
    expect(parsePeriod('2026-Q2', '2026-11-20')).toEqual({ kind: 'QUARTER', label: '2026-Q2', from: '2026-04-01', to: '2026-07-01' });
    expect(parsePeriod('2025', '2026-11-20')).toEqual({ kind: 'YEAR', label: '2025', from: '2025-01-01', to: '2026-01-01' });
    expect(parsePeriod('2026-R12-02', '2026-11-20')).toEqual({ kind: 'ROLLING_12', label: '2026-R12-02', from: '2025-03-01', to: '2026-03-01' });
  });

  it('SC-2: without a period, the 12 complete months before today', () => {
    expect(parsePeriod(undefined, '2026-01-15')).toEqual({ kind: 'ROLLING_12', label: '2025-R12-12', from: '2025-01-01', to: '2026-01-01' });
  });

  it('SC-2: anything else is not a period', () => {
    for (const text of ['2026-Q5', '2026-R12-13', '26', '2026-Q1 ', 'Q1-2026']) expect(() => parsePeriod(text, '2026-01-15')).toThrow(RangeError);
  });

  it('SC-5: the follow-up window of month m closes a month after the m-th month after the period', () => {
    const q = parsePeriod('2025-Q4', '2026-11-20');
    expect(followUpOpen(q, 6, '2026-07-31')).toBe(true);
    expect(followUpOpen(q, 6, '2026-08-01')).toBe(false);
    expect(followUpOpen(q, 12, '2027-01-31')).toBe(true);
    expect(followUpOpen(q, 12, '2027-02-01')).toBe(false);
  });

  it('names the quarter of a month', () => {
    expect(['2026-01-01', '2026-03-01', '2026-04-01', '2026-12-01'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
});
