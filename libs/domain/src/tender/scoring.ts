import {
  assertValidEvaluationRules,
  AWARD_CRITERIA,
  BASIS_POINTS,
  criterionDefinition,
  MAX_DURATION_DAYS,
  MAX_PRICE_CENTS,
  QUALITATIVE_CRITERIA,
  QUALITATIVE_MAX,
  type AwardCriterion,
  type EvaluationRules,
  type KpiCriterion,
  type KpiSource,
  type QualitativeCriterion,
  type TenderFieldError,
} from './criteria.js';
import { addFractions, fraction, FRACTION_ZERO, type Fraction } from './fraction.js';

/** Criteria 2–4 as figures: drop-out and placement in basis points of trajectories, duration in whole days. */
export interface KpiFigures {
  readonly dropOutBp: number;
  readonly placementBp: number;
  readonly durationDays: number;
}

/** Criteria 5–6: each evaluator's blind score, then the panel's consensus with its written rationale (TD-7). */
export interface QualitativeAssessment {
  readonly evaluatorScores: readonly number[];
  readonly consensus: number;
  readonly rationale: string;
}

/** An opened bid on one lot (TD-5). */
export interface Bid {
  readonly bidId: string;
  readonly bidderId: string;
  readonly priceCents: number;
  readonly promised: KpiFigures;
  /** The bidder's realised performance (SC-7); absent for a provider without realised scores, e.g. a newcomer. */
  readonly realised?: KpiFigures;
  readonly qualitative: Readonly<Record<QualitativeCriterion, QualitativeAssessment>>;
}

/** A lot's maximum average price and, when set, maximum duration (TD-1); a bid above either is inadmissible. */
export interface LotLimits {
  readonly maxPriceCents: number;
  readonly maxDurationDays?: number;
}

/**
 * Where the scored value came from. `PROMISED_FALLBACK`: the rules ask for realised figures (or a blend) but the
 * bidder has none, so its promise is used and the score sheet says so.
 */
export type ValueSource = 'BID' | 'PROMISED' | 'REALISED' | 'BLEND' | 'PROMISED_FALLBACK' | 'CONSENSUS';

export interface CriterionScore {
  readonly criterion: AwardCriterion;
  /** The value scored, in the criterion's unit; a blend may fall between whole units. */
  readonly value: number;
  readonly source: ValueSource;
  readonly points: Fraction;
  readonly maxPoints: number;
  /** Qualitative criteria only: highest minus lowest evaluator score, and whether it exceeds the threshold. */
  readonly divergence?: { readonly spread: number; readonly flagged: boolean };
}

export interface ScoredBid {
  readonly bid: Bid;
  /** In the order of AWARD_CRITERIA. */
  readonly criteria: readonly CriterionScore[];
  readonly total: Fraction;
  /** Points on the qualitative criteria 5–6, the first tie-breaker (TD-8). */
  readonly quality: Fraction;
}

export type ExclusionCode = 'INVALID_BID' | 'PRICE_ABOVE_LOT_MAXIMUM' | 'DURATION_ABOVE_LOT_MAXIMUM' | 'KNOCK_OUT';

export interface Exclusion {
  readonly code: ExclusionCode;
  readonly criterion?: AwardCriterion;
  readonly message: string;
}

export interface ExcludedBid {
  readonly bid: Bid;
  readonly exclusions: readonly Exclusion[];
}

export interface LotEvaluation {
  readonly scored: readonly ScoredBid[];
  readonly excluded: readonly ExcludedBid[];
}

const KPI_FIELD: Readonly<Record<KpiCriterion, keyof KpiFigures>> = {
  DROP_OUT: 'dropOutBp',
  PLACEMENT: 'placementBp',
  DURATION: 'durationDays',
};

/** Per criterion, in AWARD_CRITERIA order. */
const LOWER_IS_BETTER: readonly boolean[] = AWARD_CRITERIA.map((c) => criterionDefinition(c).direction === 'LOWER_IS_BETTER');

const isIntegerIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

function validateKpis(figures: KpiFigures, prefix: string): TenderFieldError[] {
  const errors: TenderFieldError[] = [];
  for (const field of ['dropOutBp', 'placementBp'] as const) {
    if (!isIntegerIn(figures[field], 0, BASIS_POINTS)) errors.push({ field: `${prefix}.${field}`, message: 'must be a whole number of basis points from 0 to 10000' });
  }
  if (!isIntegerIn(figures.durationDays, 1, MAX_DURATION_DAYS)) {
    errors.push({ field: `${prefix}.durationDays`, message: `must be a whole number of days from 1 to ${MAX_DURATION_DAYS}` });
  }
  return errors;
}

/** TD-5/TD-7 input checks on one bid; empty when valid. */
export function validateBid(bid: Bid, prefix = ''): TenderFieldError[] {
  const errors: TenderFieldError[] = [];
  if (bid.bidId.trim() === '') errors.push({ field: `${prefix}bidId`, message: 'is required' });
  if (bid.bidderId.trim() === '') errors.push({ field: `${prefix}bidderId`, message: 'is required' });
  if (!isIntegerIn(bid.priceCents, 1, MAX_PRICE_CENTS)) {
    errors.push({ field: `${prefix}priceCents`, message: `must be a whole number of cents from 1 to ${MAX_PRICE_CENTS}` });
  }
  errors.push(...validateKpis(bid.promised, `${prefix}promised`));
  if (bid.realised) errors.push(...validateKpis(bid.realised, `${prefix}realised`));
  for (const criterion of QUALITATIVE_CRITERIA) {
    const field = `${prefix}qualitative.${criterion}`;
    const assessment = bid.qualitative[criterion];
    if (assessment.evaluatorScores.length === 0) errors.push({ field: `${field}.evaluatorScores`, message: 'needs at least one evaluator score' });
    if (!assessment.evaluatorScores.every((s) => isIntegerIn(s, 0, QUALITATIVE_MAX))) {
      errors.push({ field: `${field}.evaluatorScores`, message: 'scores must be whole numbers from 0 to 10' });
    }
    if (!isIntegerIn(assessment.consensus, 0, QUALITATIVE_MAX)) errors.push({ field: `${field}.consensus`, message: 'must be a whole number from 0 to 10' });
    if (assessment.rationale.trim() === '') errors.push({ field: `${field}.rationale`, message: 'a consensus score needs a written rationale' });
  }
  return errors;
}

/** Bids of one lot: each valid, and no bid id or bidder twice. */
export function validateLotBids(bids: readonly Bid[]): TenderFieldError[] {
  const errors = bids.flatMap((bid, i) => validateBid(bid, `bids[${i}].`));
  const seenBids = new Set<string>();
  const seenBidders = new Set<string>();
  bids.forEach((bid, i) => {
    if (seenBids.has(bid.bidId)) errors.push({ field: `bids[${i}].bidId`, message: 'appears twice in the lot' });
    if (seenBidders.has(bid.bidderId)) errors.push({ field: `bids[${i}].bidderId`, message: 'has more than one bid on the lot' });
    seenBids.add(bid.bidId);
    seenBidders.add(bid.bidderId);
  });
  return errors;
}

/**
 * TD-7 for lower-is-better criteria (price, drop-out, duration): best ÷ own × max, best being the lowest value.
 * Zeroes: a value equal to the best gets the maximum, so 0 % drop-out is the best possible and all-zero bids all
 * get the maximum; when the best is 0 every other bid gets 0 points, which is what the ratio formula means.
 */
export function lowerIsBetterPoints(own: number, best: number, maxPoints: number): Fraction {
  if (own < best) throw new RangeError('the best value must be the lowest');
  if (own === best) return fraction(maxPoints);
  return fraction(maxPoints * best, own);
}

/**
 * TD-7 for higher-is-better criteria (placement): own ÷ best × max, best being the highest value. Zeroes: when the
 * best is 0 all bids are 0 and equal to the best, so all get the maximum (no bid is better than another).
 */
export function higherIsBetterPoints(own: number, best: number, maxPoints: number): Fraction {
  if (own > best) throw new RangeError('the best value must be the highest');
  if (own === best) return fraction(maxPoints);
  return fraction(maxPoints * own, best);
}

/** TD-7 qualitative criteria: the 0–10 consensus score scaled to the criterion's weight. */
export function qualitativePoints(consensus: number, maxPoints: number): Fraction {
  return fraction(consensus * maxPoints, QUALITATIVE_MAX);
}

/**
 * A value on the criterion scaled by BASIS_POINTS so that a blend stays an integer; scoring only divides values of
 * one criterion by each other, so the common factor cancels.
 */
interface ScaledValue {
  readonly scaled: number;
  readonly source: ValueSource;
}

function kpiValue(bid: Bid, criterion: KpiCriterion, kpiSource: KpiSource): ScaledValue {
  const field = KPI_FIELD[criterion];
  const promised = bid.promised[field] * BASIS_POINTS;
  if (kpiSource.mode === 'PROMISED') return { scaled: promised, source: 'PROMISED' };
  if (!bid.realised) return { scaled: promised, source: 'PROMISED_FALLBACK' };
  const realised = bid.realised[field];
  if (kpiSource.mode === 'REALISED') return { scaled: realised * BASIS_POINTS, source: 'REALISED' };
  const share = kpiSource.promisedShareBp;
  return { scaled: bid.promised[field] * share + realised * (BASIS_POINTS - share), source: 'BLEND' };
}

/** Every criterion's value for one bid, scaled, in AWARD_CRITERIA order. */
function scaledValues(bid: Bid, kpiSource: KpiSource): ScaledValue[] {
  return AWARD_CRITERIA.map((criterion): ScaledValue => {
    if (criterion === 'PRICE') return { scaled: bid.priceCents * BASIS_POINTS, source: 'BID' };
    if (criterion === 'TARGET_GROUP_FIT' || criterion === 'REGIONAL_FIT') {
      return { scaled: bid.qualitative[criterion].consensus * BASIS_POINTS, source: 'CONSENSUS' };
    }
    return kpiValue(bid, criterion, kpiSource);
  });
}

function admissibility(bid: Bid, limits: LotLimits): Exclusion[] {
  const exclusions: Exclusion[] = [];
  if (bid.priceCents > limits.maxPriceCents) {
    exclusions.push({ code: 'PRICE_ABOVE_LOT_MAXIMUM', criterion: 'PRICE', message: `price ${bid.priceCents} exceeds the lot maximum ${limits.maxPriceCents} (cents)` });
  }
  if (limits.maxDurationDays !== undefined && bid.promised.durationDays > limits.maxDurationDays) {
    exclusions.push({ code: 'DURATION_ABOVE_LOT_MAXIMUM', criterion: 'DURATION', message: `duration ${bid.promised.durationDays} exceeds the lot maximum ${limits.maxDurationDays} (days)` });
  }
  return exclusions;
}

function knockOuts(values: readonly ScaledValue[], rules: EvaluationRules): Exclusion[] {
  const exclusions: Exclusion[] = [];
  AWARD_CRITERIA.forEach((criterion, i) => {
    const limit = rules.knockOuts[criterion];
    if (limit === undefined) return;
    const lowerIsBetter = LOWER_IS_BETTER[i];
    const value = values[i]!.scaled;
    const scaledLimit = limit * BASIS_POINTS;
    if (lowerIsBetter ? value > scaledLimit : value < scaledLimit) {
      exclusions.push({ code: 'KNOCK_OUT', criterion, message: `${value / BASIS_POINTS} is ${lowerIsBetter ? 'above the maximum' : 'below the minimum'} ${limit}` });
    }
  });
  return exclusions;
}

/** The best scaled value per criterion among the admitted bids. */
function bestValues(admitted: readonly (readonly ScaledValue[])[]): number[] {
  return AWARD_CRITERIA.map((_, i) => {
    const values = admitted.map((v) => v[i]!.scaled);
    return LOWER_IS_BETTER[i] ? Math.min(...values) : Math.max(...values);
  });
}

function scoreBid(bid: Bid, values: readonly ScaledValue[], best: readonly number[], rules: EvaluationRules): ScoredBid {
  let total = FRACTION_ZERO;
  let quality = FRACTION_ZERO;
  const criteria = AWARD_CRITERIA.map((criterion, i): CriterionScore => {
    const { scaled, source } = values[i]!;
    const maxPoints = rules.weights[criterion];
    const base = { criterion, value: scaled / BASIS_POINTS, source, maxPoints };
    if (criterion === 'TARGET_GROUP_FIT' || criterion === 'REGIONAL_FIT') {
      const { consensus, evaluatorScores } = bid.qualitative[criterion];
      const points = qualitativePoints(consensus, maxPoints);
      const spread = Math.max(...evaluatorScores) - Math.min(...evaluatorScores);
      quality = addFractions(quality, points);
      total = addFractions(total, points);
      return { ...base, points, divergence: { spread, flagged: spread > rules.divergenceThreshold } };
    }
    const points = LOWER_IS_BETTER[i] ? lowerIsBetterPoints(scaled, best[i]!, maxPoints) : higherIsBetterPoints(scaled, best[i]!, maxPoints);
    total = addFractions(total, points);
    return { ...base, points };
  });
  return { bid, criteria, total, quality };
}

/**
 * TD-7 evaluation of one lot: invalid and inadmissible bids and knock-outs are excluded first, then the relative
 * formulas are applied among the bids that remain. Bids come back in input order; `rankBids` orders them.
 */
export function evaluateLot(bids: readonly Bid[], limits: LotLimits, rules: EvaluationRules): LotEvaluation {
  assertValidEvaluationRules(rules);
  const excluded: ExcludedBid[] = [];
  const admitted: { bid: Bid; values: ScaledValue[] }[] = [];
  for (const bid of bids) {
    const errors = validateBid(bid);
    if (errors.length > 0) {
      excluded.push({ bid, exclusions: errors.map((e) => ({ code: 'INVALID_BID', message: `${e.field} ${e.message}` })) });
      continue;
    }
    const values = scaledValues(bid, rules.kpiSource);
    const exclusions = [...admissibility(bid, limits), ...knockOuts(values, rules)];
    if (exclusions.length > 0) excluded.push({ bid, exclusions });
    else admitted.push({ bid, values });
  }
  if (admitted.length === 0) return { scored: [], excluded };
  const best = bestValues(admitted.map((a) => a.values));
  return { scored: admitted.map(({ bid, values }) => scoreBid(bid, values, best, rules)), excluded };
}
