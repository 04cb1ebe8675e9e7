import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { api, unwrap } from './client.js';
import type { CodeList } from './types.js';
import { useApiQuery } from './use-api-query.js';
import type { ApiError } from './problem.js';

export type CodeListId =
  | 'regions' | 'target-groups' | 'services' | 'benefit-types' | 'barriers' | 'activities' | 'end-reasons' | 'early-return-reasons' | 'success-reasons' | 'follow-up-advice';

export interface CodeOption {
  code: string;
  label: string;
}

export interface CodeOptions {
  loading: boolean;
  error: ApiError | null;
  options: CodeOption[];
  /** The name of a code in the user's language; the code itself when the list does not know it (yet). */
  label(code: string): string;
}

/** Reference data does not change while the app is open: each list is fetched once per page load. */
const cache = new Map<CodeListId, Promise<CodeList>>();

function loadCodeList(id: CodeListId): Promise<CodeList> {
  let pending = cache.get(id);
  if (!pending) {
    pending = unwrap(api.GET('/api/reference/code-lists/{id}', { params: { path: { id } } }));
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** A versioned code list (SPEC §2) as options for pickers, named in the user's language. */
export function useCodeList(id: CodeListId, options: { sortByLabel?: boolean } = {}): CodeOptions {
  const { lang } = useI18n();
  const query = useApiQuery(`code-list:${id}`, () => loadCodeList(id));
  const sortByLabel = options.sortByLabel ?? false;
  const entries = query.data?.entries;
  return useMemo(() => {
    const list = (entries ?? []).map((entry) => ({ code: entry.code, label: lang === 'nl' ? entry.nameNl : entry.nameEn }));
    if (sortByLabel) list.sort((a, b) => a.label.localeCompare(b.label, lang));
    const byCode = new Map(list.map((option) => [option.code, option.label]));
    return {
      loading: query.status === 'loading',
      error: query.status === 'error' ? query.error : null,
      options: list,
      label: (code: string) => byCode.get(code) ?? code,
    };
  }, [entries, lang, sortByLabel, query.status, query.error]);
}
