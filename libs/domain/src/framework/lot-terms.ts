import { deepFreeze } from '../reference/code-list.js';

/** Benefit types a lot's maximum duration is set for (seed 003 §2.3); other types fall back to `otherMonths`. */
export interface MaxDuration {
  readonly byBenefitType: Readonly<Record<string, number>>;
  readonly otherMonths: number;
}

/** FW-1 caps of one lot: hours in a re-integration plan (normal and by exception) and the maximum duration. */
export interface LotCaps {
  readonly hoursNormal: number;
  readonly hoursException: number;
  readonly maxDurationMonths: MaxDuration;
}

/** FW-1 payment schedule in basis points of the plan price (hours × hourly rate). */
export interface PaymentSchedule {
  readonly atPurchaseOrderBp: number;
  readonly onSuccessBp: number;
  readonly onNoSuccessBp: number;
}

export interface LotTerms {
  readonly lot: string;
  readonly caps: LotCaps;
  readonly payment: PaymentSchedule;
}

export const DEFAULT_HOURLY_RATE_CENTS = 7_800;

/** The two lots of the Inkoopkader AG 2016–2020, seed 003 §2.2–2.3 (L1146–L1154, L2103–L2105, L3124, L3447–L3449). */
export const INKOOPKADER_AG_2016_LOTS: readonly LotTerms[] = deepFreeze([
  {
    lot: 'WERKFIT',
    caps: { hoursNormal: 40, hoursException: 60, maxDurationMonths: { byBenefitType: { WGA: 18, WAJONG: 18, ZW: 6 }, otherMonths: 18 } },
    payment: { atPurchaseOrderBp: 5_000, onSuccessBp: 5_000, onNoSuccessBp: 3_000 },
  },
  {
    lot: 'NAAR_WERK',
    caps: { hoursNormal: 25, hoursException: 40, maxDurationMonths: { byBenefitType: { WGA: 9, WAJONG: 9, ZW: 6 }, otherMonths: 9 } },
    payment: { atPurchaseOrderBp: 6_000, onSuccessBp: 4_000, onNoSuccessBp: 0 },
  },
]);

export function maxDurationFor(caps: LotCaps, benefitType: string): number {
  return caps.maxDurationMonths.byBenefitType[benefitType] ?? caps.maxDurationMonths.otherMonths;
}

/** Errors in lot terms an officer defines, as `{ field, message }` under `prefix`; empty when valid. */
export function validateLotTerms(terms: LotTerms, prefix = ''): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const { caps, payment } = terms;
  if (caps.hoursException < caps.hoursNormal) errors.push({ field: `${prefix}caps.hoursException`, message: 'must be at least the normal hours' });
  if (payment.atPurchaseOrderBp + payment.onSuccessBp > 10_000) {
    errors.push({ field: `${prefix}payment`, message: 'purchase-order and success payments together exceed 100%' });
  }
  if (payment.onNoSuccessBp > payment.onSuccessBp) errors.push({ field: `${prefix}payment.onNoSuccessBp`, message: 'must not exceed the success payment' });
  return errors;
}
