import fc from 'fast-check';
import { MIN_REPORTABLE_N, wilsonInterval } from './wilson.js';

const countAndN = fc.integer({ min: 1, max: 1_000_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('Wilson interval (SPEC SC-3)', () => {
  it('SC-3: matches known 95% intervals', () => {
    const none = wilsonInterval(0, 10);
    expect(none).toMatchObject({ rate: 0, low: 0 });
    expect(none.high).toBeCloseTo(0.277533, 6);
    const all = wilsonInterval(10, 10);
    expect(all).toMatchObject({ rate: 1, high: 1 });
    expect(all.low).toBeCloseTo(0.722467, 6);
    const some = wilsonInterval(45, 100);
    expect(some.rate).toBe(0.45);
    expect(some.low).toBeCloseTo(0.356145, 6);
    expect(some.high).toBeCloseTo(0.547554, 6);
  });

  it('SC-3: n = 0 has no rate, no interval and is not reportable', () => {
    expect(wilsonInterval(0, 0)).toEqual({ successes: 0, n: 0, rate: null, low: null, high: null, reportable: false });
  });

  it('SC-3: below n = 10 a figure is not reportable, from n = 10 it is', () => {
    expect(MIN_REPORTABLE_N).toBe(10);
    expect(wilsonInterval(5, 9).reportable).toBe(false);
    expect(wilsonInterval(5, 10).reportable).toBe(true);
  });

  it('SC-3: a smaller z gives a narrower interval', () => {
    const ninetyFive = wilsonInterval(30, 60);
    const ninety = wilsonInterval(30, 60, 1.6448536269514722);
    expect(ninety.low!).toBeGreaterThan(ninetyFive.low!);
    expect(ninety.high!).toBeLessThan(ninetyFive.high!);
  });

  it('rejects counts that are not integers with 0 ≤ successes ≤ n, and a non-positive z', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 0)).toThrow(RangeError);
  });

  it('SC-3: 0 ≤ low ≤ rate ≤ high ≤ 1 for every count', () => {
    fc.assert(
      fc.property(countAndN, ([s, n]) => {
        const { low, rate, high } = wilsonInterval(s, n);
        return 0 <= low! && low! <= rate! && rate! <= high! && high! <= 1;
      }),
    );
  });

  it('SC-3: the interval is symmetric under swapping successes and failures', () => {
    fc.assert(
      fc.property(countAndN, ([s, n]) => {
        const a = wilsonInterval(s, n);
        const b = wilsonInterval(n - s, n);
        expect(a.low!).toBeCloseTo(1 - b.high!, 12);
        expect(a.high!).toBeCloseTo(1 - b.low!, 12);
      }),
    );
  });

  it('SC-3: the same rate on more cases gives a narrower interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 50 }), (n, s0, k) => {
        const s = Math.min(s0, n);
        const small = wilsonInterval(s, n);
        const large = wilsonInterval(k * s, k * n);
        return large.high! - large.low! < small.high! - small.low!;
      }),
    );
  });
});
