import type { EndReasonCode } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { ClientCaseEntity } from './client-case.entity.js';
import type { Route } from './work-plan.entity.js';

export const TRAJECTORY_STATES = [
  'PLAN_REQUESTED', 'PLAN_SUBMITTED', 'CHANGES_REQUESTED', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'REJECTED', 'ORDERED', 'WITHDRAWN',
  'ADJUSTMENT_SUBMITTED', 'ENDED', 'END_REPORT_SUBMITTED', 'END_REPORT_RETURNED', 'CLOSED',
] as const;
export type TrajectoryState = (typeof TRAJECTORY_STATES)[number];

/** What waits for someone (the coach's worklist): a few hundred rows among hundreds of thousands. */
export const OPEN_WORK_STATES = ['PLAN_SUBMITTED', 'AWAITING_SECOND_APPROVAL', 'ADJUSTMENT_SUBMITTED', 'ENDED', 'END_REPORT_SUBMITTED', 'END_REPORT_RETURNED'] as const;

/** One purchase for one client from one provider (IC-5 … IC-10): from the plan request to its settlement. */
@Entity({ name: 'trajectory' })
@Index('ix_trajectory_open_work', ['status'], { where: `status IN (${OPEN_WORK_STATES.map((s) => `'${s}'`).join(', ')})` })
@Index('ix_trajectory_unsettled', ['id'], { where: 'started_on IS NOT NULL AND settled_on IS NULL' })
@Index('ux_trajectory_open_per_case', ['caseId'], { unique: true, where: `status IN ('PLAN_REQUESTED', 'PLAN_SUBMITTED', 'CHANGES_REQUESTED', 'AWAITING_SECOND_APPROVAL', 'APPROVED')` })
export class TrajectoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_trajectory_case')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ClientCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_trajectory_case' })
  clientCase?: ClientCaseEntity;

  @Column({ name: 'work_plan_id', type: 'uuid' })
  workPlanId!: string;

  @Index('ix_trajectory_provider')
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_trajectory_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  route!: Route;

  @Column({ name: 'framework_id', type: 'uuid', nullable: true })
  frameworkId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  status!: TrajectoryState;

  @Column({ name: 'first_approver_id', type: 'uuid', nullable: true })
  firstApproverId!: string | null;

  /** The purchase order's day: the service starts. */
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 32, nullable: true })
  endReason!: EndReasonCode | null;

  @Column({ name: 'early_return_reason', type: 'varchar', length: 24, nullable: true })
  earlyReturnReason!: string | null;

  @Column({ name: 'early_return_text', type: 'text', nullable: true })
  earlyReturnText!: string | null;

  /** IC-8: 14 calendar days after the end. */
  @Column({ name: 'end_report_due', type: 'date', nullable: true })
  endReportDue!: string | null;

  /** IC-9 for Naar werk ended with a placement: set once the placement records decide it. */
  @Column({ name: 'placement_judgement', type: 'varchar', length: 16, nullable: true })
  placementJudgement!: 'SUCCESS' | 'NO_SUCCESS' | null;

  /** IC-10: the day settlement found nothing more can fall due; settlement runs skip it from then on. */
  @Column({ name: 'settled_on', type: 'date', nullable: true })
  settledOn!: string | null;

  /** When the status last changed: the worklist's "since". */
  @Column({ name: 'status_since', type: 'timestamptz' })
  statusSince!: Date;

  @VersionColumn()
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
