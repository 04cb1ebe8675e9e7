import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientCaseEntity } from './client-case.entity.js';

export const ROUTES = ['WERKFIT', 'NAAR_WERK', 'IRO'] as const;
export type Route = (typeof ROUTES)[number];

/** IC-2: the coach's structured work plan (werkplan); every change is a new version. */
@Entity({ name: 'work_plan' })
@Index('ux_work_plan_version', ['caseId', 'versionNo'], { unique: true })
export class WorkPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ClientCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_work_plan_case' })
  clientCase?: ClientCaseEntity;

  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  @Column({ type: 'varchar', length: 16 })
  route!: Route;

  /** The open framework the route buys under (WERKFIT and NAAR_WERK). */
  @Column({ name: 'framework_id', type: 'uuid', nullable: true })
  frameworkId!: string | null;

  @Column({ name: 'proposed_hours', type: 'smallint' })
  proposedHours!: number;

  @Column({ name: 'duration_months', type: 'smallint' })
  durationMonths!: number;

  @Column({ type: 'varchar', array: true })
  activities!: string[];

  @Column({ name: 'exception_justification', type: 'text', nullable: true })
  exceptionJustification!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
