import { INKOOPKADER_AG_2016_LOTS, LotTerms, maxDurationFor, validateLotTerms } from './lot-terms.js';

const lot = (code: string): LotTerms => INKOOPKADER_AG_2016_LOTS.find((l) => l.lot === code)!;

describe('framework lot terms (FW-1)', () => {
  it('FW-1: Werkfit caps are 40 hours, 60 by exception, 18 months for WGA/Wajong and 6 for ZW', () => {
    const { caps } = lot('WERKFIT');
    expect([caps.hoursNormal, caps.hoursException]).toEqual([40, 60]);
    expect(['WGA', 'WAJONG', 'ZW'].map((b) => maxDurationFor(caps, b))).toEqual([18, 18, 6]);
  });

  it('FW-1: Naar werk caps are 25 hours, 40 by exception, 9 months for WGA/Wajong and 6 for ZW', () => {
    const { caps } = lot('NAAR_WERK');
    expect([caps.hoursNormal, caps.hoursException]).toEqual([25, 40]);
    expect(['WGA', 'WAJONG', 'ZW'].map((b) => maxDurationFor(caps, b))).toEqual([9, 9, 6]);
  });

  it('FW-1: a benefit type without its own maximum falls back to the lot default', () => {
    expect(maxDurationFor(lot('WERKFIT').caps, 'WAO')).toBe(18);
    expect(maxDurationFor(lot('NAAR_WERK').caps, 'WAZ')).toBe(9);
  });

  it('FW-1: pays WF 50% + 50% / 30% and NW 60% + 40% / 0%, in basis points', () => {
    expect(lot('WERKFIT').payment).toEqual({ atPurchaseOrderBp: 5_000, onSuccessBp: 5_000, onNoSuccessBp: 3_000 });
    expect(lot('NAAR_WERK').payment).toEqual({ atPurchaseOrderBp: 6_000, onSuccessBp: 4_000, onNoSuccessBp: 0 });
  });

  it('FW-1: the shipped lots are valid and frozen', () => {
    for (const terms of INKOOPKADER_AG_2016_LOTS) expect(validateLotTerms(terms)).toEqual([]);
    expect(Object.isFrozen(lot('WERKFIT').caps.maxDurationMonths.byBenefitType)).toBe(true);
  });

  it('FW-1: refuses exception hours below normal, schedules above 100% and a no-success payment above success', () => {
    const base = lot('WERKFIT');
    const errors = validateLotTerms(
      { ...base, caps: { ...base.caps, hoursException: 39 }, payment: { atPurchaseOrderBp: 6_000, onSuccessBp: 4_001, onNoSuccessBp: 4_002 } },
      'lots[0].',
    );
    expect(errors.map((e) => e.field)).toEqual(['lots[0].caps.hoursException', 'lots[0].payment', 'lots[0].payment.onNoSuccessBp']);
    expect(validateLotTerms({ ...base, payment: { atPurchaseOrderBp: 6_000, onSuccessBp: 4_000, onNoSuccessBp: 0 } })).toEqual([]);
  });
});
