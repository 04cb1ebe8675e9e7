import { FrameworkEntity } from './framework.entity.js';
import type { LotTerms, Requirement } from '@rim/domain';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** FW-4: one immutable version of a framework's terms; participants are bound to the version they accepted. */
@Entity({ name: 'framework_terms' })
@Index('ux_framework_terms_version', ['frameworkId', 'versionNo'], { unique: true })
export class FrameworkTermsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'fk_framework_terms_framework' })
  framework?: FrameworkEntity;

  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'hourly_rate_cents', type: 'integer' })
  hourlyRateCents!: number;

  @Column({ type: 'jsonb' })
  lots!: LotTerms[];

  @Column({ type: 'jsonb' })
  checklist!: Requirement[];

  /** Participants who have not accepted this version by this date stop being active. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
