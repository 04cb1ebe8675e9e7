/** RFC 9457 problem details as the API sends them (application/problem+json), plus client-side failures. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  /** Stable code from the API (`AUTH_INVALID_CREDENTIALS` …), or `NETWORK` when the server could not be reached. */
  code: string;
  title: string;
  detail: string;
  correlationId: string | null;
  errors: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problem.code;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!isRecord(entry)) return [];
    const field = str(entry['field']);
    const message = str(entry['message']);
    return field !== null && message !== null ? [{ field, message }] : [];
  });
}

/** Reads whatever came back with a failed response; a body that is not problem+json still yields a Problem. */
export function toProblem(body: unknown, response: Response): Problem {
  const fallbackCode = response.status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${response.status}`;
  if (!isRecord(body)) {
    return { status: response.status, code: fallbackCode, title: response.statusText, detail: typeof body === 'string' ? body : '', correlationId: null, errors: [] };
  }
  return {
    status: typeof body['status'] === 'number' ? body['status'] : response.status,
    code: str(body['code']) ?? fallbackCode,
    title: str(body['title']) ?? response.statusText,
    detail: str(body['detail']) ?? '',
    correlationId: str(body['correlationId']),
    errors: fieldErrors(body['errors']),
  };
}

export function networkProblem(cause: unknown): Problem {
  return { status: 0, code: 'NETWORK', title: 'Network error', detail: cause instanceof Error ? cause.message : String(cause), correlationId: null, errors: [] };
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The API's messages for one field of a form (`hours`, or a nested `activities[2].justification`), to show next to
 * that field; null when the problem names none of them.
 */
export function fieldErrorOf(error: ApiError | null, field: string): string | null {
  const messages = (error?.problem.errors ?? []).filter((e) => e.field === field).map((e) => e.message);
  return messages.length ? messages.join('; ') : null;
}
