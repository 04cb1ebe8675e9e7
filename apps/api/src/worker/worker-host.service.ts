import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, JOB_SCHEDULES, JobName, QueueName } from '@rim/contracts';
import { Job, Worker } from 'bullmq';
import { runWithCorrelationId } from '../common/http/correlation.js';
import { workerConnection } from '../common/queue/redis-connection.js';
import { JobQueues } from '../common/queue/job-queues.js';
import { withTimeout } from '../common/queue/with-timeout.js';
import { EnvDto } from '../config/env.dto.js';
import { JobHandlers } from './job-handlers.js';

/** Starts one BullMQ worker per queue; processors only unpack the job and call an idempotent service. */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly env: EnvDto,
    private readonly queues: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
    const missing = Object.values(JobName).filter((name) => typeof this.handlers.map[name] !== 'function');
    if (missing.length) throw new Error(`no handler for jobs: ${missing.join(', ')}`);
    for (const queue of new Set<QueueName>(Object.values(JOB_QUEUE))) {
      const worker = new Worker(queue, (job: Job) => this.process(job), {
        connection: workerConnection(this.env.REDIS_URL),
        prefix: this.env.QUEUE_PREFIX,
        concurrency: this.env.WORKER_CONCURRENCY,
      });
      worker.on('failed', (job, err) => this.logger.warn({ msg: 'job failed', queue, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }));
      worker.on('error', (err) => this.logger.warn({ msg: 'worker connection error', queue, err: err.message }));
      this.workers.push(worker);
    }
    this.logger.log({ msg: 'workers started', queues: this.workers.map((w) => w.name) });
    // in the background: a worker starts while Redis is down, and the schedules are upserted again at every start
    for (const schedule of JOB_SCHEDULES) {
      void withTimeout(this.queues.schedule(schedule.id, schedule.name, schedule.pattern), 10_000, `scheduling ${schedule.id}`).catch((err: unknown) =>
        this.logger.warn({ msg: 'job schedule not registered; it is registered again at the next start', schedule: schedule.id, err: String(err) }));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = this.handlers.map[name] as ((payload: unknown, progress: (percent: number) => Promise<void>) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    const data = job.data as { correlationId?: string };
    return runWithCorrelationId(data.correlationId ?? String(job.id), () => handler(job.data, (percent) => job.updateProgress(percent)));
  }
}
