import { BASIS_POINTS, type TenderFieldError } from './criteria.js';

export type ProcurementTrack = 'REGULAR' | 'VRIJE_RUIMTE';

/** What the free space is for, seed 000 §2.6 (L1203–L1206). */
export const VRIJE_RUIMTE_PURPOSES = ['INNOVATION', 'UNKNOWN_REGION', 'JOINT_MUNICIPAL_PROJECT'] as const;
export type VrijeRuimtePurpose = (typeof VRIJE_RUIMTE_PURPOSES)[number];

export interface TrackedLot {
  readonly lotId: string;
  readonly track: ProcurementTrack;
  /** Expected number of clients (TD-1). */
  readonly expectedVolume: number;
  /** Required on the free-space track. */
  readonly purpose?: VrijeRuimtePurpose;
}

/** "De vrije ruimte bedraagt in 2002 20%", seed 000 §2.6 (L1206); configurable per tender (TD-2). */
export const DEFAULT_VRIJE_RUIMTE_CAP_BP = 2_000;

export interface VrijeRuimteUsage {
  readonly totalVolume: number;
  readonly freeVolume: number;
  readonly capBp: number;
  /** Exact: free × 10000 ≤ cap × total. */
  readonly withinCap: boolean;
}

export function vrijeRuimteUsage(lots: readonly TrackedLot[], capBp = DEFAULT_VRIJE_RUIMTE_CAP_BP): VrijeRuimteUsage {
  const totalVolume = lots.reduce((s, l) => s + l.expectedVolume, 0);
  const freeVolume = lots.filter((l) => l.track === 'VRIJE_RUIMTE').reduce((s, l) => s + l.expectedVolume, 0);
  return { totalVolume, freeVolume, capBp, withinCap: freeVolume * BASIS_POINTS <= capBp * totalVolume };
}

/** TD-2: lots on the free-space track hold at most `capBp` of the tender's expected volume; each names its purpose. */
export function validateVrijeRuimte(lots: readonly TrackedLot[], capBp = DEFAULT_VRIJE_RUIMTE_CAP_BP): TenderFieldError[] {
  const errors: TenderFieldError[] = [];
  if (!Number.isInteger(capBp) || capBp < 0 || capBp > BASIS_POINTS) {
    errors.push({ field: 'vrijeRuimteCapBp', message: 'must be a whole number of basis points from 0 to 10000' });
  }
  lots.forEach((lot, i) => {
    if (!Number.isSafeInteger(lot.expectedVolume) || lot.expectedVolume < 0) {
      errors.push({ field: `lots[${i}].expectedVolume`, message: 'must be a whole number of clients, at least 0' });
    }
    if (lot.track === 'VRIJE_RUIMTE' && (lot.purpose === undefined || !VRIJE_RUIMTE_PURPOSES.includes(lot.purpose))) {
      errors.push({ field: `lots[${i}].purpose`, message: `a free-space lot needs a purpose: ${VRIJE_RUIMTE_PURPOSES.join(', ')}` });
    }
  });
  if (errors.length > 0) return errors;
  const usage = vrijeRuimteUsage(lots, capBp);
  if (!usage.withinCap) {
    errors.push({
      field: 'lots',
      message: `free-space lots hold ${usage.freeVolume} of ${usage.totalVolume} expected clients, above the cap of ${capBp / 100}%`,
    });
  }
  return errors;
}
