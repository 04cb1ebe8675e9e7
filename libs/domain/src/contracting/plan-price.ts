import { DEFAULT_HOURLY_RATE_CENTS } from '../framework/lot-terms.js';

function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole, non-negative number of cents: ${value}`);
}

/** IC-5: a framework plan costs its hours × the framework's fixed hourly rate (FW-1, €78 by default). */
export function planPriceCents(hours: number, hourlyRateCents: number = DEFAULT_HOURLY_RATE_CENTS): number {
  if (!Number.isInteger(hours) || hours < 0) throw new RangeError(`Hours must be a whole, non-negative number: ${hours}`);
  assertCents('hourlyRateCents', hourlyRateCents);
  const price = hours * hourlyRateCents;
  assertCents('price', price);
  return price;
}

export interface IroQuoteReview {
  readonly excessCents: number;
  /** IC-6: above the maximum the plan gets extended review and a second approver (seed 001, 001:177–178). */
  readonly needsSecondApprover: boolean;
}

/**
 * IC-5: an IRO quote against the IRO maximum amount. Every IRO shares one maximum in a no-cure-less-pay contract
 * (seed 001, 001:218–219); the source gives no figure, so the maximum is the caller's parameter.
 */
export function reviewIroQuote(quoteCents: number, iroMaximumCents: number): IroQuoteReview {
  assertCents('quoteCents', quoteCents);
  assertCents('iroMaximumCents', iroMaximumCents);
  const excessCents = Math.max(0, quoteCents - iroMaximumCents);
  return { excessCents, needsSecondApprover: excessCents > 0 };
}
