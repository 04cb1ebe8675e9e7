import { api, unwrap } from '../../api/client.js';
import type { Framework, Requirement } from '../../api/types.js';
import { useApiQuery, type QueryState } from '../../api/use-api-query.js';
import type { Language } from '../../i18n/i18n.js';

/** Published frameworks for everyone (no login), or every framework (drafts too) for signed-in users. */
export function useFrameworks(source: 'public' | 'signedIn'): QueryState<Framework[]> & { reload(): void } {
  return useApiQuery(`frameworks:${source}`, (signal) =>
    source === 'public' ? unwrap(api.GET('/api/public/frameworks', { signal })) : unwrap(api.GET('/api/frameworks', { signal })),
  );
}

/** One framework with its latest terms; null until the caller knows which (an application still loading). */
export function useFramework(id: string | undefined): QueryState<Framework | null> & { reload(): void } {
  return useApiQuery(`framework:${id ?? ''}`, async (signal) => (id ? unwrap(api.GET('/api/frameworks/{id}', { params: { path: { id } }, signal })) : null));
}

/** The framework named in the URL, else the first one listed (the newest). */
export function pickFramework(frameworks: readonly Framework[] | undefined, id: string): Framework | undefined {
  return frameworks?.find((f) => f.id === id) ?? (id ? undefined : frameworks?.[0]);
}

export function requirementTitle(requirement: Requirement, lang: Language): string {
  return lang === 'nl' ? requirement.titleNl : requirement.titleEn;
}

/** Requirements proved by a document, the ones the provider uploads evidence for. */
export function documentRequirements(checklist: readonly Requirement[]): Requirement[] {
  return checklist.filter((r) => r.evidenceType !== null);
}
