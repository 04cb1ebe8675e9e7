/** Queue and job names shared by producers (api) and consumers (worker). */
export enum QueueName {
  DomainEvents = 'domain-events',
}

export enum JobName {
  ApplyDomainEvent = 'apply-domain-event',
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

export interface JobPayloads {
  [JobName.ApplyDomainEvent]: DomainEventJob;
}

/** Which queue each job travels on; the worker refuses to boot if a job has no handler. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.ApplyDomainEvent]: QueueName.DomainEvents,
};
