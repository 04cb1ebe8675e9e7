import type { Bid, LotLimits } from '@rim/domain';
import { Rng } from './rng.js';

/**
 * Plausible bids for a lot (TD-10 synthetic bids): prices between half and all of the lot maximum, drop-out and
 * placement around the seed-003 outcome shares, durations within the lot maximum, panel scores of 4–9.
 */
export function generateSyntheticBids(seed: number, lotId: string, limits: LotLimits, count: number): Bid[] {
  const rng = new Rng(seed);
  const maxDuration = limits.maxDurationDays ?? 365;
  return Array.from({ length: count }, (_, i) => {
    const assessment = () => {
      const consensus = rng.int(4, 9);
      return { evaluatorScores: [consensus - rng.int(0, 1), consensus, consensus + rng.int(0, 1)].map((s) => Math.min(10, s)), consensus, rationale: 'synthetisch' };
    };
    return {
      bidId: `${lotId}-synthetic-${i + 1}`,
      bidderId: `synthetic-bidder-${i + 1}`,
      priceCents: rng.int(Math.ceil(limits.maxPriceCents / 2), limits.maxPriceCents),
      promised: { dropOutBp: rng.int(800, 2500), placementBp: rng.int(3000, 6000), durationDays: rng.int(Math.ceil(maxDuration / 3), maxDuration) },
      qualitative: { TARGET_GROUP_FIT: assessment(), REGIONAL_FIT: assessment() },
    };
  });
}
