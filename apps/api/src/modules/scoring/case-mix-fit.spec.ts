import { predictLogistic } from '@rim/domain';
import { fitCaseMix, type PatternRow } from './case-mix-fit.js';

const row = (o: Partial<PatternRow>): PatternRow => ({
  route: 'WERKFIT', benefit_type: 'WW', distance_to_labour_market: 2, age_band: '27-44', barrier_count: 1, region: 'AMR-01', trials: 100, successes: 60, ...o,
});

describe('case-mix fit (SC-4)', () => {
  it('SC-4: fits the versioned model on grouped patterns and gives each pattern its expected success', () => {
    const rows = [row({}), row({ distance_to_labour_market: 5, successes: 20 }), row({ benefit_type: 'ZW', successes: 70 }), row({ region: 'ZHZ-02', barrier_count: 3, successes: 30 }), row({ age_band: '55+', successes: 45 })];
    const fit = fitCaseMix('WERKFIT', rows);
    expect(fit.model).toMatchObject({ version: 'casemix-1', trajectories: 500, converged: true });
    expect(fit.model!.coefficientNames[0]).toBe('(intercept)');
    expect(fit.probabilities).toHaveLength(5);
    const expected = fit.probabilities.reduce((s, p) => s + 100 * p.p, 0);
    expect(expected).toBeCloseTo(225, 3);
    expect(fit.probabilities[1]!.p).toBeLessThan(fit.probabilities[0]!.p);
    expect(predictLogistic(fit.model!.coefficients, Array(fit.model!.coefficients.length - 1).fill(0))).toBeGreaterThan(0);
  });

  it('SC-4: a route with one outcome only, or codes outside the design, is not fitted and says why', () => {
    expect(fitCaseMix('IRO', [row({ successes: 0 })])).toMatchObject({ model: null, skipped: expect.stringContaining('0 of 100'), probabilities: [] });
    expect(fitCaseMix('IRO', [row({ age_band: '??' })])).toMatchObject({ model: null, probabilities: [] });
  });
});
