/** A broken rule, shaped for a field error in problem+json: the field it concerns, a stable code and a message. */
export interface RuleViolation<Code extends string = string> {
  readonly field: string;
  readonly code: Code;
  readonly message: string;
}
