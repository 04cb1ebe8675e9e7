import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ScoreContestStatus = 'OPEN' | 'UPHELD' | 'REJECTED';

/** SC-9: a provider contests one trajectory's data with evidence; an officer decides; upheld leads to a recompute. */
@Entity({ name: 'score_contest' })
@Index('ix_score_contest_provider', ['providerId', 'createdAt'])
export class ScoreContestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  evidence!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: ScoreContestStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment!: string | null;

  /** The recompute the upheld decision started. */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;
}
