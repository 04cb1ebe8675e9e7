import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

export interface ReportedActivity {
  code: string;
  plannedHours: number;
  delivered: boolean;
  hours: number;
  /** Why the activity went otherwise than planned; required for every deviation. */
  justification: string | null;
  coachConsulted: boolean;
}

/** IC-8: the end report, built from the approved plan; a returned report is followed by a new version. */
@Entity({ name: 'end_report' })
@Index('ux_end_report_version', ['trajectoryId', 'versionNo'], { unique: true })
export class EndReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_end_report_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  @Column({ type: 'jsonb' })
  activities!: ReportedActivity[];

  @Column({ type: 'boolean' })
  success!: boolean;

  @Column({ name: 'success_reason', type: 'varchar', length: 40, nullable: true })
  successReason!: string | null;

  @Column({ name: 'follow_up_advice', type: 'varchar', length: 40 })
  followUpAdvice!: string;

  @Column({ name: 'explanation', type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'client_signed_off', type: 'boolean' })
  clientSignedOff!: boolean;

  /** Submitted after the 14-day deadline. */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'review', type: 'varchar', length: 16, nullable: true })
  review!: 'APPROVED' | 'RETURNED' | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;
}
