import type { SealedBidContent } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { TenderLotEntity } from './tender-lot.entity.js';

/** SET_ASIDE: not re-confirmed after a material amendment (TD-4), so not opened. */
export type BidStatus = 'ACTIVE' | 'REPLACED' | 'WITHDRAWN' | 'SET_ASIDE';

/** TD-5: a bid as stored before opening: AES-256-GCM ciphertext, its key sealed to the tender, and its commitment. */
@Entity({ name: 'tender_bid' })
@Index('ux_tender_bid_active', ['lotId', 'providerId'], { unique: true, where: `status = 'ACTIVE'` })
@Index('ix_tender_bid_tender', ['tenderId', 'status'])
export class SealedBidEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => TenderLotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_tender_bid_lot' })
  lot?: TenderLotEntity;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_tender_bid_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  status!: BidStatus;

  @Column({ type: 'bytea', select: false })
  ciphertext!: Buffer;

  @Column({ type: 'bytea', select: false })
  iv!: Buffer;

  @Column({ name: 'auth_tag', type: 'bytea', select: false })
  authTag!: Buffer;

  /** The bid's own AES key, encrypted to the tender's public key (RSA-OAEP). */
  @Column({ name: 'encrypted_key', type: 'bytea', select: false })
  encryptedKey!: Buffer;

  @Column({ type: 'char', length: 64 })
  commitment!: string;

  /** TD-4: the material amendment this bid was made or re-confirmed under. */
  @Column({ name: 'confirmed_amendment_no', type: 'integer', default: 0 })
  confirmedAmendmentNo!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** Filled at opening only (TD-6); null before, so nothing can show a bid's content early. */
  @Column({ name: 'opened_content', type: 'jsonb', nullable: true, select: false })
  openedContent!: SealedBidContent | null;
}
