/** A positive integer from a query-string value, or the fallback. */
export function positiveInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 ? n : fallback;
}

/** A copy of `params` with `changes` applied; empty values (and page 1) are dropped so URLs stay short. */
export function withParams(params: URLSearchParams, changes: Readonly<Record<string, string | number | null>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const text = value === null ? '' : String(value);
    if (text === '' || (key === 'page' && text === '1')) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

export function toSearch(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '?';
}
