import { EARLY_RETURN_REASONS, END_REASONS, EndReasonCode } from '../reference/end-reasons.js';
import { addCalendarDays, LocalDate } from '../calendar/dutch-calendar.js';
import { RuleViolation } from './rule-violation.js';

/** The end report must be received within 14 calendar days after the service ends, seed 003 §3.2 C (original L4604–L4610). */
export const END_REPORT_DAYS = 14;

export type EndOfServiceViolationCode =
  | 'END_REASON_NOT_ALLOWED'
  | 'EARLY_RETURN_REASON_REQUIRED'
  | 'EARLY_RETURN_REASON_NOT_ALLOWED'
  | 'EARLY_RETURN_TEXT_REQUIRED';

export interface EndOfService {
  readonly service: string;
  readonly reason: string;
  readonly earlyReturnReason?: string;
  readonly earlyReturnText?: string;
}

/** IC-8: the end reasons a service can end with. */
export function endReasonsFor(service: string): readonly EndReasonCode[] {
  return END_REASONS.filter((r) => r.services.some((s) => s === service)).map((r) => r.code);
}

/** Werkfit's result or Naar werk's placement; every other end is "no success". */
export function isSuccessfulEnd(reason: EndReasonCode): boolean {
  return END_REASONS.some((r) => r.code === reason && r.successful);
}

/** IC-8: the reason fits the service; an early return names its coded reason, and OTHER comes with a text. */
export function checkEndOfService(end: EndOfService): RuleViolation<EndOfServiceViolationCode>[] {
  const violations: RuleViolation<EndOfServiceViolationCode>[] = [];
  if (!endReasonsFor(end.service).some((code) => code === end.reason)) {
    violations.push({ field: 'reason', code: 'END_REASON_NOT_ALLOWED', message: `${end.service} cannot end with ${end.reason}.` });
  }
  if (end.reason !== 'EARLY_RETURN') {
    if (end.earlyReturnReason !== undefined) {
      violations.push({ field: 'earlyReturnReason', code: 'EARLY_RETURN_REASON_NOT_ALLOWED', message: 'Only an early return has an early-return reason.' });
    }
    return violations;
  }
  const subReason = EARLY_RETURN_REASONS.find((r) => r.code === end.earlyReturnReason);
  if (!subReason) {
    violations.push({ field: 'earlyReturnReason', code: 'EARLY_RETURN_REASON_REQUIRED', message: 'An early return needs one of the coded reasons.' });
  } else if (subReason.requiresText && !end.earlyReturnText?.trim()) {
    violations.push({ field: 'earlyReturnText', code: 'EARLY_RETURN_TEXT_REQUIRED', message: 'Describe the reason when it is "other".' });
  }
  return violations;
}

/** Last day on which the end report is on time, for a service whose last day was `serviceEnd`. */
export function endReportDueDate(serviceEnd: LocalDate): LocalDate {
  return addCalendarDays(serviceEnd, END_REPORT_DAYS);
}
