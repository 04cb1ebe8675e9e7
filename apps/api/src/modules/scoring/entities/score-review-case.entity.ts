import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * SC-8 → FW-6: a breach of a lot's performance norm opens a de-listing review case; an officer decides what follows,
 * never the computer. One case per provider, lot and breach period however often the recompute runs.
 */
@Entity({ name: 'score_review_case' })
@Index('ux_score_review_case_breach', ['providerId', 'route', 'norm', 'lastQuarter'], { unique: true })
export class ScoreReviewCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'varchar', length: 16 })
  route!: string;

  @Column({ type: 'varchar', length: 40 })
  norm!: string;

  /** The second of the two consecutive quarters below the floor, e.g. 2026-Q2. */
  @Column({ name: 'last_quarter', type: 'varchar', length: 7 })
  lastQuarter!: string;

  /** Per quarter: n, successes and the rate that breached the floor. */
  @Column({ type: 'jsonb' })
  basis!: object;

  @Column({ type: 'varchar', length: 10 })
  status!: 'OPEN' | 'CLOSED';

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}
