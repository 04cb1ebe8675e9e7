import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message to a provider organisation (FW-5 reminders, decisions); the dedupe key makes sending idempotent. */
@Entity({ name: 'provider_notification' })
@Index('ix_provider_notification_organisation', ['organisationId', 'createdAt'])
export class ProviderNotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_provider_notification_organisation' })
  organisation?: OrganisationEntity;

  @Index('ux_provider_notification_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 160 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
