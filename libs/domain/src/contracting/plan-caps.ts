import { LotCaps, maxDurationFor } from '../framework/lot-terms.js';
import { RuleViolation } from './rule-violation.js';

export type PlanCapsViolationCode =
  | 'HOURS_INVALID'
  | 'HOURS_NEED_JUSTIFICATION'
  | 'HOURS_ABOVE_EXCEPTION_CAP'
  | 'DURATION_INVALID'
  | 'DURATION_ABOVE_MAXIMUM';

export interface PlanForCaps {
  readonly lot: string;
  readonly benefitType: string;
  /** Support hours (begeleidingsuren: 60 minutes each, seed 003 §2.2, original L4578–L4580). */
  readonly hours: number;
  readonly durationMonths: number;
  readonly exceptionJustification?: string;
}

/**
 * IC-5 with the FW-1 caps: hours above the lot's normal cap need a justification (the client is very far from the
 * labour market, seed 003 §2.3), hours above the exception cap are refused, and the duration may not exceed the
 * lot's maximum for the client's benefit type.
 */
export function checkPlanAgainstCaps(plan: PlanForCaps, caps: LotCaps): RuleViolation<PlanCapsViolationCode>[] {
  const violations: RuleViolation<PlanCapsViolationCode>[] = [];
  if (!Number.isInteger(plan.hours) || plan.hours <= 0) {
    violations.push({ field: 'hours', code: 'HOURS_INVALID', message: 'Hours must be a whole number above zero.' });
  } else if (plan.hours > caps.hoursException) {
    violations.push({
      field: 'hours',
      code: 'HOURS_ABOVE_EXCEPTION_CAP',
      message: `${plan.lot} allows at most ${caps.hoursException} hours, even by exception.`,
    });
  } else if (plan.hours > caps.hoursNormal && !plan.exceptionJustification?.trim()) {
    violations.push({
      field: 'exceptionJustification',
      code: 'HOURS_NEED_JUSTIFICATION',
      message: `More than ${caps.hoursNormal} hours in ${plan.lot} needs a justification.`,
    });
  }
  const maxMonths = maxDurationFor(caps, plan.benefitType);
  if (!Number.isInteger(plan.durationMonths) || plan.durationMonths <= 0) {
    violations.push({ field: 'durationMonths', code: 'DURATION_INVALID', message: 'Duration must be a whole number of months above zero.' });
  } else if (plan.durationMonths > maxMonths) {
    violations.push({
      field: 'durationMonths',
      code: 'DURATION_ABOVE_MAXIMUM',
      message: `${plan.lot} lasts at most ${maxMonths} months for ${plan.benefitType}.`,
    });
  }
  return violations;
}
