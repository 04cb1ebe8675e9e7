import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTimeout } from '../../common/queue/with-timeout.js';
import { EnvDto } from '../../config/env.dto.js';
import { ScoreRunsService } from './score-runs.service.js';

/**
 * SC-10 in the worker: a run whose job Redis lost (restart, flush) is queued again under its own deterministic job
 * id, at start and then as often as the outbox relay republishes events; a job that still exists is left alone.
 */
@Injectable()
export class ScoreRunResumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScoreRunResumer.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: ScoreRunsService,
    private readonly env: EnvDto,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => void withTimeout(this.resume(), 10_000, 'queueing unfinished score runs').catch((err: unknown) =>
      this.logger.warn({ msg: 'unfinished score runs not queued; trying again later', err: String(err) }));
    tick();
    this.timer = setInterval(tick, this.env.OUTBOX_REPUBLISH_SECONDS * 1000);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async resume(): Promise<number> {
    const unfinished = await this.dataSource.query<{ id: string; job_id: string }[]>(`SELECT id, job_id FROM score_run WHERE status IN ('QUEUED', 'RUNNING') ORDER BY requested_at`);
    for (const run of unfinished) await this.runs.enqueue(run.id, run.job_id);
    return unfinished.length;
  }
}
