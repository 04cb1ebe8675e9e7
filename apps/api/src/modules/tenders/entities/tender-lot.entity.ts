import type { VrijeRuimtePurpose } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenderEntity } from './tender.entity.js';

export interface LotFinancing {
  /** Share of the price paid at the start, in basis points; the rest is result-based. */
  fixedShareBp: number;
  /** Months a placement must last before the result part is paid. */
  durabilityMonths: number;
  bonusCents: number;
}

/** TD-1: one cell of the target-group × region matrix (region null: national). */
@Entity({ name: 'tender_lot' })
@Index('ux_tender_lot_code', ['tenderId', 'code'], { unique: true })
export class TenderLotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_lot_tender' })
  tender?: TenderEntity;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'target_group', type: 'varchar', length: 16 })
  targetGroup!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  region!: string | null;

  @Column({ name: 'expected_volume', type: 'integer' })
  expectedVolume!: number;

  @Column({ type: 'smallint' })
  tranches!: number;

  @Column({ name: 'min_referrals', type: 'integer' })
  minReferrals!: number;

  @Column({ name: 'max_price_cents', type: 'integer' })
  maxPriceCents!: number;

  @Column({ name: 'max_duration_days', type: 'integer' })
  maxDurationDays!: number;

  @Column({ type: 'jsonb' })
  financing!: LotFinancing;

  /** TD-2: the free-space track and why. */
  @Column({ name: 'vrije_ruimte_purpose', type: 'varchar', length: 32, nullable: true })
  vrijeRuimtePurpose!: VrijeRuimtePurpose | null;
}
