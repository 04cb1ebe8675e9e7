import fc from 'fast-check';
import { addFractions, compareFractions, formatFraction, fraction, fractionToNumber } from './fraction.js';

describe('exact fractions behind TD-7/TD-8 scores', () => {
  it('TD-8: compares exactly where floating point does not', () => {
    const sum = addFractions(fraction(1, 10), fraction(2, 10));
    expect(compareFractions(sum, fraction(3, 10))).toBe(0);
    expect(compareFractions(fraction(1, 3), fraction(333_333, 1_000_000))).toBe(1);
    expect(formatFraction(addFractions(fraction(1, 6), fraction(1, 3)))).toBe('1/2');
  });

  it('TD-7: refuses a zero or negative denominator and non-integers', () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(1, -2)).toThrow(RangeError);
    expect(() => fraction(0.5, 2)).toThrow(RangeError);
  });

  it('TD-7: property: addition and comparison agree with exact integer arithmetic', () => {
    const fr = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }));
    fc.assert(
      fc.property(fr, fr, fr, ([a, b], [c, d], [e, f]) => {
        const sum = addFractions(fraction(a, b), fraction(c, d));
        expect(compareFractions(sum, fraction(a * d + c * b, b * d))).toBe(0);
        expect(Math.sign(compareFractions(fraction(a, b), fraction(e, f)))).toBe(Math.sign(a * f - e * b));
        expect(fractionToNumber(sum)).toBeCloseTo(a / b + c / d, 9);
      }),
    );
  });
});
