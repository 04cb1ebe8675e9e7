import type { AwardCriterion, EvaluationRules } from './criteria.js';
import { compareFractions, formatFraction, fractionToNumber } from './fraction.js';
import { drawLottery, type LotteryDraw } from './lottery.js';
import { evaluateLot, type Bid, type Exclusion, type LotLimits, type ScoredBid, type ValueSource } from './scoring.js';

/** A share of a lot contracted to one provider (seed 000 §2.3, L1179–L1182); `region` null for a national tranche. */
export interface Tranche {
  readonly trancheId: string;
  readonly region: string | null;
  readonly minReferrals: number;
}

export interface AwardLot extends LotLimits {
  readonly lotId: string;
  /** In allocation order: the first tranche goes to the best-ranked bidder. */
  readonly tranches: readonly Tranche[];
}

/**
 * What put a bid at its place, relative to the other ranked bids: its total differs from all of them
 * (`TOTAL_SCORE`), it shares its total but not its quality score (`QUALITY_SCORE`), or it shares both and the
 * lottery decided (`LOTTERY`). `SOLE_BID` when no other bid was ranked.
 */
export type DecidedBy = 'SOLE_BID' | 'TOTAL_SCORE' | 'QUALITY_SCORE' | 'LOTTERY';

export interface RankedBid {
  readonly scored: ScoredBid;
  /** 1 is best; ranks are distinct. */
  readonly rank: number;
  readonly decidedBy: DecidedBy;
}

export interface LotRanking {
  readonly ranked: readonly RankedBid[];
  /** One draw per group of bids equal on total and quality score. */
  readonly lotteries: readonly LotteryDraw[];
}

const byScore = (a: ScoredBid, b: ScoredBid): number => compareFractions(b.total, a.total) || compareFractions(b.quality, a.quality);

/** Splits bids sorted by `compare` into runs that compare equal. */
function runs<T>(sorted: readonly T[], compare: (a: T, b: T) => number): T[][] {
  const result: T[][] = [];
  for (const item of sorted) {
    const last = result[result.length - 1];
    if (last && compare(last[0]!, item) === 0) last.push(item);
    else result.push([item]);
  }
  return result;
}

/**
 * TD-8 ranking: by total score, ties by quality score (criteria 5–6), remaining ties by a seeded lottery among the
 * tied bids, drawn with `scope` (the lot id) so each lot's draw is distinct and recorded. Scores are exact
 * fractions, so "equal" means exactly equal. The result does not depend on the order of `scored`.
 */
export function rankBids(scored: readonly ScoredBid[], lotterySeed: string, scope: string): LotRanking {
  const sorted = [...scored].sort(byScore);
  const lotteries: LotteryDraw[] = [];
  const ordered = runs(sorted, byScore).flatMap((group) => {
    if (group.length === 1) return group;
    const draw = drawLottery(lotterySeed, scope, group.map((s) => s.bid.bidId));
    lotteries.push(draw);
    const position = new Map(draw.order.map((id, i) => [id, i]));
    return [...group].sort((a, b) => position.get(a.bid.bidId)! - position.get(b.bid.bidId)!);
  });
  const sameTotal = new Map<ScoredBid, number>();
  for (const run of runs(ordered, (a, b) => compareFractions(a.total, b.total))) for (const s of run) sameTotal.set(s, run.length);
  const sameScore = new Map<ScoredBid, number>();
  for (const run of runs(ordered, byScore)) for (const s of run) sameScore.set(s, run.length);
  const decidedBy = (s: ScoredBid): DecidedBy => {
    if (ordered.length === 1) return 'SOLE_BID';
    if (sameTotal.get(s) === 1) return 'TOTAL_SCORE';
    return sameScore.get(s) === 1 ? 'QUALITY_SCORE' : 'LOTTERY';
  };
  return { ranked: ordered.map((s, i) => ({ scored: s, rank: i + 1, decidedBy: decidedBy(s) })), lotteries };
}

export interface TrancheAward {
  readonly tranche: Tranche;
  /** Null when too few distinct bidders remain for this region. */
  readonly bidId: string | null;
  readonly bidderId: string | null;
}

/**
 * TD-8 tranche allocation: each tranche, in order, goes to the best-ranked bidder that holds no other tranche of
 * the lot in the same region, so within one region every tranche goes to a different provider (seed 000 §2.3,
 * L1179–L1181). National tranches (region null) count as one region.
 */
export function allocateTranches(ranked: readonly RankedBid[], tranches: readonly Tranche[]): TrancheAward[] {
  const holders = new Map<string | null, Set<string>>();
  return tranches.map((tranche) => {
    const taken = holders.get(tranche.region) ?? new Set<string>();
    holders.set(tranche.region, taken);
    const winner = ranked.find((r) => !taken.has(r.scored.bid.bidderId));
    if (!winner) return { tranche, bidId: null, bidderId: null };
    taken.add(winner.scored.bid.bidderId);
    return { tranche, bidId: winner.scored.bid.bidId, bidderId: winner.scored.bid.bidderId };
  });
}

export interface ScoreSheetCriterion {
  readonly criterion: AwardCriterion;
  readonly value: number;
  readonly source: ValueSource;
  /** Unrounded; round only where it is shown. */
  readonly points: number;
  readonly maxPoints: number;
  readonly divergence?: { readonly spread: number; readonly flagged: boolean };
}

/** What one bidder is told about its own bid (TD-8): its scores, rank and what decided it, or why it was excluded. */
export interface ScoreSheet {
  readonly lotId: string;
  readonly bidId: string;
  readonly bidderId: string;
  readonly status: 'RANKED' | 'EXCLUDED';
  readonly rank: number | null;
  readonly rankedBids: number;
  readonly criteria: readonly ScoreSheetCriterion[];
  readonly total: number | null;
  /** The exact total as "numerator/denominator", so a recount can be checked without rounding. */
  readonly totalExact: string | null;
  readonly quality: number | null;
  readonly decidedBy: DecidedBy | null;
  readonly exclusions: readonly Exclusion[];
  readonly tranchesWon: readonly string[];
}

export interface LotAward {
  readonly lotId: string;
  readonly ranking: LotRanking;
  readonly tranches: readonly TrancheAward[];
  /** Ranked bids by rank, then excluded bids by bid id. */
  readonly sheets: readonly ScoreSheet[];
}

function rankedSheet(lotId: string, r: RankedBid, rankedBids: number, tranches: readonly TrancheAward[]): ScoreSheet {
  const { bid, criteria, total, quality } = r.scored;
  return {
    lotId,
    bidId: bid.bidId,
    bidderId: bid.bidderId,
    status: 'RANKED',
    rank: r.rank,
    rankedBids,
    criteria: criteria.map((c) => ({ ...c, points: fractionToNumber(c.points) })),
    total: fractionToNumber(total),
    totalExact: formatFraction(total),
    quality: fractionToNumber(quality),
    decidedBy: r.decidedBy,
    exclusions: [],
    tranchesWon: tranches.filter((t) => t.bidId === bid.bidId).map((t) => t.tranche.trancheId),
  };
}

function excludedSheet(lotId: string, bid: Bid, exclusions: readonly Exclusion[], rankedBids: number): ScoreSheet {
  return {
    lotId, bidId: bid.bidId, bidderId: bid.bidderId, status: 'EXCLUDED', rank: null, rankedBids, criteria: [],
    total: null, totalExact: null, quality: null, decidedBy: null, exclusions, tranchesWon: [],
  };
}

/** TD-7 + TD-8 for one lot: evaluate, rank, allocate tranches and write every bidder's score sheet. */
export function awardLot(lot: AwardLot, bids: readonly Bid[], rules: EvaluationRules, lotterySeed: string): LotAward {
  const evaluation = evaluateLot(bids, lot, rules);
  const ranking = rankBids(evaluation.scored, lotterySeed, lot.lotId);
  const tranches = allocateTranches(ranking.ranked, lot.tranches);
  const n = ranking.ranked.length;
  const excluded = [...evaluation.excluded].sort((a, b) => (a.bid.bidId < b.bid.bidId ? -1 : a.bid.bidId > b.bid.bidId ? 1 : 0));
  const sheets = [
    ...ranking.ranked.map((r) => rankedSheet(lot.lotId, r, n, tranches)),
    ...excluded.map((e) => excludedSheet(lot.lotId, e.bid, e.exclusions, n)),
  ];
  return { lotId: lot.lotId, ranking, tranches, sheets };
}

/** The award of a whole tender: every lot under the same rules and lottery seed. */
export function awardTender(
  lots: readonly { readonly lot: AwardLot; readonly bids: readonly Bid[] }[],
  rules: EvaluationRules,
  lotterySeed: string,
): LotAward[] {
  return lots.map(({ lot, bids }) => awardLot(lot, bids, rules, lotterySeed));
}
