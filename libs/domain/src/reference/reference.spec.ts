import { BARRIERS, CODE_LISTS, REGIONS, TARGET_GROUPS } from '../index.js';

describe('reference data (SPEC §2)', () => {
  it('has 53 target groups: 24 WW and 29 AG, with unique codes', () => {
    expect(TARGET_GROUPS).toHaveLength(53);
    expect(TARGET_GROUPS.filter((t) => t.population === 'WW')).toHaveLength(24);
    expect(TARGET_GROUPS.filter((t) => t.population === 'AG')).toHaveLength(29);
    expect(new Set(TARGET_GROUPS.map((t) => t.code)).size).toBe(53);
  });

  it('has the 35 labour-market regions with unique codes and names', () => {
    expect(REGIONS).toHaveLength(35);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(35);
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(35);
  });

  it('gives every code list unique codes and both labels', () => {
    for (const list of CODE_LISTS) {
      expect(new Set(list.entries.map((e) => e.code)).size).toBe(list.entries.length);
      expect(list.entries.every((e) => e.nameNl.length > 0 && e.nameEn.length > 0)).toBe(true);
    }
  });

  it('has the 30 barriers of seed 003 §5.1 with their frequencies in 0–100', () => {
    expect(BARRIERS).toHaveLength(30);
    expect(new Set(BARRIERS.map((b) => b.code)).size).toBe(30);
    const cells = BARRIERS.flatMap((b) => Object.values(b.percent).flatMap((row) => Object.values(row)));
    expect(cells.filter((v) => v !== null).every((v) => v! >= 0 && v! <= 100)).toBe(true);
    expect(BARRIERS.find((b) => b.code === 'BAR-27')).toMatchObject({ nameEn: 'Stress sensitivity', percent: { WERKFIT: { WGA: 35 } } });
    expect(CODE_LISTS.find((l) => l.id === 'barriers')?.entries).toHaveLength(30);
  });
});
