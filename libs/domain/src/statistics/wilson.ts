/** SC-3: below n = 10 a figure is not ranked or shown publicly. */
export const MIN_REPORTABLE_N = 10;

/** The standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface RateWithInterval {
  successes: number;
  n: number;
  rate: number | null;
  low: number | null;
  high: number | null;
  reportable: boolean;
}

/**
 * SC-3: a rate with its Wilson score interval. Computed in the form
 * (2s + z² ∓ z·√(z² + 4s(n − s)/n)) / (2(n + z²)), which avoids cancellation in p̂(1 − p̂); the bounds are exactly
 * 0 at s = 0 and exactly 1 at s = n. n = 0 has no rate and no interval.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): RateWithInterval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer in 0..n (${n}): ${successes}`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be positive: ${z}`);
  if (n === 0) return { successes, n, rate: null, low: null, high: null, reportable: false };

  const rate = successes / n;
  const z2 = z * z;
  const centre = 2 * successes + z2;
  const spread = z * Math.sqrt(z2 + (4 * successes * (n - successes)) / n);
  const denominator = 2 * (n + z2);
  const low = successes === 0 ? 0 : Math.min(rate, (centre - spread) / denominator);
  const high = successes === n ? 1 : Math.max(rate, (centre + spread) / denominator);
  return { successes, n, rate, low, high, reportable: n >= MIN_REPORTABLE_N };
}
