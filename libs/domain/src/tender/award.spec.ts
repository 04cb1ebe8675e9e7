import fc from 'fast-check';
import { allocateTranches, awardLot, rankBids, type AwardLot, type Tranche } from './award.js';
import type { CriterionWeights, EvaluationRules } from './criteria.js';
import { addFractions, fraction } from './fraction.js';
import { lotBidsArb, makeBid, RULES, weightsArb } from './fixtures/bids.js';
import { drawLottery } from './lottery.js';
import { evaluateLot, type Bid, type ScoredBid } from './scoring.js';

const tranches = (region: string | null, count: number): Tranche[] =>
  Array.from({ length: count }, (_, i) => ({ trancheId: `T${i + 1}`, region, minReferrals: 20 }));
const LOT: AwardLot = { lotId: 'WW-01/AMR-17', maxPriceCents: 600_000, tranches: tranches('AMR-17', 2) };
const PRICE_AND_QUALITY: CriterionWeights = { PRICE: 50, DROP_OUT: 0, PLACEMENT: 0, DURATION: 0, TARGET_GROUP_FIT: 25, REGIONAL_FIT: 25 };
const rules = (weights: CriterionWeights): EvaluationRules => ({ ...RULES, weights });
const ids = (award: ReturnType<typeof awardLot>) => award.ranking.ranked.map((r) => r.scored.bid.bidId);

describe('TD-8 ranking and tie-breaks', () => {
  it('TD-8: ranks by total score, best first, with distinct ranks', () => {
    const award = awardLot(LOT, [makeBid('A', { priceCents: 500_000 }), makeBid('B', { priceCents: 400_000 }), makeBid('C', { priceCents: 450_000 })], RULES, 'seed');
    expect(ids(award)).toEqual(['B', 'C', 'A']);
    expect(award.ranking.ranked.map((r) => [r.rank, r.decidedBy])).toEqual([[1, 'TOTAL_SCORE'], [2, 'TOTAL_SCORE'], [3, 'TOTAL_SCORE']]);
    expect(award.ranking.lotteries).toEqual([]);
  });

  it('TD-8: equal totals are broken by the quality score', () => {
    // A: 50 + 15 + 15 = 80; B: 40 + 20 + 20 = 80, better on quality.
    const bids = [makeBid('A', { priceCents: 400_000, targetGroupFit: 6, regionalFit: 6 }), makeBid('B', { priceCents: 500_000, targetGroupFit: 8, regionalFit: 8 })];
    const award = awardLot(LOT, bids, rules(PRICE_AND_QUALITY), 'seed');
    expect(ids(award)).toEqual(['B', 'A']);
    expect(award.sheets.map((s) => [s.bidId, s.total, s.decidedBy])).toEqual([['B', 80, 'QUALITY_SCORE'], ['A', 80, 'QUALITY_SCORE']]);
  });

  it('TD-8: equal totals and quality go to the recorded seeded lottery, reproducibly', () => {
    const bids = [makeBid('A'), makeBid('B'), makeBid('C'), makeBid('D', { priceCents: 400_000 })];
    const award = awardLot(LOT, bids, RULES, 'tender-2002-draw');
    expect(award.ranking.lotteries).toHaveLength(1);
    const draw = award.ranking.lotteries[0]!;
    expect(draw).toEqual(drawLottery('tender-2002-draw', LOT.lotId, ['A', 'B', 'C']));
    expect(ids(award)).toEqual(['D', ...draw.order]);
    expect(award.ranking.ranked.map((r) => r.decidedBy)).toEqual(['TOTAL_SCORE', 'LOTTERY', 'LOTTERY', 'LOTTERY']);
    expect(awardLot(LOT, [...bids].reverse(), RULES, 'tender-2002-draw')).toEqual(award);
  });

  it('TD-8: the lottery seed decides the order of tied bids (different seeds give different orders)', () => {
    const bids = [makeBid('A'), makeBid('B')];
    const firsts = new Set(Array.from({ length: 40 }, (_, i) => ids(awardLot(LOT, bids, RULES, `seed-${i}`))[0]));
    expect(firsts).toEqual(new Set(['A', 'B']));
  });

  it('TD-8: ties are exact: 1/10 + 2/10 ties with 3/10, which floating point would split', () => {
    const [a, b] = evaluateLot([makeBid('A'), makeBid('B')], LOT, RULES).scored as [ScoredBid, ScoredBid];
    const split = { ...a, total: addFractions(fraction(1, 10), fraction(2, 10)), quality: fraction(0) };
    const whole = { ...b, total: fraction(3, 10), quality: fraction(0) };
    expect(0.1 + 0.2).not.toBe(0.3);
    const ranking = rankBids([split, whole], 'seed', 'lot');
    expect(ranking.lotteries).toHaveLength(1);
    expect(ranking.ranked.every((r) => r.decidedBy === 'LOTTERY')).toBe(true);
  });

  it('TD-8: a single bid ranks first as the sole bid', () => {
    const award = awardLot(LOT, [makeBid('A')], RULES, 'seed');
    expect(award.sheets[0]).toMatchObject({ rank: 1, rankedBids: 1, decidedBy: 'SOLE_BID', tranchesWon: ['T1'] });
    expect(award.tranches.map((t) => t.bidderId)).toEqual(['P-A', null]);
  });
});

describe('TD-8 tranches and score sheets', () => {
  it('TD-8: tranches in one region go to distinct providers, best-ranked first', () => {
    const lot = { ...LOT, tranches: tranches('AMR-17', 3) };
    const bids = [makeBid('A', { priceCents: 400_000 }), makeBid('B', { priceCents: 450_000 }), makeBid('C', { priceCents: 500_000 }), makeBid('D', { priceCents: 550_000 })];
    expect(awardLot(lot, bids, RULES, 'seed').tranches.map((t) => [t.tranche.trancheId, t.bidderId])).toEqual([['T1', 'P-A'], ['T2', 'P-B'], ['T3', 'P-C']]);
  });

  it('TD-8: a provider may win tranches in different regions of a national lot, never two in one region', () => {
    const ranked = rankBids(evaluateLot([makeBid('A', { priceCents: 400_000 }), makeBid('B')], LOT, RULES).scored, 'seed', 'lot').ranked;
    const split: Tranche[] = [
      { trancheId: 'N1', region: 'AMR-01', minReferrals: 10 }, { trancheId: 'S1', region: 'AMR-34', minReferrals: 10 },
      { trancheId: 'N2', region: 'AMR-01', minReferrals: 10 }, { trancheId: 'N3', region: 'AMR-01', minReferrals: 10 },
    ];
    expect(allocateTranches(ranked, split).map((t) => t.bidderId)).toEqual(['P-A', 'P-A', 'P-B', null]);
  });

  it('TD-8: every bidder gets its own sheet: scores, rank, what decided and tranches; excluded bids say why', () => {
    const bids = [makeBid('A', { priceCents: 400_000 }), makeBid('B'), makeBid('X', { priceCents: 700_000 })];
    const award = awardLot(LOT, bids, RULES, 'seed');
    expect(award.sheets.map((s) => [s.bidderId, s.status, s.rank, s.tranchesWon])).toEqual([
      ['P-A', 'RANKED', 1, ['T1']], ['P-B', 'RANKED', 2, ['T2']], ['P-X', 'EXCLUDED', null, []],
    ]);
    const sheetB = award.sheets[1]!;
    expect(sheetB.criteria.find((c) => c.criterion === 'PRICE')).toMatchObject({ value: 500_000, source: 'BID', points: 24, maxPoints: 30 });
    expect(sheetB.total).toBe(24 + 15 + 25 + 10 + 7 + 7);
    expect(sheetB.totalExact).toBe('88/1');
    expect(award.sheets[2]!.exclusions.map((e) => e.code)).toEqual(['PRICE_ABOVE_LOT_MAXIMUM']);
  });

  it('TD-8: when every bid is excluded, no tranche is awarded', () => {
    const award = awardLot(LOT, [makeBid('X', { priceCents: 700_000 })], RULES, 'seed');
    expect(award.ranking.ranked).toEqual([]);
    expect(award.tranches.every((t) => t.bidId === null)).toBe(true);
  });
});

describe('TD-8 properties', () => {
  const seedArb = fc.string({ minLength: 1, maxLength: 12 });
  const shuffled = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

  it('TD-8: the ranking is a permutation of the admitted bids with ranks 1..n, and sheets cover every bid', () => {
    fc.assert(
      fc.property(lotBidsArb(0, 10), weightsArb, seedArb, (bids, weights, seed) => {
        const lot = { ...LOT, maxPriceCents: 450_000 };
        const award = awardLot(lot, bids, rules(weights), seed);
        const admitted = bids.filter((b) => b.priceCents <= 450_000).map((b) => b.bidId);
        expect(ids(award).sort()).toEqual(admitted.sort());
        expect(award.ranking.ranked.map((r) => r.rank)).toEqual(admitted.map((_, i) => i + 1));
        expect(award.sheets.map((s) => s.bidId).sort()).toEqual(bids.map((b) => b.bidId).sort());
      }),
    );
  });

  it('TD-8: the award does not depend on the order of the bids', () => {
    fc.assert(
      fc.property(
        lotBidsArb(1, 10).chain((bids) => fc.tuple(fc.constant(bids), shuffled(bids))),
        weightsArb,
        seedArb,
        ([bids, reordered], weights, seed) => {
          expect(awardLot(LOT, reordered, rules(weights), seed)).toEqual(awardLot(LOT, bids, rules(weights), seed));
        },
      ),
    );
  });

  it('TD-8: a bid strictly best on every criterion ranks first under any weights', () => {
    const dominant = makeBid('BEST', { priceCents: 100_000, promised: { dropOutBp: 0, placementBp: 10_000, durationDays: 1 }, targetGroupFit: 10, regionalFit: 10 });
    const weaker = (b: Bid): Bid => ({
      ...b,
      promised: { ...b.promised, dropOutBp: Math.max(b.promised.dropOutBp, 500) },
      qualitative: {
        TARGET_GROUP_FIT: { ...b.qualitative.TARGET_GROUP_FIT, consensus: Math.min(b.qualitative.TARGET_GROUP_FIT.consensus, 9) },
        REGIONAL_FIT: { ...b.qualitative.REGIONAL_FIT, consensus: Math.min(b.qualitative.REGIONAL_FIT.consensus, 9) },
      },
    });
    fc.assert(
      fc.property(lotBidsArb(0, 9), weightsArb, fc.nat(9), seedArb, (bids, weights, at, seed) => {
        const others = bids.map(weaker);
        others.splice(Math.min(at, others.length), 0, dominant);
        const award = awardLot(LOT, others, rules(weights), seed);
        expect(ids(award)[0]).toBe('BEST');
        expect(award.sheets[0]!.total).toBe(100);
      }),
    );
  });

  it('TD-8: tranches in one region never share a provider, and stay unawarded only when distinct bidders run out', () => {
    const trancheArb = fc.array(fc.constantFrom('AMR-01', 'AMR-02', null), { minLength: 1, maxLength: 8 })
      .map((regions) => regions.map((region, i): Tranche => ({ trancheId: `T${i}`, region, minReferrals: 5 })));
    fc.assert(
      fc.property(lotBidsArb(0, 6), trancheArb, seedArb, (bids, trancheList, seed) => {
        const award = awardLot({ ...LOT, tranches: trancheList }, bids, RULES, seed);
        for (const region of ['AMR-01', 'AMR-02', null]) {
          const inRegion = award.tranches.filter((t) => t.tranche.region === region);
          const winners = inRegion.flatMap((t) => (t.bidderId ? [t.bidderId] : []));
          expect(new Set(winners).size).toBe(winners.length);
          expect(winners.length).toBe(Math.min(inRegion.length, award.ranking.ranked.length));
        }
      }),
    );
  });
});
