import type { AftercareEventKind } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

/** IC-12: aftercare (nazorg) after a placement; one per trajectory. */
@Entity({ name: 'aftercare' })
export class AftercareEntity {
  @PrimaryColumn({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @OneToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_aftercare_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'learning_while_working', type: 'boolean' })
  learningWhileWorking!: boolean;

  @Column({ name: 'start_on', type: 'date' })
  start!: string;

  /** BR-06: the last day aftercare may run (learning-while-working only). */
  @Column({ name: 'max_end_on', type: 'date', nullable: true })
  maxEnd!: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;
}

@Entity({ name: 'aftercare_event' })
@Index('ix_aftercare_event_trajectory', ['trajectoryId'])
export class AftercareEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => AftercareEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_aftercare_event_aftercare' })
  aftercare?: AftercareEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: AftercareEventKind;

  @Column({ name: 'held_on', type: 'date' })
  on!: string;

  @Column({ type: 'text' })
  note!: string;
}
