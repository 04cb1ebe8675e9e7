import { generateSyntheticBids } from './bids.js';

describe('synthetic bids (TD-10)', () => {
  it('TD-10: are deterministic and within the lot limits', () => {
    const limits = { maxPriceCents: 400_000, maxDurationDays: 300 };
    const bids = generateSyntheticBids(7, 'lot-1', limits, 20);
    expect(generateSyntheticBids(7, 'lot-1', limits, 20)).toEqual(bids);
    expect(new Set(bids.map((b) => b.bidId)).size).toBe(20);
    for (const b of bids) {
      expect(b.priceCents).toBeLessThanOrEqual(400_000);
      expect(b.priceCents).toBeGreaterThanOrEqual(200_000);
      expect(b.promised.durationDays).toBeLessThanOrEqual(300);
      expect(b.qualitative.REGIONAL_FIT.evaluatorScores.every((s) => s >= 0 && s <= 10)).toBe(true);
    }
  });
});
