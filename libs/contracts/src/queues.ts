/** Queue and job names shared by producers (api) and consumers (worker). */
export enum QueueName {
  DomainEvents = 'domain-events',
  Maintenance = 'maintenance',
  Scoring = 'scoring',
}

export enum JobName {
  ApplyDomainEvent = 'apply-domain-event',
  EvidenceSweep = 'evidence-sweep',
  TenderTimer = 'tender-timer',
  SettlementRun = 'settlement-run',
  ScoreRecompute = 'score-recompute',
  RedFlagRun = 'red-flag-run',
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

/** IC-10: books every payment that fell due (IRO result part and bonus, the Naar werk success part once IC-9 judged). */
export interface SettlementRunJob {
  /** Calendar day (YYYY-MM-DD) the facts are complete up to; today in Amsterdam if absent. */
  asOf?: string;
  correlationId?: string;
}

/**
 * SC-6/SC-10: rebuild every score aggregate from the applied events, refit the case-mix model (SC-4) and write a
 * snapshot. `runId` names the run an officer asked for (202 + run id); the nightly schedule sends none and the worker
 * names the run after the day.
 */
export interface ScoreRecomputeJob {
  runId?: string;
  correlationId?: string;
}

/** TR-2: computes every red flag; `runId` names the run an inspector asked for, the nightly run has none. */
export interface RedFlagRunJob {
  runId?: string;
  correlationId?: string;
}

export interface JobPayloads {
  [JobName.ApplyDomainEvent]: DomainEventJob;
  [JobName.EvidenceSweep]: EvidenceSweepJob;
  [JobName.TenderTimer]: TenderTimerJob;
  [JobName.SettlementRun]: SettlementRunJob;
  [JobName.ScoreRecompute]: ScoreRecomputeJob;
  [JobName.RedFlagRun]: RedFlagRunJob;
}

/** Jobs the worker schedules itself (cron in Europe/Amsterdam). */
export const JOB_SCHEDULES: readonly { id: string; name: JobName; pattern: string }[] = [
  { id: 'evidence-sweep-daily', name: JobName.EvidenceSweep, pattern: '0 5 * * *' },
  { id: 'score-recompute-nightly', name: JobName.ScoreRecompute, pattern: '30 2 * * *' },
  { id: 'settlement-run-daily', name: JobName.SettlementRun, pattern: '0 6 * * *' },
  { id: 'red-flag-run-nightly', name: JobName.RedFlagRun, pattern: '0 4 * * *' },
];

/** Which queue each job travels on; the worker refuses to boot if a job has no handler. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.ApplyDomainEvent]: QueueName.DomainEvents,
  [JobName.EvidenceSweep]: QueueName.Maintenance,
  [JobName.TenderTimer]: QueueName.Maintenance,
  [JobName.SettlementRun]: QueueName.Maintenance,
  [JobName.ScoreRecompute]: QueueName.Scoring,
  [JobName.RedFlagRun]: QueueName.Maintenance,
};
