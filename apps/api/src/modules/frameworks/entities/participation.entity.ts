import { FrameworkEntity } from './framework.entity.js';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { FrameworkApplicationEntity, type ProviderLocation } from './framework-application.entity.js';

export type ParticipationStatus = 'ACTIVE' | 'SUSPENDED' | 'DELISTED';
export type SuspensionCause = 'OFFICER' | 'EVIDENCE_EXPIRED';

/** FW-4: a provider admitted to one lot, bound to the terms version it accepted. */
@Entity({ name: 'framework_participation' })
@Index('ux_framework_participation', ['frameworkId', 'providerId', 'lot'], { unique: true })
@Index('ix_framework_participation_choice', ['frameworkId', 'lot', 'status'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_framework_participation_framework' })
  framework?: FrameworkEntity;

  @Index('ix_framework_participation_provider')
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_framework_participation_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  lot!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => FrameworkApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_framework_participation_application' })
  application?: FrameworkApplicationEntity;

  @Column({ name: 'accepted_terms_version_no', type: 'integer' })
  acceptedTermsVersionNo!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: ParticipationStatus;

  @Column({ name: 'suspension_cause', type: 'varchar', length: 24, nullable: true })
  suspensionCause!: SuspensionCause | null;

  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Index('ix_framework_participation_regions', { synchronize: false })
  @Column({ type: 'varchar', array: true })
  regions!: string[];

  /** With the regions' GIN index, the choice set (FW-8) finds its few rows by a bitmap AND instead of a scan. */
  @Index('ix_framework_participation_target_groups', { synchronize: false })
  @Column({ name: 'target_groups', type: 'varchar', array: true })
  targetGroups!: string[];

  @Column({ type: 'jsonb' })
  locations!: ProviderLocation[];

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'admitted_at', type: 'timestamptz' })
  admittedAt!: Date;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
