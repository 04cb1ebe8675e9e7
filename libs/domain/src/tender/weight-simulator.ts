import { rankBids, type RankedBid } from './award.js';
import { AWARD_CRITERIA, validateWeights, type AwardCriterion, type CriterionWeights, type EvaluationRules, type TenderFieldError } from './criteria.js';
import { compareFractions } from './fraction.js';
import { evaluateLot, type Bid, type LotLimits } from './scoring.js';

export interface WeightScenario {
  readonly name: string;
  readonly weights: CriterionWeights;
}

export interface SimulationLot {
  readonly lot: LotLimits & { readonly lotId: string };
  /** Historical or synthetic bids. */
  readonly bids: readonly Bid[];
}

export interface LotOutcome {
  readonly lotId: string;
  /** Bid ids, best first. */
  readonly ranking: readonly string[];
  readonly winnerChanged: boolean;
  readonly rankingChanged: boolean;
  readonly decisiveCriteria: readonly AwardCriterion[];
}

export interface ScenarioSummary {
  /** Lots with at least two ranked bids: the only ones where weights can matter. */
  readonly lotsCompared: number;
  readonly winnersChanged: number;
  readonly rankingsChanged: number;
  /** Lots whose ranking one criterion alone decides. */
  readonly decidedByOneCriterion: number;
  readonly decidedBy: Readonly<Record<AwardCriterion, number>>;
}

export interface ScenarioOutcome {
  readonly name: string;
  readonly weights: CriterionWeights;
  readonly lots: readonly LotOutcome[];
  readonly summary: ScenarioSummary;
}

export interface WeightSimulation {
  readonly base: ScenarioOutcome;
  readonly alternatives: readonly ScenarioOutcome[];
}

/**
 * TD-10: the criteria that alone decide a lot's ranking. A criterion decides alone when at least two bids are
 * ranked and every bid has strictly more points on it than the bid ranked just below: ordering by that criterion
 * by itself gives exactly the final ranking, so the other criteria change nothing (not even a tie-break).
 */
export function decisiveCriteria(ranked: readonly RankedBid[]): AwardCriterion[] {
  if (ranked.length < 2) return [];
  return AWARD_CRITERIA.filter((_, c) =>
    ranked.every((r, i) => i === 0 || compareFractions(ranked[i - 1]!.scored.criteria[c]!.points, r.scored.criteria[c]!.points) > 0),
  );
}

/** Scenario names must be unique and non-empty, weights as TD-7 requires. */
export function validateWeightScenarios(scenarios: readonly WeightScenario[]): TenderFieldError[] {
  const seen = new Set<string>();
  return scenarios.flatMap((scenario, i) => {
    const errors = validateWeights(scenario.weights, `scenarios[${i}].weights`);
    if (scenario.name.trim() === '') errors.push({ field: `scenarios[${i}].name`, message: 'is required' });
    else if (seen.has(scenario.name)) errors.push({ field: `scenarios[${i}].name`, message: 'is used twice' });
    seen.add(scenario.name);
    return errors;
  });
}

type Rankings = readonly { readonly lotId: string; readonly ranked: readonly RankedBid[] }[];

function rankAll(lots: readonly SimulationLot[], rules: EvaluationRules, lotterySeed: string): Rankings {
  return lots.map(({ lot, bids }) => ({ lotId: lot.lotId, ranked: rankBids(evaluateLot(bids, lot, rules).scored, lotterySeed, lot.lotId).ranked }));
}

function outcome(name: string, weights: CriterionWeights, rankings: Rankings, base: Rankings): ScenarioOutcome {
  const decidedBy = Object.fromEntries(AWARD_CRITERIA.map((c) => [c, 0])) as Record<AwardCriterion, number>;
  let lotsCompared = 0;
  let winnersChanged = 0;
  let rankingsChanged = 0;
  let decidedByOneCriterion = 0;
  const lots = rankings.map(({ lotId, ranked }, i): LotOutcome => {
    const ranking = ranked.map((r) => r.scored.bid.bidId);
    const baseRanking = base[i]!.ranked.map((r) => r.scored.bid.bidId);
    const winnerChanged = ranking[0] !== baseRanking[0];
    const rankingChanged = ranking.some((id, k) => id !== baseRanking[k]);
    const decisive = decisiveCriteria(ranked);
    if (ranked.length >= 2) lotsCompared++;
    if (winnerChanged) winnersChanged++;
    if (rankingChanged) rankingsChanged++;
    if (decisive.length > 0) decidedByOneCriterion++;
    for (const c of decisive) decidedBy[c]++;
    return { lotId, ranking, winnerChanged, rankingChanged, decisiveCriteria: decisive };
  });
  return { name, weights, lots, summary: { lotsCompared, winnersChanged, rankingsChanged, decidedByOneCriterion, decidedBy } };
}

/**
 * TD-10 weight simulator: ranks the same bids under the tender's rules and under each alternative set of weights
 * (everything else unchanged), and reports per lot whether the winner or the ranking moved and which criterion, if
 * any, decides alone. Knock-outs do not depend on weights, so every scenario ranks the same bids.
 */
export function simulateWeights(
  lots: readonly SimulationLot[],
  baseRules: EvaluationRules,
  scenarios: readonly WeightScenario[],
  lotterySeed: string,
): WeightSimulation {
  const base = rankAll(lots, baseRules, lotterySeed);
  return {
    base: outcome('base', baseRules.weights, base, base),
    alternatives: scenarios.map((s) => outcome(s.name, s.weights, rankAll(lots, { ...baseRules, weights: s.weights }, lotterySeed), base)),
  };
}
