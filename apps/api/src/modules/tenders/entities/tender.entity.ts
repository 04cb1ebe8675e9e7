import type { EvaluationRules, TenderState } from '@rim/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** TD-1, TD-9: a tender with its timetable (UTC instants of Europe/Amsterdam deadlines) and its state. */
@Entity({ name: 'tender' })
export class TenderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_tender_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TenderState;

  @Column({ name: 'questions_close_at', type: 'timestamptz' })
  questionsCloseAt!: Date;

  @Column({ name: 'selection_deadline_at', type: 'timestamptz' })
  selectionDeadlineAt!: Date;

  @Column({ name: 'bid_deadline_at', type: 'timestamptz' })
  bidDeadlineAt!: Date;

  /** TD-4: the number of the latest material amendment; bids confirmed for an earlier one are set aside. */
  @Column({ name: 'material_amendment_no', type: 'integer', default: 0 })
  materialAmendmentNo!: number;

  @Column({ name: 'standstill_days', type: 'smallint' })
  standstillDays!: number;

  /** Weights, KPI source, knock-outs: fixed at publication (TD-7). */
  @Column({ name: 'evaluation_rules', type: 'jsonb' })
  evaluationRules!: EvaluationRules;

  @Column({ name: 'vrije_ruimte_cap_bp', type: 'integer' })
  vrijeRuimteCapBp!: number;

  /** TD-6: opening needs a second officer. */
  @Column({ name: 'opening_quorum', type: 'boolean' })
  openingQuorum!: boolean;

  /** TD-5: bids are encrypted to this key; its private half is stored only wrapped, and only opening unwraps it. */
  @Column({ name: 'bid_public_key', type: 'text' })
  bidPublicKey!: string;

  @Column({ name: 'wrapped_private_key', type: 'bytea', select: false })
  wrappedPrivateKey!: Buffer;

  @Column({ name: 'merkle_root', type: 'char', length: 64, nullable: true })
  merkleRoot!: string | null;

  @Column({ name: 'root_published_at', type: 'timestamptz', nullable: true })
  rootPublishedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'opening_requested_by', type: 'uuid', nullable: true })
  openingRequestedBy!: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  /** TD-8: recorded when the award is decided; draws between equal bids are reproducible from it. */
  @Column({ name: 'lottery_seed', type: 'varchar', length: 64, nullable: true })
  lotterySeed!: string | null;

  @Column({ name: 'standstill_ends_at', type: 'timestamptz', nullable: true })
  standstillEndsAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
