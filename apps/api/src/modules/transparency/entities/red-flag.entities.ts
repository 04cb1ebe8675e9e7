import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export type RedFlagRunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** TR-2: one computation of every red flag; the flags of every run are kept, so a reference to one stays valid. */
@Entity({ name: 'red_flag_run' })
@Index('ix_red_flag_run_requested', ['requestedAt'])
export class RedFlagRunEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The BullMQ job id, deterministic: `red-flags-<run id>` or `red-flags-nightly-<day>`. */
  @Index('ux_red_flag_run_job', { unique: true })
  @Column({ name: 'job_id', type: 'varchar', length: 80 })
  jobId!: string;

  @Column({ type: 'varchar', length: 12 })
  trigger!: 'ON_DEMAND' | 'NIGHTLY';

  @Column({ type: 'varchar', length: 8 })
  status!: RedFlagRunStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Flags found per definition code. */
  @Column({ type: 'jsonb', nullable: true })
  counts!: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}

/** TR-2: one flag on one record, with the figure that crossed the threshold and the basis it was computed on. */
@Entity({ name: 'red_flag' })
@Index('ix_red_flag_run_code_record', ['runId', 'code', 'recordId'])
@Index('ix_red_flag_provider_run', ['providerId', 'runId'])
export class RedFlagEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => RedFlagRunEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_red_flag_run' })
  run?: RedFlagRunEntity;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'definition_version', type: 'smallint' })
  definitionVersion!: number;

  /** The flagged record: `tender`, `tender_lot`, `framework_application`, `trajectory`, `provider` or `coach`. */
  @Column({ name: 'record_type', type: 'varchar', length: 32 })
  recordType!: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  /** The provider the flag concerns, when there is one (drill-down). */
  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  /** The measured figure compared with the threshold (days, share in basis points, points, count). */
  @Column({ type: 'integer' })
  value!: number;

  /** The records and counts the figure was computed on. */
  @Column({ type: 'jsonb' })
  basis!: object;

  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt!: Date;
}
