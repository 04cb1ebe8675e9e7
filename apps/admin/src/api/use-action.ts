import { useCallback, useState } from 'react';
import { ApiError, networkProblem } from './problem.js';

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs a change against the API; resolves to its result, or to undefined after showing the error. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  setError(error: ApiError | null): void;
}

/** State for one user action that writes (submit, decide, suspend …): busy while running, the problem if it failed. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(networkProblem(caught)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}

/** The If-Match header for an optimistic-locking write of the version the user saw (SPEC §8). */
export function ifMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}
