import fc from 'fast-check';
import { INKOOPKADER_AG_2016_LOTS, PaymentSchedule } from '../framework/lot-terms.js';
import { EndReasonCode } from '../reference/end-reasons.js';
import {
  checkResultFinancing,
  FrameworkTrajectoryFacts,
  LedgerEntry,
  ResultFinancedTrajectoryFacts,
  settle,
  shareOfPrice,
  UWV_RESULT_PAYMENT_RULES,
} from './payments.js';
import { ContractType } from './placement.js';
import { isSuccessfulEnd } from './end-reasons.js';

const schedule = (lot: string) => INKOOPKADER_AG_2016_LOTS.find((l) => l.lot === lot)!.payment;
const none: ReadonlySet<string> = new Set();

function framework(lot: string, plannedHours: number, over: Partial<FrameworkTrajectoryFacts> = {}): FrameworkTrajectoryFacts {
  return { trajectoryId: 'T1', financing: { model: 'FRAMEWORK', schedule: schedule(lot), plannedHours, hourlyRateCents: 7_800 }, ...over };
}

const approved = (endReason: EndReasonCode) => ({ on: '2024-09-10', success: isSuccessfulEnd(endReason) });
const amounts = (entries: LedgerEntry[]) => entries.map((e) => [e.key, e.amountCents]);

describe('settlement (IC-10)', () => {
  describe('framework lots (FW-1): on the planned hours, no cure less pay', () => {
    it('IC-10: Werkfit pays 50% at the purchase order and 50% on success: €1,326 + €1,326 for 34 hours', () => {
      const facts = framework('WERKFIT', 34, { purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved('RESULT_ACHIEVED') });
      expect(settle(facts, none)).toEqual([
        { key: 'T1:PURCHASE_ORDER', trajectoryId: 'T1', kind: 'PURCHASE_ORDER', amountCents: 132_600, dueOn: '2024-01-10' },
        { key: 'T1:COMPLETION', trajectoryId: 'T1', kind: 'COMPLETION', amountCents: 132_600, dueOn: '2024-09-10' },
      ]);
    });

    it('IC-10: Werkfit without success pays 30% more; every unsuccessful end counts as no success', () => {
      for (const reason of ['MAX_DURATION', 'EARLY_RETURN', 'RETURNED_AFTER_EVALUATION'] as const) {
        const facts = framework('WERKFIT', 34, { purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved(reason) });
        expect(amounts(settle(facts, none))).toEqual([
          ['T1:PURCHASE_ORDER', 132_600],
          ['T1:COMPLETION', 79_560],
        ]);
      }
    });

    it('IC-10: Naar werk pays 60% + 40% on a placement and nothing more without one', () => {
      const placed = framework('NAAR_WERK', 24, { purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved('PLACEMENT') });
      expect(amounts(settle(placed, none))).toEqual([
        ['T1:PURCHASE_ORDER', 112_320],
        ['T1:COMPLETION', 74_880],
      ]);
      const notPlaced = framework('NAAR_WERK', 24, { purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved('MAX_DURATION') });
      expect(amounts(settle(notPlaced, none))).toEqual([['T1:PURCHASE_ORDER', 112_320]]);
    });

    it('IC-10: nothing is due before the purchase order, and no completion before the end report is approved', () => {
      expect(settle(framework('WERKFIT', 34), none)).toEqual([]);
      expect(amounts(settle(framework('WERKFIT', 34, { purchaseOrderIssuedOn: '2024-01-10' }), none))).toEqual([['T1:PURCHASE_ORDER', 132_600]]);
    });

    it('IC-10: each entry rounds half up and the completion is capped so the parts never exceed the price', () => {
      expect(shareOfPrice(5, 5_000)).toBe(3);
      expect(shareOfPrice(7_801, 3_000)).toBe(2_340);
      const odd = { ...framework('WERKFIT', 1), financing: { ...framework('WERKFIT', 1).financing, hourlyRateCents: 7_801 } };
      const success = { ...odd, purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved('RESULT_ACHIEVED') };
      expect(amounts(settle(success, none))).toEqual([
        ['T1:PURCHASE_ORDER', 3_901],
        ['T1:COMPLETION', 3_900],
      ]);
    });

    it('IC-10: settling again pays nothing twice, even when the judgement changes after payment', () => {
      const noSuccess = framework('WERKFIT', 34, { purchaseOrderIssuedOn: '2024-01-10', endReportApproved: approved('MAX_DURATION') });
      const paid = new Set(settle(noSuccess, none).map((e) => e.key));
      expect(settle(noSuccess, paid)).toEqual([]);
      expect(settle({ ...noSuccess, endReportApproved: approved('RESULT_ACHIEVED') }, paid)).toEqual([]);
    });
  });

  describe('IRO and tender contracts (BR-01 … BR-04)', () => {
    function iro(contract: ContractType | undefined, asOf: string, end?: string): ResultFinancedTrajectoryFacts {
      return {
        trajectoryId: 'R1',
        financing: { model: 'RESULT_FINANCED', fixedPartCents: 100_000, resultPartCents: 250_000, placementBonusCents: 50_000, rules: UWV_RESULT_PAYMENT_RULES },
        startedOn: '2023-11-01',
        placement: contract && { start: '2024-01-15', contract, end },
        asOf,
      };
    }
    const kinds = (facts: ResultFinancedTrajectoryFacts) => settle(facts, none).map((e) => `${e.kind}@${e.dueOn}`);
    const sixMonths: ContractType = { type: 'FIXED_TERM', months: 6 };

    it('IC-10: the fixed part is due at the start', () => {
      expect(amounts(settle(iro(undefined, '2023-11-01'), none))).toEqual([['R1:FIXED', 100_000]]);
    });

    it('IC-10: the result part is due once the client has worked 2 months on a 6-month contract (BR-02, BR-03)', () => {
      expect(kinds(iro(sixMonths, '2024-03-14'))).toEqual(['FIXED@2023-11-01']);
      expect(kinds(iro(sixMonths, '2024-03-15'))).toEqual(['FIXED@2023-11-01', 'RESULT@2024-03-15']);
      expect(kinds(iro(sixMonths, '2024-06-01', '2024-03-14'))).toEqual(['FIXED@2023-11-01', 'RESULT@2024-03-15']);
    });

    it('IC-10: no result part when the work ended before 2 months or the contract is shorter than 6 months', () => {
      expect(kinds(iro(sixMonths, '2024-06-01', '2024-03-01'))).toEqual(['FIXED@2023-11-01']);
      expect(kinds(iro(sixMonths, '2024-06-01', '2024-03-13'))).toEqual(['FIXED@2023-11-01']);
      expect(kinds(iro({ type: 'FIXED_TERM', months: 5 }, '2024-06-01'))).toEqual(['FIXED@2023-11-01']);
      expect(kinds(iro({ type: 'SELF_EMPLOYED' }, '2024-06-01'))).toEqual(['FIXED@2023-11-01']);
    });

    it('IC-10: a bonus comes with the result when the first contract is 12 months or indefinite (BR-04)', () => {
      const all = ['FIXED@2023-11-01', 'RESULT@2024-03-15', 'BONUS@2024-03-15'];
      expect(kinds(iro({ type: 'FIXED_TERM', months: 12 }, '2024-04-01'))).toEqual(all);
      expect(kinds(iro({ type: 'INDEFINITE' }, '2024-04-01'))).toEqual(all);
      expect(kinds(iro({ type: 'FIXED_TERM', months: 11 }, '2024-04-01'))).toEqual(all.slice(0, 2));
      expect(amounts(settle(iro({ type: 'INDEFINITE' }, '2024-04-01'), new Set(['R1:FIXED'])))).toEqual([
        ['R1:RESULT', 250_000],
        ['R1:BONUS', 50_000],
      ]);
    });

    it('IC-10: a result-financed contract needs a result part and whole, non-negative amounts (BR-01)', () => {
      const financing = iro(undefined, '2024-01-01').financing;
      expect(checkResultFinancing(financing)).toEqual([]);
      expect(checkResultFinancing({ ...financing, resultPartCents: 0 }).map((v) => v.code)).toEqual(['RESULT_PART_REQUIRED']);
      expect(checkResultFinancing({ ...financing, fixedPartCents: -1, placementBonusCents: 0.5 }).map((v) => v.field)).toEqual([
        'fixedPartCents',
        'placementBonusCents',
      ]);
    });
  });

  describe('properties', () => {
    const scheduleArb: fc.Arbitrary<PaymentSchedule> = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
      .map(([po, success, noSuccess]) => {
        const onSuccessBp = Math.min(success, 10_000 - po);
        return { atPurchaseOrderBp: po, onSuccessBp, onNoSuccessBp: Math.min(noSuccess, onSuccessBp) };
      });
    const reasonArb = fc.constantFrom<EndReasonCode>('RESULT_ACHIEVED', 'PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN', 'RETURNED_AFTER_EVALUATION');

    /** Settles each snapshot in turn with the keys paid so far, as a scheduled job would. */
    function run(snapshots: FrameworkTrajectoryFacts[]): LedgerEntry[] {
      const ledger: LedgerEntry[] = [];
      for (const facts of snapshots) ledger.push(...settle(facts, new Set(ledger.map((e) => e.key))));
      return ledger;
    }

    it('IC-10: however often facts are settled, and even if the end report is re-judged, no key is paid twice and the price is never exceeded', () => {
      fc.assert(
        fc.property(scheduleArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 50_000 }), fc.array(reasonArb, { maxLength: 4 }), fc.nat(3), (sched, hours, rate, reasons, repeats) => {
          const base: FrameworkTrajectoryFacts = { trajectoryId: 'T', financing: { model: 'FRAMEWORK', schedule: sched, plannedHours: hours, hourlyRateCents: rate } };
          const ordered = [base, { ...base, purchaseOrderIssuedOn: '2024-01-01' }, ...reasons.map((r) => ({ ...base, purchaseOrderIssuedOn: '2024-01-01', endReportApproved: approved(r) }))];
          const ledger = run(ordered.flatMap((f) => Array<FrameworkTrajectoryFacts>(repeats + 1).fill(f)));
          const keys = ledger.map((e) => e.key);
          const total = ledger.reduce((sum, e) => sum + e.amountCents, 0);
          return (
            new Set(keys).size === keys.length &&
            ledger.every((e) => Number.isSafeInteger(e.amountCents) && e.amountCents > 0) &&
            total <= hours * rate &&
            settle(ordered[ordered.length - 1], new Set(keys)).length === 0
          );
        }),
      );
    });

    it('IC-10: a full schedule pays exactly the price on success', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 50_000 }), (po, hours, rate) => {
          const sched = { atPurchaseOrderBp: po, onSuccessBp: 10_000 - po, onNoSuccessBp: 0 };
          const facts: FrameworkTrajectoryFacts = {
            trajectoryId: 'T',
            financing: { model: 'FRAMEWORK', schedule: sched, plannedHours: hours, hourlyRateCents: rate },
            purchaseOrderIssuedOn: '2024-01-01',
            endReportApproved: approved('PLACEMENT'),
          };
          return settle(facts, none).reduce((sum, e) => sum + e.amountCents, 0) === hours * rate;
        }),
      );
    });

    it('IC-10: result-financed settlements over growing facts pay each part at most once', () => {
      const contractArb = fc.oneof(
        fc.record({ type: fc.constant('FIXED_TERM' as const), months: fc.integer({ min: 1, max: 24 }) }),
        fc.constant({ type: 'INDEFINITE' as const }),
        fc.constant({ type: 'SELF_EMPLOYED' as const }),
      );
      fc.assert(
        fc.property(contractArb, fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 6 }), (contract, days) => {
          const ledger: LedgerEntry[] = [];
          for (const offset of days.sort((a, b) => a - b)) {
            const asOf = new Date(Date.UTC(2024, 0, 15 + offset)).toISOString().slice(0, 10);
            const facts: ResultFinancedTrajectoryFacts = {
              trajectoryId: 'R',
              financing: { model: 'RESULT_FINANCED', fixedPartCents: 1, resultPartCents: 2, placementBonusCents: 3, rules: UWV_RESULT_PAYMENT_RULES },
              startedOn: '2024-01-01',
              placement: { start: '2024-01-15', contract },
              asOf,
            };
            ledger.push(...settle(facts, new Set(ledger.map((e) => e.key))));
          }
          const keys = ledger.map((e) => e.key);
          return new Set(keys).size === keys.length && ledger.reduce((sum, e) => sum + e.amountCents, 0) <= 6;
        }),
      );
    });
  });
});
