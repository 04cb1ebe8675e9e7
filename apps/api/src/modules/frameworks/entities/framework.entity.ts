import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export const LEGAL_MODES = ['OPEN_HOUSE', 'DPS'] as const;
export type LegalMode = (typeof LEGAL_MODES)[number];
export type FrameworkStatus = 'DRAFT' | 'PUBLISHED';

/** FW-1: an open framework agreement; its terms (rate, lots, checklist) live in versions. */
@Entity({ name: 'framework' })
@Check('ck_framework_validity', `valid_until > valid_from`)
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_framework_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'legal_mode', type: 'varchar', length: 16 })
  legalMode!: LegalMode;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  /** FW-3: working days within which a complete submission is decided. */
  @Column({ name: 'decision_working_days', type: 'smallint' })
  decisionWorkingDays!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: FrameworkStatus;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
