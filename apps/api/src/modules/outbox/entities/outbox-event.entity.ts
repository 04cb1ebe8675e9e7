import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** SC-1: written in the same transaction as the change; the relay publishes it, the worker acknowledges it. */
@Entity({ name: 'outbox_event' })
@Index('ix_outbox_event_unapplied', ['seq'], { where: 'applied_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Index('ux_outbox_event_id', { unique: true })
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 60 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 64 })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'correlation_id', type: 'varchar', length: 64 })
  correlationId!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'publish_attempts', type: 'integer', default: 0 })
  publishAttempts!: number;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;
}
