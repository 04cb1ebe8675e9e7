import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '@rim/contracts';
import { ParticipationsService } from '../modules/frameworks/participations.service.js';
import { EventApplier } from '../modules/outbox/event-applier.service.js';
import { BidsService } from '../modules/tenders/bids.service.js';
import { TendersService } from '../modules/tenders/tenders.service.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<unknown>;
export type JobHandlerMap = { [N in JobName]: JobHandler<N> };

/** Every job name has exactly one handler; the type makes a missing one a compile error, boot checks it again. */
@Injectable()
export class JobHandlers {
  readonly map: JobHandlerMap;

  constructor(applier: EventApplier, participations: ParticipationsService, tenders: TendersService, bids: BidsService) {
    this.map = {
      [JobName.ApplyDomainEvent]: (event) => applier.apply(event),
      [JobName.EvidenceSweep]: (job) => participations.sweepEvidence(job.asOf ? new Date(job.asOf) : undefined),
      [JobName.TenderTimer]: (job) => (job.timer === 'BID_DEADLINE' ? bids.ensureRoot(job.tenderId) : tenders.act(null, job.tenderId, { type: 'CLOSE_SELECTION_REQUESTS' })),
    };
  }
}
