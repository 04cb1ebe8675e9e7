import fc from 'fast-check';
import { BARRIERS, BENEFIT_TYPES } from '@rim/domain';
import { AGE_BANDS } from '@rim/domain';
import { drawBenefitType, drawClient, seedColumnOf, type SimClientFeatures } from './clients.js';
import { Rng } from './rng.js';

const draw = (seed: number, n: number, service: 'WERKFIT' | 'NAAR_WERK', benefitType: string): SimClientFeatures[] => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => drawClient(rng, service, benefitType));
};
const share = (clients: SimClientFeatures[], test: (c: SimClientFeatures) => boolean): number => (100 * clients.filter(test).length) / clients.length;

describe('market simulator: clients (SPEC §9, IC-1)', () => {
  it('draws each barrier at its seed 003 §5.1 frequency (±1.5 points)', () => {
    for (const [service, benefitType, column] of [['WERKFIT', 'WAJONG', 'WAJONG'], ['NAAR_WERK', 'ZW', 'ZW'], ['WERKFIT', 'WGA', 'WGA']] as const) {
      const clients = draw(1, 30_000, service, benefitType);
      for (const barrier of BARRIERS) {
        expect(Math.abs(share(clients, (c) => c.barriers.includes(barrier.code)) - (barrier.percent[service][column] ?? 0))).toBeLessThan(1.5);
      }
    }
  });

  it('never draws a barrier the source does not list for the service (BAR-14 in Naar werk)', () => {
    expect(draw(2, 5_000, 'NAAR_WERK', 'WAJONG').some((c) => c.barriers.includes('BAR-14'))).toBe(false);
  });

  it('spreads ages as seed 003 §4.3 A–B, with 25–26 a fifth of the 25–34 group', () => {
    expect(Math.abs(share(draw(3, 30_000, 'WERKFIT', 'WAJONG'), (c) => c.ageBand === '<27') - (100 * (27 + 0.2 * 58)) / 102.5)).toBeLessThan(1.5);
    expect(Math.abs(share(draw(4, 30_000, 'NAAR_WERK', 'ZW'), (c) => c.ageBand === '55+') - 22)).toBeLessThan(1.5);
    expect(draw(5, 5_000, 'NAAR_WERK', 'WAJONG').some((c) => c.ageBand === '55+')).toBe(false);
  });

  it('IC-1: gives every client a distance 1–5, an age band and even weekly hours, restricted with BAR-17 (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('WERKFIT' as const, 'NAAR_WERK' as const), fc.constantFrom('ZW', 'WGA', 'WAJONG', 'WAO', 'WAZ', 'WW'), (seed, service, benefitType) => {
        for (const c of draw(seed, 50, service, benefitType)) {
          expect(Number.isInteger(c.distanceToLabourMarket) && c.distanceToLabourMarket >= 1 && c.distanceToLabourMarket <= 5).toBe(true);
          expect(AGE_BANDS).toContain(c.ageBand);
          expect(c.hoursPerWeek % 2).toBe(0);
          expect(c.hoursPerWeek).toBeGreaterThanOrEqual(8);
          expect(c.hoursPerWeek).toBeLessThanOrEqual(c.barriers.includes('BAR-17') ? 24 : 40);
        }
      }),
    );
  });

  it('puts clients with many barriers further from the labour market', () => {
    const clients = draw(6, 20_000, 'WERKFIT', 'WAJONG');
    const mean = (list: SimClientFeatures[]) => list.reduce((s, c) => s + c.distanceToLabourMarket, 0) / list.length;
    expect(mean(clients.filter((c) => c.barriers.length >= 5)) - mean(clients.filter((c) => c.barriers.length <= 1))).toBeGreaterThan(1);
  });

  it('draws benefit types from the calibrated mix: WW for IROs, WAO or WAZ for "other"', () => {
    const rng = new Rng(7);
    const codes = new Set(BENEFIT_TYPES.map((b) => b.code));
    const werkfit = Array.from({ length: 20_000 }, () => drawBenefitType(rng, 'WERKFIT'));
    expect(werkfit.every((code) => codes.has(code) && code !== 'WW')).toBe(true);
    expect(werkfit.filter((code) => code === 'WAO' || code === 'WAZ').length).toBeGreaterThan(100);
    expect(Array.from({ length: 100 }, () => drawBenefitType(rng, 'IRO')).every((code) => code === 'WW')).toBe(true);
  });

  it('refuses a benefit type it has no profile for', () => {
    expect(() => seedColumnOf('WIA')).toThrow(RangeError);
    expect(seedColumnOf('WW')).toBe('ZW');
  });
});
