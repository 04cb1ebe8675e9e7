import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from '@rim/contracts';
import { Queue } from 'bullmq';
import { EnvDto } from '../../config/env.dto.js';
import { producerConnection } from './redis-connection.js';

const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
} as const;

export interface EnqueueRequest<N extends JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deterministic: the same work always gets the same id, so a repeat is a no-op while the job exists. */
  jobId: string;
  /** Run no earlier than this many milliseconds from now (a deadline timer). */
  delayMs?: number;
}

/** The one enqueue façade: every producer goes through it, so every job gets the same retry and retention rules. */
@Injectable()
export class JobQueues implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly env: EnvDto) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: producerConnection(this.env.REDIS_URL), prefix: this.env.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueueBulk<N extends JobName>(requests: EnqueueRequest<N>[]): Promise<void> {
    const byQueue = new Map<QueueName, EnqueueRequest<N>[]>();
    for (const r of requests) byQueue.set(JOB_QUEUE[r.name], [...(byQueue.get(JOB_QUEUE[r.name]) ?? []), r]);
    for (const [queueName, batch] of byQueue) {
      await this.queue(queueName).addBulk(
        batch.map((r) => ({ name: r.name, data: r.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: r.jobId, ...(r.delayMs ? { delay: Math.max(0, r.delayMs) } : {}) } })),
      );
    }
  }

  /** Removes a job that has not run yet (a timer whose deadline moved); a job already running or done stays. */
  async cancel(name: JobName, jobId: string): Promise<void> {
    await this.queue(JOB_QUEUE[name]).remove(jobId);
  }

  /** A repeatable job on a cron pattern in Europe/Amsterdam; upserting keeps one schedule per id however often it runs. */
  async schedule(id: string, name: JobName, pattern: string): Promise<void> {
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(id, { pattern, tz: 'Europe/Amsterdam' }, { name, data: {}, opts: DEFAULT_JOB_OPTIONS });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
