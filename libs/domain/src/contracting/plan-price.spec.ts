import fc from 'fast-check';
import { planPriceCents, reviewIroQuote } from './plan-price.js';

describe('plan price (IC-5, IC-6)', () => {
  it('IC-5: price is hours × the €78 framework rate in cents', () => {
    expect(planPriceCents(34)).toBe(265_200);
    expect(planPriceCents(25, 8_050)).toBe(201_250);
  });

  it('IC-5: the price is always a whole number of cents', () => {
    fc.assert(fc.property(fc.nat(1_000), fc.nat(100_000), (hours, rate) => Number.isSafeInteger(planPriceCents(hours, rate))));
  });

  it('IC-5: refuses fractional hours or rates', () => {
    expect(() => planPriceCents(1.5)).toThrow(RangeError);
    expect(() => planPriceCents(10, 78.5)).toThrow(RangeError);
  });

  it('IC-6: an IRO quote at the maximum needs no second approver, one cent above does', () => {
    expect(reviewIroQuote(500_000, 500_000)).toEqual({ excessCents: 0, needsSecondApprover: false });
    expect(reviewIroQuote(500_001, 500_000)).toEqual({ excessCents: 1, needsSecondApprover: true });
    expect(() => reviewIroQuote(-1, 500_000)).toThrow(RangeError);
  });
});
