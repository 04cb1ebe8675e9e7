import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { TenderLotEntity } from './tender-lot.entity.js';

export type SelectionStatus = 'REQUESTED' | 'SHORTLISTED' | 'REJECTED';

/** TD-3: a provider's request to take part in one lot, and the officer's decision. */
@Entity({ name: 'tender_selection_request' })
@Index('ux_tender_selection_request', ['lotId', 'providerId'], { unique: true })
export class SelectionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => TenderLotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_tender_selection_request_lot' })
  lot?: TenderLotEntity;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_tender_selection_request_provider' })
  provider?: OrganisationEntity;

  /** New to the target group: exempt from the experience criterion (TD-3, seed 001 §2.2). */
  @Column({ type: 'boolean' })
  newcomer!: boolean;

  @Column({ name: 'experience_trajectories', type: 'integer' })
  experienceTrajectories!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: SelectionStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
