import { MARKET_CALIBRATION as C } from './calibration.js';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('market calibration (SPEC §9, seed 003)', () => {
  it('keeps the outcome shares of each service summing to 100', () => {
    expect(sum(C.outcomes.WERKFIT)).toBe(100);
    expect(sum(C.outcomes.NAAR_WERK)).toBe(100);
  });

  it('keeps the benefit mix of each service summing to 100 (within rounding)', () => {
    const { WERKFIT, NAAR_WERK } = C.benefitMix;
    expect(Math.abs(sum(WERKFIT) - 100)).toBeLessThan(0.2);
    expect(Math.abs(sum(NAAR_WERK) - 100)).toBeLessThan(0.2);
  });

  it('respects the framework caps of FW-1 in its planned hours (WF 40, NW 25)', () => {
    expect(Math.max(...Object.values(C.plannedHoursAverage.WERKFIT))).toBeLessThanOrEqual(40);
    expect(Math.max(...Object.values(C.plannedHoursAverage.NAAR_WERK))).toBeLessThanOrEqual(25);
  });
});
