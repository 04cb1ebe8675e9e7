/** Queue and job names shared by producers (api) and consumers (worker). */
export enum QueueName {
  DomainEvents = 'domain-events',
  Maintenance = 'maintenance',
}

export enum JobName {
  ApplyDomainEvent = 'apply-domain-event',
  EvidenceSweep = 'evidence-sweep',
  TenderTimer = 'tender-timer',
}

export interface DomainEventJob {
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  payload: object;
  correlationId?: string;
}

/** FW-5: the daily evidence sweep; `asOf` (ISO instant) is taken when the job runs if absent. */
export interface EvidenceSweepJob {
  asOf?: string;
  correlationId?: string;
}

/**
 * TD-9 timer-driven steps of a tender: at the selection deadline selection requests close; at the bid deadline the
 * Merkle root of all commitments is published (TD-5). Both are idempotent, and every write is guarded anyway.
 */
export interface TenderTimerJob {
  tenderId: string;
  timer: 'SELECTION_DEADLINE' | 'BID_DEADLINE';
  correlationId?: string;
}

export interface JobPayloads {
  [JobName.ApplyDomainEvent]: DomainEventJob;
  [JobName.EvidenceSweep]: EvidenceSweepJob;
  [JobName.TenderTimer]: TenderTimerJob;
}

/** Jobs the worker schedules itself (cron in Europe/Amsterdam). */
export const JOB_SCHEDULES: readonly { id: string; name: JobName; pattern: string }[] = [
  { id: 'evidence-sweep-daily', name: JobName.EvidenceSweep, pattern: '0 5 * * *' },
];

/** Which queue each job travels on; the worker refuses to boot if a job has no handler. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.ApplyDomainEvent]: QueueName.DomainEvents,
  [JobName.EvidenceSweep]: QueueName.Maintenance,
  [JobName.TenderTimer]: QueueName.Maintenance,
};
