import { FrameworkEntity } from './framework.entity.js';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import type { ApplicationState } from '@rim/domain';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export interface ProviderLocation {
  city: string;
  postcode: string;
}

export interface ExperienceFigures {
  trajectories: number;
  placements: number;
  newcomer: boolean;
}

/** FW-2/FW-3: a provider's application to one lot of a framework. */
@Entity({ name: 'framework_application' })
@Index('ux_framework_application_open', ['frameworkId', 'providerId', 'lot'], { unique: true, where: `status NOT IN ('ADMITTED', 'REJECTED', 'WITHDRAWN')` })
@Index('ix_framework_application_queue', ['status', 'decisionDueAt'])
export class FrameworkApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_framework_application_framework' })
  framework?: FrameworkEntity;

  @Index('ix_framework_application_provider')
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_framework_application_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  lot!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ApplicationState;

  @Column({ name: 'terms_version_no', type: 'integer' })
  termsVersionNo!: number;

  /** Requirement codes declared as met. */
  @Column({ type: 'varchar', array: true, default: '{}' })
  declarations!: string[];

  @Column({ type: 'jsonb', nullable: true })
  experience!: ExperienceFigures | null;

  @Column({ type: 'varchar', array: true, default: '{}' })
  regions!: string[];

  @Column({ name: 'target_groups', type: 'varchar', array: true, default: '{}' })
  targetGroups!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  locations!: ProviderLocation[];

  @Column({ type: 'integer', default: 0 })
  capacity!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** FW-3 SLA: the exclusive instant by which the decision is due, from the latest complete submission. */
  @Column({ name: 'decision_due_at', type: 'timestamptz', nullable: true })
  decisionDueAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
