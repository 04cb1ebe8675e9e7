import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module.js';
import { FrameworksModule } from '../modules/frameworks/frameworks.module.js';
import { OutboxRelayModule } from '../modules/outbox/outbox.module.js';
import { TendersModule } from '../modules/tenders/tenders.module.js';
import { JobHandlers } from './job-handlers.js';
import { WorkerHost } from './worker-host.service.js';

/** The worker process: the outbox relay and the BullMQ consumers. No HTTP. */
@Module({
  imports: [CoreModule, OutboxRelayModule, FrameworksModule, TendersModule],
  providers: [JobHandlers, WorkerHost],
})
export class WorkerModule {}
