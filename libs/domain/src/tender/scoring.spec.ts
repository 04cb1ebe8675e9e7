import fc from 'fast-check';
import { AWARD_CRITERIA, InvalidEvaluationRulesError, type AwardCriterion, type EvaluationRules } from './criteria.js';
import { addFractions, compareFractions, fraction, fractionToNumber, FRACTION_ZERO } from './fraction.js';
import { lotBidsArb, makeBid, RULES, weightsArb } from './fixtures/bids.js';
import { evaluateLot, higherIsBetterPoints, lowerIsBetterPoints, qualitativePoints, validateBid, type Bid, type ScoredBid } from './scoring.js';

const LIMITS = { maxPriceCents: 600_000 };
const points = (s: ScoredBid, c: AwardCriterion) => fractionToNumber(s.criteria[AWARD_CRITERIA.indexOf(c)]!.points);
const criterion = (s: ScoredBid, c: AwardCriterion) => s.criteria[AWARD_CRITERIA.indexOf(c)]!;
const scoredById = (bids: Bid[], rules: EvaluationRules = RULES) =>
  Object.fromEntries(evaluateLot(bids, LIMITS, rules).scored.map((s) => [s.bid.bidId, s]));

describe('TD-7 scoring formulas', () => {
  it('TD-7: price scores lowest ÷ own × max', () => {
    const s = scoredById([makeBid('A', { priceCents: 400_000 }), makeBid('B', { priceCents: 500_000 })]);
    expect(points(s.A!, 'PRICE')).toBe(30);
    expect(points(s.B!, 'PRICE')).toBe(24);
  });

  it('TD-7: placement scores own ÷ best × max', () => {
    const s = scoredById([makeBid('A', { promised: { placementBp: 4_000 } }), makeBid('B', { promised: { placementBp: 1_000 } })]);
    expect(points(s.A!, 'PLACEMENT')).toBe(25);
    expect(points(s.B!, 'PLACEMENT')).toBe(6.25);
  });

  it('TD-7: drop-out and duration score best ÷ own × max', () => {
    const s = scoredById([
      makeBid('A', { promised: { dropOutBp: 1_000, durationDays: 270 } }),
      makeBid('B', { promised: { dropOutBp: 2_000, durationDays: 180 } }),
    ]);
    expect(points(s.A!, 'DROP_OUT')).toBe(15);
    expect(points(s.B!, 'DROP_OUT')).toBe(7.5);
    expect(points(s.B!, 'DURATION')).toBe(10);
    expect(compareFractions(criterion(s.A!, 'DURATION').points, fraction(20, 3))).toBe(0);
  });

  it('TD-7: a 0% drop-out is the best possible: it gets the maximum and a bid with any drop-out gets 0', () => {
    const s = scoredById([makeBid('A', { promised: { dropOutBp: 0 } }), makeBid('B', { promised: { dropOutBp: 100 } })]);
    expect(points(s.A!, 'DROP_OUT')).toBe(15);
    expect(points(s.B!, 'DROP_OUT')).toBe(0);
  });

  it('TD-7: when every bid promises 0% drop-out, or 0% placement, all get the maximum', () => {
    const s = scoredById([
      makeBid('A', { promised: { dropOutBp: 0, placementBp: 0 } }),
      makeBid('B', { promised: { dropOutBp: 0, placementBp: 0 } }),
    ]);
    for (const bid of [s.A!, s.B!]) {
      expect(points(bid, 'DROP_OUT')).toBe(15);
      expect(points(bid, 'PLACEMENT')).toBe(25);
    }
  });

  it('TD-7: 0% placement next to a positive best scores 0', () => {
    const s = scoredById([makeBid('A', { promised: { placementBp: 0 } }), makeBid('B', { promised: { placementBp: 2_000 } })]);
    expect(points(s.A!, 'PLACEMENT')).toBe(0);
    expect(points(s.B!, 'PLACEMENT')).toBe(25);
  });

  it('TD-7: the point formulas refuse a "best" that is not the best', () => {
    expect(() => lowerIsBetterPoints(5, 6, 10)).toThrow(RangeError);
    expect(() => higherIsBetterPoints(7, 6, 10)).toThrow(RangeError);
    expect(lowerIsBetterPoints(0, 0, 10)).toEqual(fraction(10));
    expect(higherIsBetterPoints(0, 0, 10)).toEqual(fraction(10));
  });

  it('TD-7: qualitative consensus 0–10 is scaled to the weight', () => {
    expect(fractionToNumber(qualitativePoints(7, 10))).toBe(7);
    expect(fractionToNumber(qualitativePoints(7, 15))).toBe(10.5);
    expect(fractionToNumber(qualitativePoints(0, 15))).toBe(0);
    const s = scoredById([makeBid('A', { targetGroupFit: 10, regionalFit: 3 })]);
    expect(points(s.A!, 'TARGET_GROUP_FIT')).toBe(10);
    expect(points(s.A!, 'REGIONAL_FIT')).toBe(3);
    expect(fractionToNumber(s.A!.quality)).toBe(13);
  });

  it('TD-7: a single bid gets the maximum on every relative criterion', () => {
    const s = scoredById([makeBid('A', { targetGroupFit: 5, regionalFit: 5 })]);
    expect(fractionToNumber(s.A!.total)).toBe(30 + 15 + 25 + 10 + 5 + 5);
  });

  it('TD-7: flags divergence when the evaluator spread exceeds the threshold, not when it equals it', () => {
    const s = scoredById([makeBid('A', { evaluatorScores: [3, 7, 5] }), makeBid('B', { evaluatorScores: [4, 7] })]);
    expect(criterion(s.A!, 'TARGET_GROUP_FIT').divergence).toEqual({ spread: 4, flagged: true });
    expect(criterion(s.B!, 'REGIONAL_FIT').divergence).toEqual({ spread: 3, flagged: false });
    expect(criterion(s.A!, 'PRICE').divergence).toBeUndefined();
  });
});

describe('TD-7 value sources for criteria 2–4', () => {
  const realised = { dropOutBp: 2_000, placementBp: 2_000, durationDays: 360 };
  const bids = [makeBid('A', { promised: { dropOutBp: 1_000, placementBp: 4_000, durationDays: 180 }, realised }), makeBid('N')];

  it('TD-7: PROMISED scores the bid’s own figures', () => {
    const s = scoredById(bids);
    expect(criterion(s.A!, 'DROP_OUT')).toMatchObject({ value: 1_000, source: 'PROMISED' });
  });

  it('TD-7: REALISED scores the provider’s realised figures; a provider without them falls back to its promise, marked', () => {
    const s = scoredById(bids, { ...RULES, kpiSource: { mode: 'REALISED' } });
    expect(criterion(s.A!, 'PLACEMENT')).toMatchObject({ value: 2_000, source: 'REALISED' });
    expect(criterion(s.N!, 'PLACEMENT')).toMatchObject({ value: 4_000, source: 'PROMISED_FALLBACK' });
    expect(points(s.A!, 'PLACEMENT')).toBe(12.5);
  });

  it('TD-7: BLEND weighs promised and realised by the promised share, exactly', () => {
    const s = scoredById(bids, { ...RULES, kpiSource: { mode: 'BLEND', promisedShareBp: 2_500 } });
    expect(criterion(s.A!, 'DROP_OUT')).toMatchObject({ value: 1_750, source: 'BLEND' });
    expect(criterion(s.A!, 'DURATION')).toMatchObject({ value: 315, source: 'BLEND' });
    expect(points(s.A!, 'DURATION')).toBe((10 * 270) / 315);
  });
});

describe('TD-7 exclusions: lot maxima, knock-outs, invalid bids', () => {
  it('TD-5: a price above the lot maximum is excluded; exactly the maximum is admitted', () => {
    const { scored, excluded } = evaluateLot([makeBid('A', { priceCents: 600_000 }), makeBid('B', { priceCents: 600_001 })], LIMITS, RULES);
    expect(scored.map((s) => s.bid.bidId)).toEqual(['A']);
    expect(excluded[0]!.exclusions.map((e) => e.code)).toEqual(['PRICE_ABOVE_LOT_MAXIMUM']);
  });

  it('TD-1: a promised duration above the lot maximum is excluded', () => {
    const { excluded } = evaluateLot([makeBid('A', { promised: { durationDays: 400 } })], { ...LIMITS, maxDurationDays: 365 }, RULES);
    expect(excluded[0]!.exclusions).toMatchObject([{ code: 'DURATION_ABOVE_LOT_MAXIMUM', criterion: 'DURATION' }]);
  });

  it('TD-7: a knock-out excludes the bid before relative scoring, so it does not set the best value', () => {
    const rules = { ...RULES, knockOuts: { PLACEMENT: 3_000, TARGET_GROUP_FIT: 6 } };
    const bids = [
      makeBid('A', { promised: { placementBp: 3_000 } }),
      makeBid('B', { promised: { placementBp: 2_999 } }),
      makeBid('C', { promised: { placementBp: 9_000 }, targetGroupFit: 5 }),
    ];
    const { scored, excluded } = evaluateLot(bids, LIMITS, rules);
    expect(scored.map((s) => s.bid.bidId)).toEqual(['A']);
    expect(points(scored[0]!, 'PLACEMENT')).toBe(25);
    expect(excluded.map((e) => [e.bid.bidId, e.exclusions.map((x) => x.criterion)])).toEqual([['B', ['PLACEMENT']], ['C', ['TARGET_GROUP_FIT']]]);
  });

  it('TD-7: knock-outs on lower-is-better criteria are maxima', () => {
    const rules = { ...RULES, knockOuts: { DROP_OUT: 2_000 } };
    const { excluded } = evaluateLot([makeBid('A', { promised: { dropOutBp: 2_000 } }), makeBid('B', { promised: { dropOutBp: 2_001 } })], LIMITS, rules);
    expect(excluded.map((e) => e.bid.bidId)).toEqual(['B']);
  });

  it('TD-5: an invalid bid is excluded with its field errors, never scored', () => {
    const bad = { ...makeBid('A'), priceCents: 0 };
    const { scored, excluded } = evaluateLot([bad, makeBid('B')], LIMITS, RULES);
    expect(scored.map((s) => s.bid.bidId)).toEqual(['B']);
    expect(excluded[0]!.exclusions).toEqual([{ code: 'INVALID_BID', message: 'priceCents must be a whole number of cents from 1 to 1000000000' }]);
  });

  it('TD-7: a consensus score needs a rationale and evaluator scores in 0–10', () => {
    const bid = makeBid('A');
    const errors = validateBid({
      ...bid,
      promised: { ...bid.promised, dropOutBp: 10_001, durationDays: 0 },
      qualitative: { ...bid.qualitative, REGIONAL_FIT: { evaluatorScores: [11], consensus: 7.5, rationale: ' ' } },
    });
    expect(errors.map((e) => e.field)).toEqual([
      'promised.dropOutBp', 'promised.durationDays',
      'qualitative.REGIONAL_FIT.evaluatorScores', 'qualitative.REGIONAL_FIT.consensus', 'qualitative.REGIONAL_FIT.rationale',
    ]);
  });

  it('TD-7: the engine refuses rules whose weights do not sum to 100', () => {
    expect(() => evaluateLot([makeBid('A')], LIMITS, { ...RULES, weights: { ...RULES.weights, PRICE: 31 } })).toThrow(InvalidEvaluationRulesError);
  });
});

describe('TD-7 properties', () => {
  const rulesArb = fc.record({
    weights: weightsArb,
    kpiSource: fc.oneof(
      fc.constant({ mode: 'PROMISED' as const }),
      fc.constant({ mode: 'REALISED' as const }),
      fc.integer({ min: 0, max: 10_000 }).map((promisedShareBp) => ({ mode: 'BLEND' as const, promisedShareBp })),
    ),
    knockOuts: fc.constant({}),
    divergenceThreshold: fc.constant(3),
  });

  it('TD-7: every criterion scores within [0, weight]; the total is their exact sum and at most 100', () => {
    fc.assert(
      fc.property(lotBidsArb(), rulesArb, (bids, rules) => {
        for (const s of evaluateLot(bids, LIMITS, rules).scored) {
          let sum = FRACTION_ZERO;
          for (const c of s.criteria) {
            expect(compareFractions(c.points, FRACTION_ZERO)).toBeGreaterThanOrEqual(0);
            expect(compareFractions(c.points, fraction(rules.weights[c.criterion]))).toBeLessThanOrEqual(0);
            sum = addFractions(sum, c.points);
          }
          expect(compareFractions(sum, s.total)).toBe(0);
          expect(compareFractions(s.total, fraction(100))).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('TD-7: on every relative criterion some bid gets the full weight', () => {
    fc.assert(
      fc.property(lotBidsArb(), rulesArb, (bids, rules) => {
        const { scored } = evaluateLot(bids, LIMITS, rules);
        for (const c of ['PRICE', 'DROP_OUT', 'PLACEMENT', 'DURATION'] as const) {
          expect(scored.some((s) => compareFractions(criterion(s, c).points, fraction(rules.weights[c])) === 0)).toBe(true);
        }
      }),
    );
  });
});
