import { Column, Entity, PrimaryColumn } from 'typeorm';

/** SC-4: a provider's observed and expected successes per route in the snapshot of one run. */
@Entity({ name: 'score_case_mix_index' })
export class ScoreCaseMixIndexEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  route!: string;

  @Column({ type: 'integer' }) n!: number;
  @Column({ type: 'integer' }) observed!: number;
  @Column({ type: 'double precision' }) expected!: number;
  @Column({ type: 'double precision' }) variance!: number;
}
