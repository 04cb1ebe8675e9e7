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
