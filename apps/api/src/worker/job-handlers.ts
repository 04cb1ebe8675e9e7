import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '@rim/contracts';
import { ParticipationsService } from '../modules/frameworks/participations.service.js';
import { EventApplier } from '../modules/outbox/event-applier.service.js';
import { ScoreApplyService } from '../modules/scoring/score-apply.service.js';
import { ScoreRecomputeService } from '../modules/scoring/score-recompute.service.js';
import { BidsService } from '../modules/tenders/bids.service.js';
import { TendersService } from '../modules/tenders/tenders.service.js';
import { SettlementService } from '../modules/trajectories/settlement.service.js';
import { RedFlagsService } from '../modules/transparency/red-flags.service.js';

/** `progress` reports a percentage on the BullMQ job (SC-10), visible in the queue monitor. */
export type JobHandler<N extends JobName> = (payload: JobPayloads[N], progress: (percent: number) => Promise<void>) => Promise<unknown>;
export type JobHandlerMap = { [N in JobName]: JobHandler<N> };

/** Every job name has exactly one handler; the type makes a missing one a compile error, boot checks it again. */
@Injectable()
export class JobHandlers {
  readonly map: JobHandlerMap;

  constructor(applier: EventApplier, participations: ParticipationsService, tenders: TendersService, bids: BidsService, settlement: SettlementService,
    scores: ScoreApplyService, recompute: ScoreRecomputeService, redFlags: RedFlagsService) {
    this.map = {
      [JobName.ApplyDomainEvent]: (event) => applier.apply(event, (manager) => scores.apply(manager, event)),
      [JobName.EvidenceSweep]: (job) => participations.sweepEvidence(job.asOf ? new Date(job.asOf) : undefined),
      [JobName.TenderTimer]: (job) => (job.timer === 'BID_DEADLINE' ? bids.ensureRoot(job.tenderId) : tenders.act(null, job.tenderId, { type: 'CLOSE_SELECTION_REQUESTS' })),
      [JobName.SettlementRun]: (job) => settlement.run(job.asOf),
      [JobName.ScoreRecompute]: (job, progress) => recompute.run(job, progress),
      [JobName.RedFlagRun]: (job) => redFlags.run(job),
    };
  }
}
