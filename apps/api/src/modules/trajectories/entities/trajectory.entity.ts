import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { ClientCaseEntity } from './client-case.entity.js';
import type { Route } from './work-plan.entity.js';

export const TRAJECTORY_STATES = ['PLAN_REQUESTED', 'PLAN_SUBMITTED', 'CHANGES_REQUESTED', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'REJECTED', 'ORDERED', 'WITHDRAWN'] as const;
export type TrajectoryState = (typeof TRAJECTORY_STATES)[number];

/** One purchase for one client from one provider (IC-5 … IC-10): from the plan request to the purchase order. */
@Entity({ name: 'trajectory' })
@Index('ux_trajectory_open_per_case', ['caseId'], { unique: true, where: `status NOT IN ('REJECTED', 'WITHDRAWN', 'ORDERED')` })
export class TrajectoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @VersionColumn()
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
