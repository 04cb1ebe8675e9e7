/**
 * An exact non-negative rational number. Scores are kept as fractions so that ranking and tie detection never
 * depend on floating-point rounding; they become numbers only for presentation.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

export const FRACTION_ZERO: Fraction = Object.freeze({ num: 0n, den: 1n });

function numberGcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}

/** Safe integers are reduced to lowest terms first, which keeps later sums small. */
export function fraction(num: number | bigint, den: number | bigint = 1): Fraction {
  if (den <= 0) throw new RangeError('a fraction needs a positive denominator');
  if (typeof num === 'number' && typeof den === 'number') {
    if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) throw new RangeError('a fraction needs whole numbers');
    const g = numberGcd(num, den) || 1;
    return { num: BigInt(num / g), den: BigInt(den / g) };
  }
  return { num: BigInt(num), den: BigInt(den) };
}

/** Not reduced: comparisons cross-multiply, so reducing would only cost time. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function fractionToNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** Lowest terms as "num/den", for a record that can be checked exactly later. */
export function formatFraction(f: Fraction): string {
  const g = gcd(f.num, f.den) || 1n;
  return `${f.num / g}/${f.den / g}`;
}
