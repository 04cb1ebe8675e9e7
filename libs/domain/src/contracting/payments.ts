import { PaymentSchedule } from '../framework/lot-terms.js';
import { addCalendarDays, LocalDate } from '../calendar/dutch-calendar.js';
import { addMonths } from './dates.js';
import { ContractType } from './placement.js';
import { planPriceCents } from './plan-price.js';
import { RuleViolation } from './rule-violation.js';

export type PaymentKind = 'PURCHASE_ORDER' | 'COMPLETION' | 'FIXED' | 'RESULT' | 'BONUS';

/** One line of the append-only payment ledger (IC-10). `key` is the idempotency key: one payment per key, ever. */
export interface LedgerEntry {
  readonly key: string;
  readonly trajectoryId: string;
  readonly kind: PaymentKind;
  readonly amountCents: number;
  readonly dueOn: LocalDate;
}

/** A framework-lot purchase (FW-1): paid on the planned hours, no cure less pay. */
export interface FrameworkTrajectoryFacts {
  readonly trajectoryId: string;
  readonly financing: {
    readonly model: 'FRAMEWORK';
    readonly schedule: PaymentSchedule;
    readonly plannedHours: number;
    readonly hourlyRateCents: number;
  };
  readonly purchaseOrderIssuedOn?: LocalDate;
  /**
   * Set once the coach approved the end report and success is known: for Werkfit from the coded end reason, for
   * Naar werk from the IC-9 judgement of the placement records.
   */
  readonly endReportApproved?: { readonly on: LocalDate; readonly success: boolean };
}

/** The UWV figures of seed 004 (BR-02, BR-03, BR-04); the seed 002–004 brief keeps them per contracting authority. */
export interface ResultPaymentRules {
  /** BR-02: the placement's contract runs at least this long, or is indefinite (004:226–227). */
  readonly minContractMonths: number;
  /** BR-03: the result part is due once the client has worked this long (004:227–230). */
  readonly monthsWorked: number;
  /** BR-04: the bonus needs a first contract at least this long, or indefinite (004:299–305). */
  readonly bonusMinContractMonths: number;
}

export const UWV_RESULT_PAYMENT_RULES: ResultPaymentRules = Object.freeze({ minContractMonths: 6, monthsWorked: 2, bonusMinContractMonths: 12 });

/** An IRO or tender contract (BR-01): a fixed part at the start and a result part for a qualifying placement. */
export interface ResultFinancedTrajectoryFacts {
  readonly trajectoryId: string;
  readonly financing: {
    readonly model: 'RESULT_FINANCED';
    readonly fixedPartCents: number;
    readonly resultPartCents: number;
    readonly placementBonusCents: number;
    readonly rules: ResultPaymentRules;
  };
  readonly startedOn?: LocalDate;
  /** The client's first placement during the trajectory; a later contract extension does not change it (BR-04 "direct"). */
  readonly placement?: { readonly start: LocalDate; readonly contract: ContractType; readonly end?: LocalDate };
  /** Facts are complete up to and including this day. */
  readonly asOf: LocalDate;
}

export type TrajectoryFacts = FrameworkTrajectoryFacts | ResultFinancedTrajectoryFacts;

/**
 * IC-10: the ledger entries due for a trajectory that are not yet paid, so settling the same facts again pays
 * nothing twice. Keys are `${trajectoryId}:${kind}`; a framework completion has one key whatever the outcome, so
 * success and no-success can never both be paid. Entries of 0 cents are left out.
 */
export function settle(facts: TrajectoryFacts, alreadyPaidKeys: ReadonlySet<string>): LedgerEntry[] {
  const due = isFramework(facts) ? frameworkEntries(facts) : resultEntries(facts);
  return due.filter((entry) => entry.amountCents > 0 && !alreadyPaidKeys.has(entry.key));
}

/** `price × bp / 10 000`, rounded half up to the cent. */
export function shareOfPrice(priceCents: number, basisPoints: number): number {
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) throw new RangeError(`Basis points must be 0–10000: ${basisPoints}`);
  return Math.floor((priceCents * basisPoints + 5_000) / 10_000);
}

/**
 * FW-1 schedule on the price of the planned hours. Each entry is rounded half up on its own; the completion is capped
 * at what the purchase-order payment left of the price, so the parts never add up to more than the price.
 */
function frameworkEntries(facts: FrameworkTrajectoryFacts): LedgerEntry[] {
  const { schedule, plannedHours, hourlyRateCents } = facts.financing;
  const price = planPriceCents(plannedHours, hourlyRateCents);
  const atPurchaseOrder = shareOfPrice(price, schedule.atPurchaseOrderBp);
  const entries: LedgerEntry[] = [];
  if (facts.purchaseOrderIssuedOn) entries.push(entry(facts.trajectoryId, 'PURCHASE_ORDER', atPurchaseOrder, facts.purchaseOrderIssuedOn));
  if (facts.endReportApproved) {
    const { on, success } = facts.endReportApproved;
    const bp = success ? schedule.onSuccessBp : schedule.onNoSuccessBp;
    entries.push(entry(facts.trajectoryId, 'COMPLETION', Math.min(shareOfPrice(price, bp), price - atPurchaseOrder), on));
  }
  return entries;
}

/**
 * BR-01 to BR-04: the fixed part at the start; the result part once the client has worked `monthsWorked` months
 * (the day after, e.g. start 15 January → due 15 March, still working through 14 March) on a contract of at least
 * `minContractMonths` or indefinite; the bonus on the same day when that first contract runs at least
 * `bonusMinContractMonths` or is indefinite. Self-employment is not an employment contract and earns neither.
 */
function resultEntries(facts: ResultFinancedTrajectoryFacts): LedgerEntry[] {
  const { fixedPartCents, resultPartCents, placementBonusCents, rules } = facts.financing;
  const entries: LedgerEntry[] = [];
  if (facts.startedOn) entries.push(entry(facts.trajectoryId, 'FIXED', fixedPartCents, facts.startedOn));
  const placement = facts.placement;
  if (!placement || !contractRunsAtLeast(placement.contract, rules.minContractMonths)) return entries;
  const dueOn = addMonths(placement.start, rules.monthsWorked);
  const workedLongEnough = facts.asOf >= dueOn && (placement.end === undefined || placement.end >= addCalendarDays(dueOn, -1));
  if (!workedLongEnough) return entries;
  entries.push(entry(facts.trajectoryId, 'RESULT', resultPartCents, dueOn));
  if (contractRunsAtLeast(placement.contract, rules.bonusMinContractMonths)) entries.push(entry(facts.trajectoryId, 'BONUS', placementBonusCents, dueOn));
  return entries;
}

export type ResultFinancingViolationCode = 'AMOUNT_INVALID' | 'RESULT_PART_REQUIRED';

/** BR-01: a result-financed contract has whole, non-negative amounts and a result part above zero (004:222–226). */
export function checkResultFinancing(financing: ResultFinancedTrajectoryFacts['financing']): RuleViolation<ResultFinancingViolationCode>[] {
  const violations: RuleViolation<ResultFinancingViolationCode>[] = [];
  for (const field of ['fixedPartCents', 'resultPartCents', 'placementBonusCents'] as const) {
    if (!Number.isSafeInteger(financing[field]) || financing[field] < 0) {
      violations.push({ field, code: 'AMOUNT_INVALID', message: 'Must be a whole, non-negative number of cents.' });
    }
  }
  if (financing.resultPartCents === 0) {
    violations.push({ field: 'resultPartCents', code: 'RESULT_PART_REQUIRED', message: 'A result-financed contract pays part of its price on the result.' });
  }
  return violations;
}

function isFramework(facts: TrajectoryFacts): facts is FrameworkTrajectoryFacts {
  return facts.financing.model === 'FRAMEWORK';
}

function contractRunsAtLeast(contract: ContractType, months: number): boolean {
  return contract.type === 'INDEFINITE' || (contract.type === 'FIXED_TERM' && contract.months >= months);
}

function entry(trajectoryId: string, kind: PaymentKind, amountCents: number, dueOn: LocalDate): LedgerEntry {
  return { key: `${trajectoryId}:${kind}`, trajectoryId, kind, amountCents, dueOn };
}
