import { MARKET_CALIBRATION as C } from './calibration.js';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('market calibration (SPEC §9, seed 003)', () => {
  it('keeps the outcome shares of each service summing to 100', () => {
    expect(sum(C.outcomes.WERKFIT)).toBe(100);
    expect(sum(C.outcomes.NAAR_WERK)).toBe(100);
    expect(sum(C.outcomes.IRO)).toBe(100);
  });

  it('gives every work-status curve a plateau beyond month 12, so a monthly chain runs through all three', () => {
    for (const service of [C.workingAfterEnd.WERKFIT, C.workingAfterEnd.NAAR_WERK]) {
      for (const { month1, month12, plateau } of Object.values(service)) {
        const ratio = (month12 - plateau) / (month1 - plateau);
        expect(ratio).toBeGreaterThan(0);
        expect(ratio).toBeLessThan(1);
      }
    }
  });

  it('keeps the age groups and client distances as weights over five groups', () => {
    for (const table of [C.ageGroups.WERKFIT, C.ageGroups.NAAR_WERK]) for (const row of Object.values(table)) expect(row).toHaveLength(5);
    expect(C.distanceToLabourMarket.WERKFIT).toHaveLength(5);
    expect(C.distanceToLabourMarket.NAAR_WERK.reduce((a, b) => a + b, 0)).toBe(100);
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
