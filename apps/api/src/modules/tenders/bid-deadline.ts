import type { TenderEntity } from './entities/tender.entity.js';

/** The timer of a tender's bid deadline (TD-5 root); the id moves with the deadline, so an old timer can be removed. */
export function bidDeadlineJobId(tender: Pick<TenderEntity, 'id' | 'bidDeadlineAt'>): string {
  return `tender-bid-deadline-${tender.id}-${tender.bidDeadlineAt.getTime()}`;
}
