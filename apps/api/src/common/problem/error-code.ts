/** Stable problem codes: clients match on these, never on titles. Each maps to one HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  KVK_NUMBER_TAKEN: 409,
  EMAIL_TAKEN: 409,
  APPLICATION_EXISTS: 409,
  TENDER_WRONG_STATE: 409,
  TENDER_TOO_EARLY: 409,
  TENDER_DEADLINE_PASSED: 409,
  TENDER_DEADLINE_UNKNOWN: 409,
  TENDER_OBJECTIONS_PENDING: 409,
  TENDER_CANCEL_REASON_REQUIRED: 400,
  NOT_SHORTLISTED: 403,
  TENDER_INTEGRITY_FAILED: 409,
  WRONG_STATE: 409,
  FRAMEWORK_NOT_OPEN: 422,
  APPLICATION_INCOMPLETE: 422,
  VERSION_MISMATCH: 412,
  /** The Idempotency-Key belongs to a request still being processed, or to a different request. */
  IDEMPOTENCY_KEY_IN_USE: 409,
  /** The request with this Idempotency-Key was applied, but its response was lost (the connection dropped after the commit). */
  IDEMPOTENT_RESPONSE_LOST: 409,
  PRECONDITION_REQUIRED: 428,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  AUTH_RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  field: string;
  message: string;
}

/** Thrown by services; the problem filter turns it into application/problem+json. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}
