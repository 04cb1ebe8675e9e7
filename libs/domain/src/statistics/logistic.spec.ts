import fc from 'fast-check';
import { fitLogistic, predictLogistic, type GroupedObservation } from './logistic.js';

/** Every combination of the given covariate values. */
function grid(values: readonly (readonly number[])[]): number[][] {
  return values.reduce<number[][]>((rows, column) => rows.flatMap((row) => column.map((v) => [...row, v])), [[]]);
}

/** Grouped data generated from a known model: each pattern's successes are its expected count, rounded. */
function fromModel(coefficients: readonly number[], patterns: readonly number[][], trials: number): GroupedObservation[] {
  return patterns.map((x) => ({ x, trials, successes: Math.round(trials * predictLogistic(coefficients, x)) }));
}

/** The same data with one row per client. */
function ungroup(rows: readonly GroupedObservation[]): GroupedObservation[] {
  return rows.flatMap((row) =>
    Array.from({ length: row.trials }, (_, i) => ({ x: row.x, trials: 1, successes: i < row.successes ? 1 : 0 })),
  );
}

const PATTERNS = grid([
  [0, 1],
  [0, 1, 2, 3],
  [-1, 0, 1],
]);

describe('logistic regression on grouped data (SPEC SC-4)', () => {
  it('SC-4: recovers the coefficients of the model that generated the data', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 4, maxLength: 4 }), (truth) => {
        const fit = fitLogistic(fromModel(truth, PATTERNS, 100_000));
        expect(fit.converged).toBe(true);
        fit.coefficients.forEach((c, j) => expect(Math.abs(c - truth[j])).toBeLessThan(0.01));
      }),
      { numRuns: 30 },
    );
  });

  it('SC-4: grouped and ungrouped forms of the same data give the same fit', () => {
    const grouped = fromModel([-0.5, 0.8, -0.3, 0.4], PATTERNS, 40);
    const a = fitLogistic(grouped);
    const b = fitLogistic(ungroup(grouped));
    expect(a.converged && b.converged).toBe(true);
    a.coefficients.forEach((c, j) => expect(c).toBeCloseTo(b.coefficients[j], 8));
    expect(a.logLikelihood).toBeCloseTo(b.logLikelihood, 6);
  });

  it('SC-4: converges to finite coefficients under complete separation thanks to the ridge', () => {
    const separated: GroupedObservation[] = [
      { x: [-1], successes: 0, trials: 10 },
      { x: [0], successes: 5, trials: 10 },
      { x: [1], successes: 10, trials: 10 },
    ];
    const fit = fitLogistic(separated);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients.every(Number.isFinite)).toBe(true);
    expect(fit.coefficients[1]).toBeGreaterThan(5);
    expect(predictLogistic(fit.coefficients, [1])).toBeGreaterThan(0.99);
    const unpenalised = fitLogistic(separated, { ridge: 0, maxIterations: 20, tolerance: 1e-300 });
    expect(unpenalised.converged).toBe(false);
    expect(unpenalised.coefficients[1]).toBeGreaterThan(fit.coefficients[1] + 5);
  });

  it('SC-4: with no covariates the intercept is the log-odds of the overall rate', () => {
    const fit = fitLogistic([{ x: [], successes: 30, trials: 120 }]);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(30 / 90), 12);
    expect(fit.logLikelihood).toBeCloseTo(30 * Math.log(0.25) + 90 * Math.log(0.75), 10);
  });

  it('SC-4: the fitted expected successes add up to the observed successes (market-wide O/E = 1)', () => {
    const row = fc.record({
      x: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: 2 })),
      trials: fc.integer({ min: 1, max: 500 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), (generated) => {
        const rows = generated.map(({ x, trials, share }) => ({ x, trials, successes: Math.round(share * trials) }));
        const successes = rows.reduce((s, r) => s + r.successes, 0);
        const trials = rows.reduce((s, r) => s + r.trials, 0);
        fc.pre(successes > 0 && successes < trials);
        const fit = fitLogistic(rows);
        const expected = rows.reduce((s, r) => s + r.trials * predictLogistic(fit.coefficients, r.x), 0);
        expect(fit.converged).toBe(true);
        expect(expected).toBeCloseTo(successes, 6);
      }),
      { numRuns: 50 },
    );
  });

  it('reads its rows once, so a generator will do', () => {
    function* rows(): Generator<GroupedObservation> {
      yield { x: [0], successes: 2, trials: 10 };
      yield { x: [1], successes: 6, trials: 10 };
    }
    const fit = fitLogistic(rows());
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(2 / 8), 3);
    expect(fit.coefficients[0] + fit.coefficients[1]).toBeCloseTo(Math.log(6 / 4), 3);
  });

  it('rejects inconsistent rows and data without both outcomes', () => {
    expect(() => fitLogistic([{ x: [1], successes: 1, trials: 2 }, { x: [], successes: 1, trials: 2 }])).toThrow(RangeError);
    expect(() => fitLogistic([{ x: [1], successes: 3, trials: 2 }])).toThrow(RangeError);
    expect(() => fitLogistic([{ x: [1], successes: 2, trials: 2 }, { x: [0], successes: 5, trials: 5 }])).toThrow(RangeError);
    expect(() => fitLogistic([])).toThrow(RangeError);
    expect(() => fitLogistic([{ x: [Number.NaN], successes: 1, trials: 2 }])).toThrow(RangeError);
  });

  it('predicts strictly inside (0, 1), even for extreme linear predictors', () => {
    expect(predictLogistic([1000], [])).toBeLessThan(1);
    expect(predictLogistic([-1000], [])).toBeGreaterThan(0);
    expect(predictLogistic([0, 2], [1])).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(() => predictLogistic([0, 1], [])).toThrow(RangeError);
    const coefficient = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coefficient, coefficient), { maxLength: 8 }), coefficient, (pairs, intercept) => {
        const p = predictLogistic([intercept, ...pairs.map(([c]) => c)], pairs.map(([, x]) => x));
        return p > 0 && p < 1;
      }),
    );
  });
});
