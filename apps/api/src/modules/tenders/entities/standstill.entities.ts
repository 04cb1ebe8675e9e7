import type { LotFinancing } from './tender-lot.entity.js';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { TenderLotEntity } from './tender-lot.entity.js';
import { TenderEntity } from './tender.entity.js';

export type ObjectionStatus = 'PENDING' | 'UPHELD' | 'DISMISSED';

/** TD-8: an objection filed by a bidder during the standstill; decided before any contract is made. */
@Entity({ name: 'tender_objection' })
@Index('ix_tender_objection_tender', ['tenderId', 'status'])
export class TenderObjectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_objection_tender' })
  tender?: TenderEntity;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_tender_objection_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'text' })
  grounds!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  decision!: string | null;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** TD-8: the contract for one tranche, after the standstill. */
@Entity({ name: 'tender_contract' })
@Index('ux_tender_contract_tranche', ['lotId', 'trancheNo'], { unique: true })
export class TenderContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => TenderLotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_tender_contract_lot' })
  lot?: TenderLotEntity;

  @Column({ name: 'tranche_no', type: 'smallint' })
  trancheNo!: number;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_tender_contract_provider' })
  provider?: OrganisationEntity;

  @Column({ name: 'bid_id', type: 'uuid' })
  bidId!: string;

  @Column({ name: 'min_referrals', type: 'integer' })
  minReferrals!: number;

  @Column({ name: 'average_price_cents', type: 'integer' })
  averagePriceCents!: number;

  @Column({ type: 'jsonb' })
  financing!: LotFinancing;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
