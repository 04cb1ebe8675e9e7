import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module.js';
import { FrameworksModule } from '../modules/frameworks/frameworks.module.js';
import { OutboxRelayModule } from '../modules/outbox/outbox.module.js';
import { ScoreRunResumer } from '../modules/scoring/score-run-resumer.service.js';
import { ScoringModule } from '../modules/scoring/scoring.module.js';
import { TendersModule } from '../modules/tenders/tenders.module.js';
import { TransparencyModule } from '../modules/transparency/transparency.module.js';
import { TrajectoriesModule } from '../modules/trajectories/trajectories.module.js';
import { JobHandlers } from './job-handlers.js';
import { WorkerHost } from './worker-host.service.js';

/** The worker process: the outbox relay and the BullMQ consumers. No HTTP. */
@Module({
  imports: [CoreModule, OutboxRelayModule, FrameworksModule, TendersModule, TrajectoriesModule, ScoringModule, TransparencyModule],
  providers: [JobHandlers, WorkerHost, ScoreRunResumer],
})
export class WorkerModule {}
