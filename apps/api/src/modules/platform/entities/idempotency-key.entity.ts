import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** SPEC §8: a submission sent with an `Idempotency-Key`, claimed in the transaction of its change; its response is kept for replays. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  /** The user who sent it, or `anonymous`: keys are per caller. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** Null between the commit and the stored response (or when the response was lost with the connection). */
  @Column({ type: 'integer', nullable: true })
  status!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
