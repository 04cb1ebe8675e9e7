import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { WorkPlanEntity } from './work-plan.entity.js';

export const CHOICE_METHODS = ['CLIENT_CHOICE', 'COACH_AT_CLIENT_REQUEST'] as const;
export type ChoiceMethod = (typeof CHOICE_METHODS)[number];

/** IC-3: how the provider was chosen, with the klikgesprekken, vetoes and, for a coach's choice, the reason. */
@Entity({ name: 'provider_choice' })
export class ProviderChoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'work_plan_id', type: 'uuid' })
  workPlanId!: string;

  @ManyToOne(() => WorkPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_plan_id', foreignKeyConstraintName: 'fk_provider_choice_work_plan' })
  workPlan?: WorkPlanEntity;

  @Column({ type: 'varchar', length: 32 })
  method!: ChoiceMethod;

  @Column({ name: 'intro_meetings', type: 'uuid', array: true })
  introMeetings!: string[];

  @Column({ type: 'uuid', array: true })
  vetoed!: string[];

  @Column({ name: 'chosen_provider_id', type: 'uuid' })
  chosenProviderId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chosen_provider_id', foreignKeyConstraintName: 'fk_provider_choice_provider' })
  chosenProvider?: OrganisationEntity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
