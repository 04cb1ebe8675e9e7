import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

/** IC-13: the client's work status in one of the 12 months after the trajectory ended (wage-register link). */
@Entity({ name: 'follow_up_status' })
export class FollowUpStatusEntity {
  @PrimaryColumn({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_follow_up_status_trajectory' })
  trajectory?: TrajectoryEntity;

  /** `YYYY-MM`. */
  @PrimaryColumn({ type: 'char', length: 7 })
  month!: string;

  @Column({ name: 'month_index', type: 'smallint' })
  monthIndex!: number;

  @Column({ type: 'boolean' })
  working!: boolean;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
