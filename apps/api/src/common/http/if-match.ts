import { DomainException } from '../problem/error-code.js';

/** `If-Match: "3"` (or 3, or W/"3") → 3. Required on updates of reviewed objects. */
export function parseIfMatch(header: string | undefined): number {
  if (!header) throw new DomainException('PRECONDITION_REQUIRED', 'Send If-Match with the version you read.');
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw new DomainException('VALIDATION_FAILED', 'If-Match must hold a version number.', [{ field: 'If-Match', message: 'must be a version number such as "3"' }]);
  return Number(match[1]);
}
