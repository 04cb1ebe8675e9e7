import type { LotteryDraw, QualitativeCriterion, ScoreSheet, TrancheAward } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { SealedBidEntity } from './sealed-bid.entity.js';
import { TenderLotEntity } from './tender-lot.entity.js';
import { TenderEntity } from './tender.entity.js';

/** TD-7: a panel member assigned to score a tender's bids. */
@Entity({ name: 'tender_evaluator' })
@Index('ux_tender_evaluator', ['tenderId', 'userId'], { unique: true })
export class TenderEvaluatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_evaluator_tender' })
  tender?: TenderEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_tender_evaluator_user' })
  user?: UserEntity;
}

/** TD-7: one evaluator's blind score (0–10) of one bid on one qualitative criterion. */
@Entity({ name: 'tender_score' })
@Index('ux_tender_score', ['bidId', 'criterion', 'evaluatorId'], { unique: true })
export class TenderScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bid_id', type: 'uuid' })
  bidId!: string;

  @ManyToOne(() => SealedBidEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_tender_score_bid' })
  bid?: SealedBidEntity;

  @Column({ type: 'varchar', length: 24 })
  criterion!: QualitativeCriterion;

  @Column({ name: 'evaluator_id', type: 'uuid' })
  evaluatorId!: string;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ name: 'scored_at', type: 'timestamptz' })
  scoredAt!: Date;
}

/** TD-7: the panel's agreed score with its written rationale. */
@Entity({ name: 'tender_consensus' })
@Index('ux_tender_consensus', ['bidId', 'criterion'], { unique: true })
export class TenderConsensusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bid_id', type: 'uuid' })
  bidId!: string;

  @ManyToOne(() => SealedBidEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_tender_consensus_bid' })
  bid?: SealedBidEntity;

  @Column({ type: 'varchar', length: 24 })
  criterion!: QualitativeCriterion;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}

/** What is kept of the engine's award: plain JSON (its exact fractions travel as the sheets' `totalExact`). */
export interface StoredLotAward {
  sheets: ScoreSheet[];
  tranches: TrancheAward[];
  lotteries: LotteryDraw[];
}

/** TD-8: the award of one lot as the engine computed it: every score sheet, the tranches and any lottery draws. */
@Entity({ name: 'tender_lot_award' })
@Index('ux_tender_lot_award', ['lotId'], { unique: true })
export class TenderLotAwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tender_id', type: 'uuid' })
  tenderId!: string;

  @Column({ name: 'lot_id', type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => TenderLotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_tender_lot_award_lot' })
  lot?: TenderLotEntity;

  @Column({ type: 'jsonb' })
  result!: StoredLotAward;
}
