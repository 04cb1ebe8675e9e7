import type { PaymentKind } from '@rim/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrajectoryEntity } from './trajectory.entity.js';

/** IC-6: the inkooporder, issued after the client's consent is recorded. */
@Entity({ name: 'purchase_order' })
export class PurchaseOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_purchase_order_trajectory', { unique: true })
  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @ManyToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_purchase_order_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ name: 'consent_note', type: 'text' })
  consentNote!: string;

  @Column({ name: 'issued_by', type: 'uuid' })
  issuedBy!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}

/** IC-10: the append-only payment ledger; the key makes every payment happen at most once, whoever asks twice. */
@Entity({ name: 'payment_ledger' })
@Index('ix_payment_ledger_trajectory', ['trajectoryId'])
export class PaymentLedgerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_payment_ledger_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: PaymentKind;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'booked_at', type: 'timestamptz' })
  bookedAt!: Date;
}
