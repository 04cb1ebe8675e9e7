import { JobName, type TenderTimerJob } from '@rim/contracts';
import type { EnqueueRequest } from '../../common/queue/job-queues.js';
import type { TenderEntity } from './entities/tender.entity.js';

type Timed = Pick<TenderEntity, 'id' | 'selectionDeadlineAt' | 'bidDeadlineAt'>;

/** A tender timer's job: its id carries the instant, so a timer whose deadline moved can be removed and set again. */
export function tenderTimer(tender: Timed, timer: TenderTimerJob['timer'], now: Date, correlationId: string): EnqueueRequest<JobName.TenderTimer> {
  const at = timer === 'SELECTION_DEADLINE' ? tender.selectionDeadlineAt : tender.bidDeadlineAt;
  return {
    name: JobName.TenderTimer, payload: { tenderId: tender.id, timer, correlationId },
    jobId: `tender-${timer.toLowerCase()}-${tender.id}-${at.getTime()}`, delayMs: at.getTime() - now.getTime(),
  };
}
