import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from '@rim/contracts';
import { EventApplier } from '../modules/outbox/event-applier.service.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<unknown>;
export type JobHandlerMap = { [N in JobName]: JobHandler<N> };

/** Every job name has exactly one handler; the type makes a missing one a compile error, boot checks it again. */
@Injectable()
export class JobHandlers {
  readonly map: JobHandlerMap;

  constructor(applier: EventApplier) {
    this.map = {
      [JobName.ApplyDomainEvent]: (event) => applier.apply(event),
    };
  }
}
