import fc from 'fast-check';
import {
  AWARD_CRITERIA,
  CRITERION_DEFINITIONS,
  validateEvaluationRules,
  validateWeights,
} from './criteria.js';
import { RULES, WEIGHTS, weightsArb } from './fixtures/bids.js';

describe('award criteria and weights (TD-5, TD-7)', () => {
  it('TD-5: has the six criteria of the 2002 tender in order, with their direction', () => {
    expect(CRITERION_DEFINITIONS.map((c) => [c.code, c.direction])).toEqual([
      ['PRICE', 'LOWER_IS_BETTER'],
      ['DROP_OUT', 'LOWER_IS_BETTER'],
      ['PLACEMENT', 'HIGHER_IS_BETTER'],
      ['DURATION', 'LOWER_IS_BETTER'],
      ['TARGET_GROUP_FIT', 'HIGHER_IS_BETTER'],
      ['REGIONAL_FIT', 'HIGHER_IS_BETTER'],
    ]);
    expect(CRITERION_DEFINITIONS[1]!.nameNl).toBe('het uitvalpercentage');
  });

  it('TD-7: accepts whole weights summing to 100, zeroes included', () => {
    expect(validateWeights(WEIGHTS)).toEqual([]);
    expect(validateWeights({ ...WEIGHTS, PRICE: 0, PLACEMENT: 55 })).toEqual([]);
  });

  it('TD-7: rejects weights summing to 99 or 101', () => {
    expect(validateWeights({ ...WEIGHTS, PRICE: 29 })).toEqual([{ field: 'weights', message: 'weights must sum to 100, not 99' }]);
    expect(validateWeights({ ...WEIGHTS, PRICE: 31 })).toEqual([{ field: 'weights', message: 'weights must sum to 100, not 101' }]);
  });

  it('TD-7: rejects fractional, negative, missing and unknown weights per field', () => {
    const fields = (w: Record<string, number>) => validateWeights(w).map((e) => e.field);
    expect(fields({ ...WEIGHTS, PRICE: 29.5, DURATION: 10.5 })).toEqual(['weights.PRICE', 'weights.DURATION']);
    expect(fields({ ...WEIGHTS, PRICE: -10, PLACEMENT: 65 })).toEqual(['weights.PRICE']);
    const { REGIONAL_FIT: _dropped, ...five } = WEIGHTS;
    expect(fields(five)).toEqual(['weights.REGIONAL_FIT']);
    expect(fields({ ...WEIGHTS, SPEED: 0 })).toEqual(['weights.SPEED']);
  });

  it('TD-7: property: any six whole weights are valid exactly when they sum to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), (values) => {
        const weights = Object.fromEntries(AWARD_CRITERIA.map((c, i) => [c, values[i]!]));
        const sum = values.reduce((a, b) => a + b, 0);
        expect(validateWeights(weights).length === 0).toBe(sum === 100);
      }),
    );
    fc.assert(fc.property(weightsArb, (weights) => expect(validateWeights(weights)).toEqual([])));
  });

  it('TD-7: validates the blend share, knock-outs and divergence threshold', () => {
    expect(validateEvaluationRules(RULES)).toEqual([]);
    const errors = validateEvaluationRules({
      ...RULES,
      kpiSource: { mode: 'BLEND', promisedShareBp: 10_001 },
      knockOuts: { PLACEMENT: 12_000, TARGET_GROUP_FIT: 11, PRICE: 0 },
      divergenceThreshold: -1,
    });
    expect(errors.map((e) => e.field)).toEqual([
      'kpiSource.promisedShareBp', 'knockOuts.PLACEMENT', 'knockOuts.TARGET_GROUP_FIT', 'knockOuts.PRICE', 'divergenceThreshold',
    ]);
    expect(validateEvaluationRules({ ...RULES, kpiSource: { mode: 'BLEND', promisedShareBp: 5_000 }, knockOuts: { TARGET_GROUP_FIT: 6 } })).toEqual([]);
  });
});
