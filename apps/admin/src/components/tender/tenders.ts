import { api, unwrap } from '../../api/client.js';
import type { Tender, TenderStatus } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';

/** TD-9: the normal path of a tender, in order; CANCELLED can end any state before CONTRACTED. */
export const TENDER_PATH: readonly TenderStatus[] = ['DRAFT', 'PUBLISHED', 'SELECTION', 'AWARD_PHASE', 'OPENED', 'EVALUATED', 'AWARD_DECIDED', 'STANDSTILL', 'CONTRACTED'];

/** True when the tender is at `state` or beyond it on the normal path. */
export function reached(status: TenderStatus, state: TenderStatus): boolean {
  return status !== 'CANCELLED' && TENDER_PATH.indexOf(status) >= TENDER_PATH.indexOf(state);
}

export function useTender(id: string) {
  return useApiQuery(`tender:${id}`, (signal) => unwrap(api.GET('/api/tenders/{id}', { params: { path: { id } }, signal })));
}

/** Every tender the user may read (tender.read); `visible` narrows the list, e.g. to what a provider can act on. */
export function useTenders(visible: (tender: Tender) => boolean = () => true) {
  const query = useApiQuery('tenders', (signal) => unwrap(api.GET('/api/tenders', { signal })));
  return { ...query, tenders: query.data?.filter(visible) };
}
