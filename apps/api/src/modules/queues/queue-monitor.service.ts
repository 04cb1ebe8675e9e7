import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName } from '@rim/contracts';
import { DataSource } from 'typeorm';
import { JobQueues } from '../../common/queue/job-queues.js';
import { DomainException } from '../../common/problem/error-code.js';
import { withTimeout } from '../../common/queue/with-timeout.js';
import { QueueMonitorDto, QueueStatusDto } from './queue-monitor.dto.js';

const FAILED_SHOWN = 20;

@Injectable()
export class QueueMonitorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  async status(): Promise<QueueMonitorDto> {
    const [queues, [outbox]] = await Promise.all([
      withTimeout(Promise.all(Object.values(QueueName).map((name) => this.queueStatus(name))), 2000, 'reading queues').catch(() => {
        throw new DomainException('SERVICE_UNAVAILABLE', 'Redis does not answer; queue figures are unavailable.');
      }),
      this.dataSource.query<{ pending: string; oldest: Date | null }[]>(
        'SELECT count(*) AS pending, min(occurred_at) AS oldest FROM outbox_event WHERE applied_at IS NULL',
      ),
    ]);
    return { queues, outbox: { pending: Number(outbox?.pending ?? 0), oldestPendingAt: outbox?.oldest?.toISOString() ?? null } };
  }

  private async queueStatus(name: QueueName): Promise<QueueStatusDto> {
    const queue = this.queues.queue(name);
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
    const failed = await queue.getFailed(0, FAILED_SHOWN - 1);
    return {
      name,
      counts: {
        waiting: counts.waiting ?? 0, active: counts.active ?? 0, completed: counts.completed ?? 0,
        failed: counts.failed ?? 0, delayed: counts.delayed ?? 0,
      },
      failed: failed.map((j) => ({
        id: String(j.id), name: j.name, failedReason: j.failedReason ?? '', attemptsMade: j.attemptsMade,
        timestamp: new Date(j.timestamp).toISOString(),
      })),
    };
  }
}
