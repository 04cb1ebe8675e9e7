import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { TrajectoryEntity } from './trajectory.entity.js';

/** IC-11: the client's satisfaction (1–10) with one completed trajectory. */
@Entity({ name: 'satisfaction_score' })
export class SatisfactionScoreEntity {
  @PrimaryColumn({ name: 'trajectory_id', type: 'uuid' })
  trajectoryId!: string;

  @OneToOne(() => TrajectoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_satisfaction_score_trajectory' })
  trajectory?: TrajectoryEntity;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** IC-11: whether a provider takes part in the client-satisfaction survey. */
@Entity({ name: 'survey_participation' })
export class SurveyParticipationEntity {
  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_survey_participation_provider' })
  provider?: OrganisationEntity;

  @Column({ type: 'boolean' })
  participating!: boolean;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
