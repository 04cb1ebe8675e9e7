import fc from 'fast-check';
import { AGE_BANDS, CASE_MIX_MODEL_VERSION, caseMixCoefficientNames, caseMixDesign, observedExpectedFromMoments, observedExpectedIndex, type CaseMixFeatures } from './case-mix.js';
import { fitLogistic, predictLogistic } from './logistic.js';

const LEVELS = { benefitTypes: ['WW', 'WGA', 'ZW'], regions: ['R01', 'R02', 'R03'] };

const REFERENCE_CLIENT: CaseMixFeatures = { benefitType: 'WW', distanceToLabourMarket: 1, ageBand: '<27', barrierCount: 0, regionCode: 'R01' };

describe('case-mix adjustment (SPEC SC-4)', () => {
  it('SC-4: names its model version', () => {
    expect(CASE_MIX_MODEL_VERSION).toBe('casemix-1');
  });

  it('SC-4: codes features one-hot against reference categories, in the documented order', () => {
    expect(caseMixCoefficientNames(LEVELS)).toEqual([
      '(intercept)',
      'benefitType=WGA',
      'benefitType=ZW',
      'distanceToLabourMarket=2',
      'distanceToLabourMarket=3',
      'distanceToLabourMarket=4',
      'distanceToLabourMarket=5',
      'ageBand=27-44',
      'ageBand=45-54',
      'ageBand=55+',
      'barrierCount',
      'regionCode=R02',
      'regionCode=R03',
    ]);
    expect(caseMixDesign(REFERENCE_CLIENT, LEVELS)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(caseMixDesign({ benefitType: 'ZW', distanceToLabourMarket: 4, ageBand: '55+', barrierCount: 3, regionCode: 'R02' }, LEVELS)).toEqual([
      0, 1, 0, 0, 1, 0, 0, 0, 1, 3, 1, 0,
    ]);
  });

  it('SC-4: rejects values outside the levels and malformed levels', () => {
    expect(() => caseMixDesign({ ...REFERENCE_CLIENT, benefitType: 'WAO' }, LEVELS)).toThrow(RangeError);
    expect(() => caseMixDesign({ ...REFERENCE_CLIENT, regionCode: 'R99' }, LEVELS)).toThrow(RangeError);
    expect(() => caseMixDesign({ ...REFERENCE_CLIENT, distanceToLabourMarket: 6 }, LEVELS)).toThrow(RangeError);
    expect(() => caseMixDesign({ ...REFERENCE_CLIENT, ageBand: '18-26' }, LEVELS)).toThrow(RangeError);
    expect(() => caseMixDesign({ ...REFERENCE_CLIENT, barrierCount: -1 }, LEVELS)).toThrow(RangeError);
    expect(() => caseMixDesign(REFERENCE_CLIENT, { ...LEVELS, regions: ['R01', 'R01'] })).toThrow(RangeError);
  });

  it('SC-4: a market-wide fit on the design recovers its model, and a provider with the average outcome has index 1', () => {
    const truth = [-0.4, -0.3, 0.25, -0.2, -0.5, -0.9, -1.4, 0.1, -0.15, -0.45, -0.12, 0.2, -0.1];
    const clients: CaseMixFeatures[] = [];
    for (const benefitType of LEVELS.benefitTypes)
      for (const distanceToLabourMarket of [1, 2, 3, 4, 5])
        for (const ageBand of AGE_BANDS)
          for (const barrierCount of [0, 2, 5])
            for (const regionCode of LEVELS.regions) clients.push({ benefitType, distanceToLabourMarket, ageBand, barrierCount, regionCode });
    const rows = clients.map((client) => {
      const x = caseMixDesign(client, LEVELS);
      return { x, trials: 20_000, successes: Math.round(20_000 * predictLogistic(truth, x)) };
    });
    const fit = fitLogistic(rows);
    expect(fit.converged).toBe(true);
    fit.coefficients.forEach((c, j) => expect(Math.abs(c - truth[j])).toBeLessThan(0.01));

    const probabilities = rows.flatMap((row) => Array.from({ length: 10 }, () => predictLogistic(fit.coefficients, row.x)));
    const observed = Math.round(rows.reduce((s, row) => s + row.successes, 0) / 2000);
    expect(observedExpectedIndex(observed, probabilities).index).toBeCloseTo(1, 2);
  });

  it('SC-4: observed = expected gives index 1 with an interval around 1', () => {
    const result = observedExpectedIndex(30, Array.from({ length: 100 }, () => 0.3));
    expect(result).toMatchObject({ observed: 30, n: 100 });
    expect(result.expected).toBeCloseTo(30, 12);
    expect(result.index).toBeCloseTo(1, 12);
    expect(result.low!).toBeLessThan(1);
    expect(result.high!).toBeGreaterThan(1);
    // Poisson-binomial variance Σp(1 − p) = 21: half-width z·√21/30.
    expect(result.high! - result.index!).toBeCloseTo((1.959963984540054 * Math.sqrt(21)) / 30, 12);
  });

  it('SC-4: the interval is wider for a provider with fewer clients', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 10, max: 200 }), fc.integer({ min: 2, max: 20 }), (p, n, k) => {
        const small = observedExpectedIndex(Math.round(p * n), Array.from({ length: n }, () => p));
        const large = observedExpectedIndex(Math.round(p * n) * k, Array.from({ length: n * k }, () => p));
        return small.high! - small.low! > large.high! - large.low!;
      }),
    );
  });

  it('SC-4: the index from summed moments equals the index from the probabilities one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.nat(), (ps, o) => {
        const observed = o % (ps.length + 1);
        const moments = { observed, n: ps.length, expected: ps.reduce((s, p) => s + p, 0), variance: ps.reduce((s, p) => s + p * (1 - p), 0) };
        expect(observedExpectedFromMoments(moments)).toEqual(observedExpectedIndex(observed, ps));
      }),
    );
    expect(() => observedExpectedFromMoments({ observed: 1, n: 2, expected: 3, variance: 0 })).toThrow(RangeError);
  });

  it('SC-4: the index is null when nothing is expected, and inputs are checked', () => {
    expect(observedExpectedIndex(0, [])).toEqual({ observed: 0, expected: 0, n: 0, index: null, low: null, high: null });
    expect(observedExpectedIndex(0, [0, 0])).toMatchObject({ n: 2, index: null, low: null, high: null });
    expect(() => observedExpectedIndex(3, [0.5, 0.5])).toThrow(RangeError);
    expect(() => observedExpectedIndex(1, [1.2])).toThrow(RangeError);
    expect(() => observedExpectedIndex(0.5, [0.5])).toThrow(RangeError);
  });

  it('SC-4: 0 ≤ low ≤ index ≤ high, and the interval holds the index', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.nat(), (probabilities, seed) => {
        const observed = seed % (probabilities.length + 1);
        const { index, low, high } = observedExpectedIndex(observed, probabilities);
        fc.pre(index !== null);
        return 0 <= low! && low! <= index! && index! <= high!;
      }),
    );
  });
});
