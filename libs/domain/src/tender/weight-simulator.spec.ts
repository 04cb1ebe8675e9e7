import fc from 'fast-check';
import { rankBids } from './award.js';
import { AWARD_CRITERIA, type CriterionWeights } from './criteria.js';
import { compareFractions } from './fraction.js';
import { lotBidsArb, makeBid, only, RULES } from './fixtures/bids.js';
import { evaluateLot } from './scoring.js';
import { decisiveCriteria, simulateWeights, validateWeightScenarios, type SimulationLot } from './weight-simulator.js';

const LIMITS = { maxPriceCents: 600_000 };
const QUALITY_HEAVY: CriterionWeights = { PRICE: 10, DROP_OUT: 10, PLACEMENT: 10, DURATION: 10, TARGET_GROUP_FIT: 30, REGIONAL_FIT: 30 };
// Cheap but weak (C), dear but strong (S), in between (M).
const LOT: SimulationLot = {
  lot: { lotId: 'L1', ...LIMITS },
  bids: [
    makeBid('C', { priceCents: 300_000, targetGroupFit: 4, regionalFit: 4 }),
    makeBid('M', { priceCents: 400_000, targetGroupFit: 6, regionalFit: 6 }),
    makeBid('S', { priceCents: 500_000, targetGroupFit: 9, regionalFit: 9 }),
  ],
};
const SOLE: SimulationLot = { lot: { lotId: 'L2', ...LIMITS }, bids: [makeBid('X')] };

describe('TD-10 weight simulator', () => {
  const simulation = simulateWeights([LOT, SOLE], { ...RULES, weights: only('PRICE') }, [{ name: 'quality', weights: QUALITY_HEAVY }], 'seed');

  it('TD-10: under price-only weights, price alone decides the ranking', () => {
    expect(simulation.base.lots[0]).toEqual({ lotId: 'L1', ranking: ['C', 'M', 'S'], winnerChanged: false, rankingChanged: false, decisiveCriteria: ['PRICE'] });
  });

  it('TD-10: alternative weights show where the winner and ranking change, and which criteria then decide alone', () => {
    const [quality] = simulation.alternatives;
    expect(quality!.lots[0]).toEqual({ lotId: 'L1', ranking: ['S', 'M', 'C'], winnerChanged: true, rankingChanged: true, decisiveCriteria: ['TARGET_GROUP_FIT', 'REGIONAL_FIT'] });
    expect(quality!.summary).toMatchObject({ lotsCompared: 1, winnersChanged: 1, rankingsChanged: 1, decidedByOneCriterion: 1 });
    expect(quality!.summary.decidedBy).toMatchObject({ PRICE: 0, TARGET_GROUP_FIT: 1, REGIONAL_FIT: 1 });
  });

  it('TD-10: a lot with one bid is not compared and nothing decides it', () => {
    expect(simulation.base.lots[1]).toMatchObject({ ranking: ['X'], decisiveCriteria: [] });
    expect(simulation.base.summary.lotsCompared).toBe(1);
  });

  it('TD-10: a criterion on which two bids tie does not decide alone', () => {
    const bids = [makeBid('A', { priceCents: 300_000, targetGroupFit: 6 }), makeBid('B', { priceCents: 400_000, targetGroupFit: 6 })];
    const ranked = rankBids(evaluateLot(bids, LIMITS, RULES).scored, 's', 'l').ranked;
    expect(decisiveCriteria(ranked)).toEqual(['PRICE']);
  });

  it('TD-10: scenarios need unique names and valid weights', () => {
    expect(validateWeightScenarios([{ name: 'a', weights: QUALITY_HEAVY }, { name: 'a', weights: { ...QUALITY_HEAVY, PRICE: 11 } }]).map((e) => e.field)).toEqual([
      'scenarios[1].weights', 'scenarios[1].name',
    ]);
  });

  it('TD-10: property: with all weight on one criterion that separates every bid, that criterion decides alone', () => {
    fc.assert(
      fc.property(lotBidsArb(2, 8), fc.constantFrom(...AWARD_CRITERIA), (bids, criterion) => {
        const c = AWARD_CRITERIA.indexOf(criterion);
        const scored = evaluateLot(bids, LIMITS, { ...RULES, weights: only(criterion) }).scored;
        const ranked = rankBids(scored, 's', 'l').ranked;
        const points = ranked.map((r) => r.scored.criteria[c]!.points);
        const separates = points.every((p, i) => points.every((q, j) => i === j || compareFractions(p, q) !== 0));
        expect(decisiveCriteria(ranked).includes(criterion)).toBe(separates);
      }),
    );
  });

  it('TD-10: property: the base scenario never reports a change; rankings are the award engine’s', () => {
    fc.assert(
      fc.property(lotBidsArb(1, 6), (bids) => {
        const lots = [{ lot: { lotId: 'L', ...LIMITS }, bids }];
        const sim = simulateWeights(lots, RULES, [{ name: 'same', weights: RULES.weights }], 'seed');
        const expected = rankBids(evaluateLot(bids, LIMITS, RULES).scored, 'seed', 'L').ranked.map((r) => r.scored.bid.bidId);
        for (const outcome of [sim.base, sim.alternatives[0]!]) {
          expect(outcome.lots[0]!.ranking).toEqual(expected);
          expect(outcome.summary.winnersChanged + outcome.summary.rankingsChanged).toBe(0);
        }
      }),
    );
  });
});
