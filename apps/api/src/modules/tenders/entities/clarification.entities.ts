import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenderEntity } from './tender.entity.js';

/** TD-4: a question for the nota van inlichtingen; who asked it is kept for the officers only. */
@Entity({ name: 'tender_question' })
@Index('ix_tender_question_tender', ['tenderId', 'askedAt'])
export class TenderQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_question_tender' })
  tender?: TenderEntity;

  @Column({ name: 'asker_id', type: 'uuid' })
  askerId!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}

/** TD-4: a formal, numbered amendment of the tender documents. */
@Entity({ name: 'tender_amendment' })
@Index('ux_tender_amendment', ['tenderId', 'amendmentNo'], { unique: true })
export class TenderAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_amendment_tender' })
  tender?: TenderEntity;

  @Column({ name: 'amendment_no', type: 'integer' })
  amendmentNo!: number;

  @Column({ type: 'text' })
  summary!: string;

  /** A material amendment sets aside the bids already made until each bidder re-confirms. */
  @Column({ type: 'boolean' })
  material!: boolean;

  @Column({ name: 'bid_deadline_before', type: 'timestamptz' })
  bidDeadlineBefore!: Date;

  @Column({ name: 'bid_deadline_after', type: 'timestamptz' })
  bidDeadlineAfter!: Date;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
