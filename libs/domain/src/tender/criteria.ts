import { deepFreeze } from '../reference/code-list.js';

/** A validation failure the API turns into a problem+json field error; an empty list means valid. */
export interface TenderFieldError {
  readonly field: string;
  readonly message: string;
}

export const AWARD_CRITERIA = ['PRICE', 'DROP_OUT', 'PLACEMENT', 'DURATION', 'TARGET_GROUP_FIT', 'REGIONAL_FIT'] as const;
export type AwardCriterion = (typeof AWARD_CRITERIA)[number];

export const KPI_CRITERIA = ['DROP_OUT', 'PLACEMENT', 'DURATION'] as const;
export type KpiCriterion = (typeof KPI_CRITERIA)[number];

export const QUALITATIVE_CRITERIA = ['TARGET_GROUP_FIT', 'REGIONAL_FIT'] as const;
export type QualitativeCriterion = (typeof QUALITATIVE_CRITERIA)[number];

export type CriterionDirection = 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER';

export interface CriterionDefinition {
  readonly code: AwardCriterion;
  /** Verbatim from the source. */
  readonly nameNl: string;
  readonly nameEn: string;
  readonly direction: CriterionDirection;
  /** Unit of a bid's value: integer euro cents, basis points (0–10000), whole days, or a 0–10 consensus score. */
  readonly unit: 'EURO_CENTS' | 'BASIS_POINTS' | 'DAYS' | 'SCORE_0_10';
}

/** The six award criteria of the UWV tender 2002, seed 000 §2.2 (L1163–L1170); SPEC TD-5. */
export const CRITERION_DEFINITIONS: readonly CriterionDefinition[] = deepFreeze([
  { code: 'PRICE', nameNl: 'de gemiddelde prijs per traject', nameEn: 'average price per trajectory', direction: 'LOWER_IS_BETTER', unit: 'EURO_CENTS' },
  { code: 'DROP_OUT', nameNl: 'het uitvalpercentage', nameEn: 'drop-out percentage', direction: 'LOWER_IS_BETTER', unit: 'BASIS_POINTS' },
  { code: 'PLACEMENT', nameNl: 'het plaatsingspercentage', nameEn: 'placement percentage', direction: 'HIGHER_IS_BETTER', unit: 'BASIS_POINTS' },
  { code: 'DURATION', nameNl: 'de gemiddelde doorlooptijd van een traject', nameEn: 'average duration of a trajectory', direction: 'LOWER_IS_BETTER', unit: 'DAYS' },
  { code: 'TARGET_GROUP_FIT', nameNl: 'de mate waarin een doelgroep bediend wordt', nameEn: 'how well the target group is served', direction: 'HIGHER_IS_BETTER', unit: 'SCORE_0_10' },
  { code: 'REGIONAL_FIT', nameNl: 'de mate waarin ingespeeld wordt op de regionale situatie', nameEn: 'how well the bid responds to the regional situation', direction: 'HIGHER_IS_BETTER', unit: 'SCORE_0_10' },
]);

/** Points per criterion; the maximum score on a criterion equals its weight. TD-7: integers summing to 100. */
export type CriterionWeights = Readonly<Record<AwardCriterion, number>>;

/**
 * TD-7 optional knock-out per criterion: the worst value a bid may have and stay in the competition, in the
 * criterion's unit (a maximum for lower-is-better criteria, a minimum for the others). For criteria 2–4 it applies
 * to the value used for scoring (promised, realised or blended).
 */
export type KnockOuts = Readonly<Partial<Record<AwardCriterion, number>>>;

/** Where criteria 2–4 come from (TD-7): the bid, the provider's realised scores (SC-7), or a blend of the two. */
export type KpiSource =
  | { readonly mode: 'PROMISED' }
  | { readonly mode: 'REALISED' }
  /** `promisedShareBp` of the promised figure plus the rest of the realised one, in basis points. */
  | { readonly mode: 'BLEND'; readonly promisedShareBp: number };

/** The evaluation rules of a tender, fixed at publication (TD-7, TD-9). */
export interface EvaluationRules {
  readonly weights: CriterionWeights;
  readonly kpiSource: KpiSource;
  readonly knockOuts: KnockOuts;
  /** An evaluator spread (highest − lowest score, 0–10 scale) above this flags the criterion as divergent. */
  readonly divergenceThreshold: number;
}

/** [DESIGN] The source gives no threshold; a spread above 3 points on the 0–10 scale is flagged by default. */
export const DEFAULT_DIVERGENCE_THRESHOLD = 3;

export const BASIS_POINTS = 10_000;
export const QUALITATIVE_MAX = 10;
/**
 * Upper bounds far above any real bid (€10 million per trajectory, ten years). They keep value × BASIS_POINTS ×
 * weight a safe integer, so the score formulas stay exact.
 */
export const MAX_PRICE_CENTS = 1_000_000_000;
export const MAX_DURATION_DAYS = 3_650;

const isIntegerIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

export function criterionDefinition(code: AwardCriterion): CriterionDefinition {
  return CRITERION_DEFINITIONS.find((c) => c.code === code)!;
}

/** TD-7: one whole-number weight (0–100) per criterion, no unknown criteria, summing to exactly 100. */
export function validateWeights(weights: Readonly<Record<string, number>>, prefix = 'weights'): TenderFieldError[] {
  const errors: TenderFieldError[] = [];
  for (const key of Object.keys(weights)) {
    if (!(AWARD_CRITERIA as readonly string[]).includes(key)) errors.push({ field: `${prefix}.${key}`, message: 'is not an award criterion' });
  }
  for (const criterion of AWARD_CRITERIA) {
    const weight = weights[criterion];
    if (weight === undefined) errors.push({ field: `${prefix}.${criterion}`, message: 'is required' });
    else if (!isIntegerIn(weight, 0, 100)) errors.push({ field: `${prefix}.${criterion}`, message: 'must be a whole number from 0 to 100' });
  }
  if (errors.length === 0) {
    const sum = AWARD_CRITERIA.reduce((s, c) => s + weights[c]!, 0);
    if (sum !== 100) errors.push({ field: prefix, message: `weights must sum to 100, not ${sum}` });
  }
  return errors;
}

/** The range a knock-out value may take, in the criterion's unit. */
function knockOutRange(criterion: AwardCriterion): [number, number] {
  switch (criterionDefinition(criterion).unit) {
    case 'EURO_CENTS':
      return [1, MAX_PRICE_CENTS];
    case 'DAYS':
      return [1, MAX_DURATION_DAYS];
    case 'BASIS_POINTS':
      return [0, BASIS_POINTS];
    case 'SCORE_0_10':
      return [0, QUALITATIVE_MAX];
  }
}

export function validateEvaluationRules(rules: EvaluationRules): TenderFieldError[] {
  const errors = validateWeights(rules.weights);
  if (rules.kpiSource.mode === 'BLEND' && !isIntegerIn(rules.kpiSource.promisedShareBp, 0, BASIS_POINTS)) {
    errors.push({ field: 'kpiSource.promisedShareBp', message: 'must be a whole number of basis points from 0 to 10000' });
  }
  for (const [criterion, value] of Object.entries(rules.knockOuts)) {
    const field = `knockOuts.${criterion}`;
    if (!(AWARD_CRITERIA as readonly string[]).includes(criterion)) errors.push({ field, message: 'is not an award criterion' });
    else if (value !== undefined) {
      const [min, max] = knockOutRange(criterion as AwardCriterion);
      if (!isIntegerIn(value, min, max)) errors.push({ field, message: `must be a whole number from ${min} to ${max}` });
    }
  }
  if (!isIntegerIn(rules.divergenceThreshold, 0, QUALITATIVE_MAX)) {
    errors.push({ field: 'divergenceThreshold', message: `must be a whole number from 0 to ${QUALITATIVE_MAX}` });
  }
  return errors;
}

/** Thrown when an engine function gets rules that `validateEvaluationRules` rejects: a caller bug, not bad input. */
export class InvalidEvaluationRulesError extends Error {
  constructor(readonly errors: readonly TenderFieldError[]) {
    super(`invalid evaluation rules: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
    this.name = 'InvalidEvaluationRulesError';
  }
}

export function assertValidEvaluationRules(rules: EvaluationRules): void {
  const errors = validateEvaluationRules(rules);
  if (errors.length > 0) throw new InvalidEvaluationRulesError(errors);
}
