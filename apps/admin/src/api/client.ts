import type { paths } from '@rim/contracts/api';
import createClient, { type Middleware } from 'openapi-fetch';
import { clearToken, notifySessionExpired, readToken } from '../auth/session.js';
import { ApiError, isAbortError, networkProblem, toProblem } from './problem.js';

/** Calls whose 401 means "wrong credentials", not "your session ended". */
const UNAUTHENTICATED_PATHS = new Set(['/api/auth/login']);

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = readToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !UNAUTHENTICATED_PATHS.has(schemaPath)) {
      clearToken();
      notifySessionExpired();
    }
    return undefined;
  },
};

/** The typed client over the API's OpenAPI document; same origin (the API serves this app). */
export const api = createClient<paths>({ baseUrl: '', headers: { Accept: 'application/json' } });
api.use(authMiddleware);

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError holding the problem details.
 * Aborted requests rethrow the AbortError so callers can ignore them.
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(networkProblem(error));
  }
  if (!result.response.ok || result.data === undefined) {
    throw new ApiError(toProblem(result.error, result.response));
  }
  return result.data;
}

/** For calls that answer 204 No Content (or whose OpenAPI document declares no body): throws the problem, else resolves. */
export async function unwrapEmpty(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  let result: { error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(networkProblem(error));
  }
  if (!result.response.ok) throw new ApiError(toProblem(result.error, result.response));
}

/** For a call whose OpenAPI document has no response schema: the JSON body, typed by the caller. */
export async function unwrapUntyped<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  return (await unwrap(call)) as T;
}
