import { isValidKvkNumber, REGIONS } from '@rim/domain';
import { generateProviders } from './providers.js';

describe('market simulator: providers (SPEC §9)', () => {
  const providers = generateProviders({ seed: 2026, count: 2500 });

  it('is deterministic from its seed', () => {
    expect(generateProviders({ seed: 2026, count: 50 })).toEqual(providers.slice(0, 50));
    expect(generateProviders({ seed: 7, count: 50 })).not.toEqual(providers.slice(0, 50));
  });

  it('gives 2,500 providers unique valid KvK numbers and unique names', () => {
    expect(providers).toHaveLength(2500);
    expect(providers.every((p) => isValidKvkNumber(p.kvkNumber))).toBe(true);
    expect(new Set(providers.map((p) => p.kvkNumber)).size).toBe(2500);
    expect(new Set(providers.map((p) => p.name)).size).toBe(2500);
  });

  it('has a heavy-tailed size distribution: a few national providers, a small median', () => {
    const employees = providers.map((p) => p.employees).sort((a, b) => a - b);
    expect(employees[1250]).toBeLessThanOrEqual(3);
    const national = providers.filter((p) => p.sizeClass === 'NATIONAL');
    expect(national.length).toBeGreaterThan(3);
    expect(national.length).toBeLessThan(50);
    const total = employees.reduce((a, b) => a + b, 0);
    const top1 = employees.slice(-25).reduce((a, b) => a + b, 0);
    expect(top1 / total).toBeGreaterThan(0.25);
  });

  it('serves every region', () => {
    const served = new Set(providers.flatMap((p) => p.regionsServed));
    expect(REGIONS.every((r) => served.has(r.code))).toBe(true);
  });
});
