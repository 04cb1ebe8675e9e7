import { Z_95 } from './wilson.js';

/** SC-4/SC-6: names the design below; change it whenever the columns or their coding change. */
export const CASE_MIX_MODEL_VERSION = 'casemix-1';

export const AGE_BANDS = ['<27', '27-44', '45-54', '55+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Distance to the labour market (IC-1), 1 (nearest) to 5 (furthest); coded one-hot so no linear effect is assumed. */
export const DISTANCES_TO_LABOUR_MARKET = [1, 2, 3, 4, 5] as const;

export interface CaseMixFeatures {
  benefitType: string;
  distanceToLabourMarket: number;
  ageBand: string;
  barrierCount: number;
  regionCode: string;
}

/** The categories the model was fitted with; the first of each list is its reference category. */
export interface CaseMixLevels {
  benefitTypes: readonly string[];
  regions: readonly string[];
}

type Factor =
  | { name: string; kind: 'categorical'; levels: readonly (string | number)[]; of: (f: CaseMixFeatures) => string | number }
  | { name: string; kind: 'count'; of: (f: CaseMixFeatures) => number };

/** The design, in column order. Categorical factors are one-hot coded without their first (reference) level. */
function factors(levels: CaseMixLevels): Factor[] {
  return [
    { name: 'benefitType', kind: 'categorical', levels: levels.benefitTypes, of: (f) => f.benefitType },
    { name: 'distanceToLabourMarket', kind: 'categorical', levels: DISTANCES_TO_LABOUR_MARKET, of: (f) => f.distanceToLabourMarket },
    { name: 'ageBand', kind: 'categorical', levels: AGE_BANDS, of: (f) => f.ageBand },
    { name: 'barrierCount', kind: 'count', of: (f) => f.barrierCount },
    { name: 'regionCode', kind: 'categorical', levels: levels.regions, of: (f) => f.regionCode },
  ];
}

function checkLevels(levels: CaseMixLevels): void {
  for (const list of [levels.benefitTypes, levels.regions]) {
    if (list.length === 0 || new Set(list).size !== list.length) throw new RangeError('Case-mix levels must be non-empty and unique');
  }
}

/** Names of the fitted coefficients, aligned with `fitLogistic(...).coefficients` on `caseMixDesign` rows. */
export function caseMixCoefficientNames(levels: CaseMixLevels): string[] {
  checkLevels(levels);
  return [
    '(intercept)',
    ...factors(levels).flatMap((factor) =>
      factor.kind === 'count' ? [factor.name] : factor.levels.slice(1).map((level) => `${factor.name}=${level}`),
    ),
  ];
}

/**
 * SC-4: the covariate row of one client, in this order: benefit type (reference `levels.benefitTypes[0]`), distance
 * to the labour market (reference 1), age band (reference '<27'), barrier count (linear), region (reference
 * `levels.regions[0]`). Throws on a value outside the levels.
 */
export function caseMixDesign(features: CaseMixFeatures, levels: CaseMixLevels): number[] {
  checkLevels(levels);
  return factors(levels).flatMap((factor) => {
    if (factor.kind === 'count') {
      const value = factor.of(features);
      if (!Number.isInteger(value) || value < 0) throw new RangeError(`${factor.name} must be a non-negative integer: ${value}`);
      return [value];
    }
    const value = factor.of(features);
    const position = factor.levels.indexOf(value);
    if (position < 0) throw new RangeError(`Unknown ${factor.name}: ${value}`);
    return factor.levels.slice(1).map((_, i) => (i + 1 === position ? 1 : 0));
  });
}

export interface ObservedExpected {
  observed: number;
  expected: number;
  n: number;
  index: number | null;
  low: number | null;
  high: number | null;
}

/**
 * SC-4: a provider's observed ÷ expected success index. Given the case-mix probabilities pᵢ of its n clients, the
 * number of successes O is Poisson-binomial with mean E = Σpᵢ and variance V = Σpᵢ(1 − pᵢ) if the provider performs
 * as expected. The interval is the normal approximation O/E ± z·√V/E (the spread of the index under that
 * hypothesis, as in a funnel plot), with the lower bound cut at 0. Everything is null when E = 0.
 */
export function observedExpectedIndex(observed: number, expectedProbabilities: Iterable<number>, z: number = Z_95): ObservedExpected {
  let expected = 0;
  let variance = 0;
  let n = 0;
  for (const p of expectedProbabilities) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability must lie in [0, 1]: ${p}`);
    expected += p;
    variance += p * (1 - p);
    n += 1;
  }
  return observedExpectedFromMoments({ observed, n, expected, variance }, z);
}

/** Σpᵢ and Σpᵢ(1 − pᵢ) of a group's case-mix probabilities, summed where the clients are (e.g. in SQL). */
export interface ExpectedMoments {
  observed: number;
  n: number;
  expected: number;
  variance: number;
}

/** SC-4: `observedExpectedIndex` from the summed moments instead of the probabilities one by one. */
export function observedExpectedFromMoments(moments: ExpectedMoments, z: number = Z_95): ObservedExpected {
  const { observed, n, expected, variance } = moments;
  if (!Number.isInteger(observed) || observed < 0) throw new RangeError(`observed must be a non-negative integer: ${observed}`);
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be positive: ${z}`);
  if (observed > n) throw new RangeError(`observed (${observed}) exceeds the number of clients (${n})`);
  if (!(expected >= 0 && expected <= n * (1 + 1e-9) && variance >= 0)) throw new RangeError(`impossible moments: expected ${expected}, variance ${variance} for n = ${n}`);
  if (expected === 0) return { observed, expected, n, index: null, low: null, high: null };
  const index = observed / expected;
  const halfWidth = (z * Math.sqrt(variance)) / expected;
  return { observed, expected, n, index, low: Math.max(0, index - halfWidth), high: index + halfWidth };
}
