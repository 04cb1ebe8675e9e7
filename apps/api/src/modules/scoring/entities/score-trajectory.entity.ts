import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * SC-1: one trajectory as the scoring events have described it so far: every applied event folds into its row, each
 * event setting only its own columns, so the order in which events arrive does not matter. The score cells are a
 * pure function of these rows (score-contributions.ts); a full recompute rebuilds them from here.
 */
@Entity({ name: 'score_trajectory' })
export class ScoreTrajectoryEntity {
  @PrimaryColumn({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  route!: string | null;

  @Column({ name: 'benefit_type', type: 'varchar', length: 16, nullable: true })
  benefitType!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  region!: string | null;

  @Column({ name: 'distance_to_labour_market', type: 'smallint', nullable: true })
  distanceToLabourMarket!: number | null;

  @Column({ name: 'age_band', type: 'varchar', length: 8, nullable: true })
  ageBand!: string | null;

  @Column({ name: 'barrier_count', type: 'smallint', nullable: true })
  barrierCount!: number | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ name: 'price_cents', type: 'integer', nullable: true })
  priceCents!: number | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 32, nullable: true })
  endReason!: string | null;

  /** The outcome of the approved end report; PENDING while IC-9 still judges a Naar werk placement. */
  @Column({ name: 'closed_outcome', type: 'varchar', length: 20, nullable: true })
  closedOutcome!: string | null;

  /** IC-9's later judgement; wins over `closed_outcome` whichever event arrives first. */
  @Column({ name: 'judged_outcome', type: 'varchar', length: 20, nullable: true })
  judgedOutcome!: string | null;

  /** Hours in hundredths, so that every sum over them is an integer sum. */
  @Column({ name: 'planned_centihours', type: 'integer', nullable: true })
  plannedCentihours!: number | null;

  @Column({ name: 'delivered_centihours', type: 'integer', nullable: true })
  deliveredCentihours!: number | null;

  @Column({ name: 'end_report_late', type: 'boolean', nullable: true })
  endReportLate!: boolean | null;

  @Column({ type: 'boolean', default: false })
  placed!: boolean;

  /** Bit m − 1: the IC-13 work status of month m (1–12) after the end is known … */
  @Column({ name: 'follow_up_known', type: 'integer', default: 0 })
  followUpKnown!: number;

  /** … and says the client works. */
  @Column({ name: 'follow_up_working', type: 'integer', default: 0 })
  followUpWorking!: number;

  @Column({ type: 'smallint', nullable: true })
  satisfaction!: number | null;

  /** SC-9: a contest upheld by an officer takes the trajectory out of every figure. */
  @Column({ type: 'boolean', default: false })
  excluded!: boolean;
}
