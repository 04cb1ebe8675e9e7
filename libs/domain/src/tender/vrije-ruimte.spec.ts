import fc from 'fast-check';
import { validateVrijeRuimte, vrijeRuimteUsage, type TrackedLot } from './vrije-ruimte.js';

const regular = (lotId: string, expectedVolume: number): TrackedLot => ({ lotId, track: 'REGULAR', expectedVolume });
const free = (lotId: string, expectedVolume: number): TrackedLot => ({ lotId, track: 'VRIJE_RUIMTE', expectedVolume, purpose: 'INNOVATION' });

describe('TD-2 vrije ruimte', () => {
  it('TD-2: exactly 20% of the expected volume on the free-space track is allowed', () => {
    expect(validateVrijeRuimte([regular('R', 800), free('F', 200)])).toEqual([]);
    expect(vrijeRuimteUsage([regular('R', 800), free('F', 200)])).toEqual({ totalVolume: 1000, freeVolume: 200, capBp: 2000, withinCap: true });
  });

  it('TD-2: one client above 20% is a validation error', () => {
    expect(validateVrijeRuimte([regular('R', 799), free('F', 200)])).toEqual([
      { field: 'lots', message: 'free-space lots hold 200 of 999 expected clients, above the cap of 20%' },
    ]);
  });

  it('TD-2: the cap is configurable per tender and validated', () => {
    expect(validateVrijeRuimte([regular('R', 700), free('F', 300)], 3_000)).toEqual([]);
    expect(validateVrijeRuimte([regular('R', 700), free('F', 300)], 2_999)).toHaveLength(1);
    expect(validateVrijeRuimte([], 10_001)).toEqual([{ field: 'vrijeRuimteCapBp', message: 'must be a whole number of basis points from 0 to 10000' }]);
  });

  it('TD-2: a free-space lot names its purpose; volumes are whole clients', () => {
    const errors = validateVrijeRuimte([{ lotId: 'F', track: 'VRIJE_RUIMTE', expectedVolume: 1.5 }]);
    expect(errors.map((e) => e.field)).toEqual(['lots[0].expectedVolume', 'lots[0].purpose']);
  });

  it('TD-2: a tender without volume or without free-space lots is within the cap', () => {
    expect(validateVrijeRuimte([])).toEqual([]);
    expect(validateVrijeRuimte([regular('R', 0), free('F', 0)])).toEqual([]);
    expect(validateVrijeRuimte([free('F', 1)])).toHaveLength(1);
  });

  it('TD-2: property: valid exactly when free volume ≤ cap × total, and adding regular volume never breaks it', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (r, f, extra, capBp) => {
        const lots = [regular('R', r), free('F', f)];
        const valid = validateVrijeRuimte(lots, capBp).length === 0;
        expect(valid).toBe(f * 10_000 <= capBp * (r + f));
        if (valid) expect(validateVrijeRuimte([...lots, regular('X', extra)], capBp)).toEqual([]);
      }),
    );
  });
});
