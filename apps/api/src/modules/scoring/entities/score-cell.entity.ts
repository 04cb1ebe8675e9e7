import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * SC-2 at its finest grain: provider × route × benefit type × region × calendar month, holding only additive integer
 * counts and sums (hours in hundredths). Quarters, years and rolling 12 months are sums of months; rates, means and
 * intervals are computed when read, so an increment and a full rebuild give the same row to the last digit.
 * Starts count in the month of the start; everything about the end in the month of the end.
 */
@Entity({ name: 'score_cell' })
export class ScoreCellEntity {
  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  route!: string;

  @PrimaryColumn({ name: 'benefit_type', type: 'varchar', length: 16 })
  benefitType!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  region!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'integer' }) starts!: number;
  @Column({ type: 'integer' }) completions!: number;
  @Column({ type: 'integer' }) successes!: number;
  @Column({ type: 'integer' }) unsuccessful!: number;
  @Column({ name: 'early_terminations', type: 'integer' }) earlyTerminations!: number;
  @Column({ type: 'integer' }) pending!: number;
  @Column({ type: 'integer' }) placements!: number;
  @Column({ name: 'duration_days', type: 'bigint' }) durationDays!: string;
  @Column({ name: 'price_cents', type: 'bigint' }) priceCents!: string;
  @Column({ name: 'planned_centihours', type: 'bigint' }) plannedCentihours!: string;
  @Column({ name: 'delivered_centihours', type: 'bigint' }) deliveredCentihours!: string;
  @Column({ name: 'reports_on_time', type: 'integer' }) reportsOnTime!: number;
  @Column({ name: 'followed_6', type: 'integer' }) followed6!: number;
  @Column({ name: 'working_6', type: 'integer' }) working6!: number;
  @Column({ name: 'followed_12', type: 'integer' }) followed12!: number;
  @Column({ name: 'working_12', type: 'integer' }) working12!: number;
  @Column({ name: 'satisfaction_n', type: 'integer' }) satisfactionN!: number;
  @Column({ name: 'satisfaction_sum', type: 'integer' }) satisfactionSum!: number;
}
