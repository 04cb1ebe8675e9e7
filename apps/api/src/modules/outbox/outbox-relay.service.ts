import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName } from '@rim/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.service.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { withTimeout } from '../../common/queue/with-timeout.js';
import { EnvDto } from '../../config/env.dto.js';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

const BATCH = 500;
const PUBLISH_TIMEOUT_MS = 5000;

/** SC-1 relay: publishes outbox rows to BullMQ, and publishes again whatever was not acknowledged in time. */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly clock: Clock,
    private readonly env: EnvDto,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes one batch of due events; returns how many it sent. */
  async relayOnce(): Promise<number> {
    const republishBefore = new Date(this.clock.now().getTime() - this.env.OUTBOX_REPUBLISH_SECONDS * 1000);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(OutboxEventEntity, 'e')
        .where('e.applied_at IS NULL')
        .andWhere('(e.published_at IS NULL OR e.published_at < :republishBefore)', { republishBefore })
        .orderBy('e.seq', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (due.length === 0) return 0;
      await withTimeout(
        this.queues.enqueueBulk(
          due.map((e) => ({
            name: JobName.ApplyDomainEvent,
            jobId: e.id,
            payload: {
              eventId: e.id,
              type: e.type,
              aggregateType: e.aggregateType,
              aggregateId: e.aggregateId,
              occurredAt: e.occurredAt.toISOString(),
              payload: e.payload,
              correlationId: e.correlationId,
            },
          })),
        ),
        PUBLISH_TIMEOUT_MS,
        'publishing to Redis',
      );
      await manager
        .createQueryBuilder()
        .update(OutboxEventEntity)
        .set({ publishedAt: this.clock.now(), publishAttempts: () => 'publish_attempts + 1' })
        .whereInIds(due.map((e) => e.seq))
        .execute();
      return due.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let sent = 0;
    try {
      sent = await this.relayOnce();
      if (this.failures > 0) this.logger.log({ msg: 'outbox relay recovered', after: this.failures });
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn({ msg: 'outbox relay cannot publish; will retry', failures: this.failures, err: String(err) });
      }
    }
    const backoff = Math.min(this.env.OUTBOX_POLL_MS * 2 ** Math.min(this.failures, 5), 5000);
    this.schedule(sent === BATCH ? 0 : this.failures ? backoff : this.env.OUTBOX_POLL_MS);
  }
}
