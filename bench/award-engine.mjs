/**
 * The award computation of SPEC §10: 1,855 lots (53 target groups × 35 regions) with 10 bids each, evaluated,
 * ranked and allocated to tranches in-process by the built domain lib (target ≤ 5 s). The 18,550 bids come from a
 * fixed seed, so every run scores the same input; only `awardTender` is timed.
 */
import { REGIONS, TARGET_GROUPS } from '../libs/domain/dist/index.js';
import { awardTender } from '../libs/domain/dist/tender/index.js';
import { Rng } from '../libs/market-sim/dist/index.js';

const SEED = 2002;
const PROVIDERS = 400;
const BIDS_PER_LOT = 10;
const RUNS = 3;

const RULES = {
  weights: { PRICE: 30, DROP_OUT: 15, PLACEMENT: 25, DURATION: 10, TARGET_GROUP_FIT: 10, REGIONAL_FIT: 10 },
  kpiSource: { mode: 'BLEND', promisedShareBp: 5_000 },
  knockOuts: { TARGET_GROUP_FIT: 4 },
  divergenceThreshold: 3,
};

function kpis(rng) {
  return { dropOutBp: rng.int(0, 30) * 100, placementBp: rng.int(15, 60) * 100, durationDays: rng.int(4, 18) * 30 };
}

/** Whole scores on a coarse grid, so some bids tie and the lottery runs as it would in a real tender. */
function assessment(rng) {
  const centre = rng.int(3, 9);
  const evaluatorScores = Array.from({ length: rng.int(2, 3) }, () => Math.min(10, Math.max(0, centre + rng.int(-2, 2))));
  return { evaluatorScores, consensus: centre, rationale: 'Consensus van het beoordelingspanel.' };
}

/** The tender's lots with their bids, the same for the same seed. */
export function generateAwardInput(seed = SEED) {
  const rng = new Rng(seed);
  const providers = Array.from({ length: PROVIDERS }, (_, i) => `RIB-${String(i + 1).padStart(4, '0')}`);
  return TARGET_GROUPS.flatMap((group) =>
    REGIONS.map((region) => {
      const lotId = `${group.code}/${region.code}`;
      const maxPriceCents = rng.int(40, 80) * 10_000;
      const tranches = Array.from({ length: rng.int(1, 3) }, (_, i) => ({ trancheId: `${lotId}/T${i + 1}`, region: region.code, minReferrals: rng.int(10, 40) }));
      const bids = rng.sample(providers, BIDS_PER_LOT).map((bidderId) => ({
        bidId: `${lotId}/${bidderId}`,
        bidderId,
        priceCents: Math.round((maxPriceCents * rng.int(50, 105)) / 100 / 10_000) * 10_000,
        promised: kpis(rng),
        ...(rng.next() < 0.8 ? { realised: kpis(rng) } : {}),
        qualitative: { TARGET_GROUP_FIT: assessment(rng), REGIONAL_FIT: assessment(rng) },
      }));
      return { lot: { lotId, maxPriceCents, maxDurationDays: 540, tranches }, bids };
    }),
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times `awardTender` over the generated tender `runs` times; the median and what was computed. */
export function measureAwardEngine({ runs = RUNS, seed = SEED } = {}) {
  const input = generateAwardInput(seed);
  const runsMs = [];
  let awards = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    awards = awardTender(input, RULES, `bench-${seed}`);
    runsMs.push(performance.now() - start);
  }
  return {
    medianMs: Number(median(runsMs).toFixed(1)),
    runsMs: runsMs.map((ms) => Number(ms.toFixed(1))),
    lots: input.length,
    bids: input.reduce((n, { bids }) => n + bids.length, 0),
    excluded: awards.reduce((n, a) => n + a.sheets.filter((s) => s.status === 'EXCLUDED').length, 0),
    lotteries: awards.reduce((n, a) => n + a.ranking.lotteries.length, 0),
    unawardedTranches: awards.reduce((n, a) => n + a.tranches.filter((t) => t.bidId === null).length, 0),
  };
}

export default {
  name: 'award-engine',
  async run(ctx) {
    const result = measureAwardEngine();
    ctx.figures.awardEngineMs = result.medianMs;
    ctx.figures[`award engine: lots × bids (excluded, lotteries)`] = `${result.lots} × ${BIDS_PER_LOT} = ${result.bids} (${result.excluded}, ${result.lotteries})`;
  },
};
