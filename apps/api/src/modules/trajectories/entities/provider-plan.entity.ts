import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

export interface PlannedActivity {
  code: string;
  hours: number;
}

export type PlanReviewDecision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

/** IC-5: a version of the provider's re-integration plan, with the coach's review of it (IC-6). */
@Entity({ name: 'provider_plan' })
@Index('ux_provider_plan_version', ['trajectoryId', 'versionNo'], { unique: true })
export class ProviderPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_provider_plan_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  @Column({ type: 'jsonb' })
  activities!: PlannedActivity[];

  @Column({ type: 'integer' })
  hours!: number;

  @Column({ name: 'duration_months', type: 'smallint' })
  durationMonths!: number;

  @Column({ name: 'price_cents', type: 'integer' })
  priceCents!: number;

  /** IRO only (BR-04): the placement bonus agreed in the quote. */
  @Column({ name: 'placement_bonus_cents', type: 'integer', default: 0 })
  placementBonusCents!: number;

  /** IC-7: a mid-way adjustment of an ordered trajectory rather than a plan before the order. */
  @Column({ type: 'boolean', default: false })
  adjustment!: boolean;

  @Column({ name: 'exception_justification', type: 'text', nullable: true })
  exceptionJustification!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: PlanReviewDecision | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  /** IC-6: an IRO rejected because a regular route delivers the same for less, with the figures compared. */
  @Column({ name: 'cheaper_route', type: 'jsonb', nullable: true })
  cheaperRoute!: { route: string; priceCents: number } | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
