import type { EvaluationMoment } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

/** numeric columns arrive as strings; hours are kept to the hundredth. */
const HOURS = { type: 'numeric' as const, precision: 6, scale: 2, transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } };

/** IC-7: hours the provider delivered on one day for one planned activity. */
@Entity({ name: 'delivered_hours' })
@Index('ix_delivered_hours_trajectory', ['trajectoryId', 'activityCode'])
export class DeliveredHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_delivered_hours_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'activity_code', type: 'varchar', length: 24 })
  activityCode!: string;

  @Column({ name: 'delivered_on', type: 'date' })
  deliveredOn!: string;

  @Column(HOURS)
  hours!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** IC-7: the Werkfit evaluation moment, the provider's assessment and, when it asks to stop, the coach's decision. */
@Entity({ name: 'evaluation' })
@Index('ux_evaluation_moment', ['trajectoryId', 'moment'], { unique: true })
@Index('ix_evaluation_stop_pending', ['trajectoryId'], { where: 'stop_requested AND decision IS NULL' })
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_evaluation_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'smallint' })
  moment!: EvaluationMoment;

  @Column({ type: 'text' })
  progress!: string;

  @Column({ name: 'stop_requested', type: 'boolean' })
  stopRequested!: boolean;

  @Column({ name: 'stop_reason', type: 'text', nullable: true })
  stopReason!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** Only for a stop request: STOP or CONTINUE. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  decision!: 'STOP' | 'CONTINUE' | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** IC-7: work the client started; the records IC-9 and the result payments of IC-10 are judged from. */
@Entity({ name: 'placement' })
@Index('ix_placement_trajectory', ['trajectoryId'])
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_placement_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'contract_type', type: 'varchar', length: 16 })
  contractType!: 'FIXED_TERM' | 'INDEFINITE' | 'SELF_EMPLOYED';

  @Column({ name: 'contract_months', type: 'smallint', nullable: true })
  contractMonths!: number | null;

  @Column({ name: 'hours_per_week', ...HOURS })
  hoursPerWeek!: number;

  @Column({ name: 'start_on', type: 'date' })
  start!: string;

  @Column({ name: 'end_on', type: 'date', nullable: true })
  end!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** IC-7: an illness interruption; it extends the IC-9 qualifying period day for day. */
@Entity({ name: 'illness_period' })
@Index('ix_illness_period_trajectory', ['trajectoryId'])
export class IllnessPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_illness_period_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'from_on', type: 'date' })
  from!: string;

  @Column({ name: 'to_on', type: 'date' })
  to!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
