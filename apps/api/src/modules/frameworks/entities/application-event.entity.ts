import { FrameworkApplicationEntity } from './framework-application.entity.js';
import type { ApplicationState, RequirementDecision } from '@rim/domain';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The history of an application: every action, who took it, and the per-requirement decisions with reasons. */
@Entity({ name: 'framework_application_event' })
@Index('ix_framework_application_event_application', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => FrameworkApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_framework_application_event_application' })
  application?: FrameworkApplicationEntity;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ApplicationState;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  decisions!: RequirementDecision[] | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
