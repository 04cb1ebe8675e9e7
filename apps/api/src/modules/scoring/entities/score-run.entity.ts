import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ScoreRunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
export type ScoreRunTrigger = 'ON_DEMAND' | 'NIGHTLY' | 'CONTEST';

/**
 * SC-6/SC-10: one full recompute and the snapshot it produced: methodology version, parameters (with the fitted
 * case-mix models), data watermark (every outbox event up to `watermark_seq` applied) and code version.
 */
@Entity({ name: 'score_run' })
@Index('ix_score_run_requested', ['requestedAt'])
export class ScoreRunEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The BullMQ job id, deterministic: `score-recompute-<run id>`, or `score-recompute-nightly-<day>`. */
  @Index('ux_score_run_job', { unique: true })
  @Column({ name: 'job_id', type: 'varchar', length: 80 })
  jobId!: string;

  @Column({ type: 'varchar', length: 12 })
  trigger!: ScoreRunTrigger;

  @Column({ type: 'varchar', length: 8 })
  status!: ScoreRunStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'methodology_version', type: 'varchar', length: 40, nullable: true })
  methodologyVersion!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  parameters!: object | null;

  @Column({ name: 'watermark_seq', type: 'bigint', nullable: true })
  watermarkSeq!: string | null;

  @Column({ name: 'code_version', type: 'varchar', length: 64, nullable: true })
  codeVersion!: string | null;

  @Column({ name: 'trajectories', type: 'integer', nullable: true })
  trajectories!: number | null;

  @Column({ name: 'cells', type: 'integer', nullable: true })
  cells!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
