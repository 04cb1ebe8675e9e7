import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@rim/contracts';
import { SURVEY_IRO_THRESHOLD, surveyObligatory } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { SatisfactionInputDto } from './dto/execution.dto.js';
import { SurveyObligationDto, SurveyParticipationDto } from './dto/contracting.dto.js';
import { SatisfactionScoreEntity, SurveyParticipationEntity } from './entities/satisfaction.entities.js';
import { TrajectoriesService } from './trajectories.service.js';

/** IC-11: satisfaction per completed trajectory, and the survey obligation of providers with more than 10 IROs. */
@Injectable()
export class SatisfactionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly trajectories: TrajectoriesService,
  ) {}

  async record(actor: Actor, id: string, dto: SatisfactionInputDto): Promise<void> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.trajectories.reach(tx.manager, actor, id);
      if (t.status !== 'CLOSED') throw new DomainException('WRONG_STATE', 'Satisfaction is asked once the trajectory is completed.');
      if (await tx.manager.existsBy(SatisfactionScoreEntity, { trajectoryId: id })) throw new DomainException('CONFLICT', 'The client\'s satisfaction is recorded already.');
      await tx.manager.insert(SatisfactionScoreEntity, { trajectoryId: id, score: dto.score, recordedBy: actor.userId });
      await tx.audit({ action: 'trajectory.satisfaction-recorded', entityType: 'trajectory', entityId: id, data: { score: dto.score } });
      await tx.emit({ type: 'satisfaction.recorded', aggregateType: 'trajectory', aggregateId: id, payload: { providerId: t.providerId, route: t.route, score: dto.score } });
    });
  }

  async setParticipation(actor: Actor, dto: SurveyParticipationDto): Promise<SurveyParticipationDto> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Only a provider takes part in the survey.');
    await this.uow.run(actor, async (tx) => {
      await tx.manager.upsert(SurveyParticipationEntity, { providerId: actor.organisationId, participating: dto.participating, changedAt: tx.now }, ['providerId']);
      await tx.audit({ action: 'provider.survey-participation', entityType: 'organisation', entityId: actor.organisationId, data: { participating: dto.participating } });
    });
    return { participating: dto.participating };
  }

  /** Providers with more than 10 ordered IROs; those not taking part are flagged. */
  async obligations(): Promise<SurveyObligationDto[]> {
    const rows = await this.dataSource.query<{ providerId: string; providerName: string; iroCount: number; participating: boolean; responses: number; averageScore: number | null }[]>(
      `SELECT t.provider_id AS "providerId", o.name AS "providerName", COUNT(*)::int AS "iroCount", COALESCE(sp.participating, false) AS participating,
              COUNT(s.trajectory_id)::int AS responses, ROUND(AVG(s.score), 1)::float8 AS "averageScore"
         FROM trajectory t
         JOIN organisation o ON o.id = t.provider_id
         LEFT JOIN survey_participation sp ON sp.provider_id = t.provider_id
         LEFT JOIN satisfaction_score s ON s.trajectory_id = t.id
        WHERE t.route = 'IRO' AND t.started_on IS NOT NULL
        GROUP BY t.provider_id, o.name, sp.participating
       HAVING COUNT(*) > $1
        ORDER BY COALESCE(sp.participating, false), COUNT(*) DESC, o.name`,
      [SURVEY_IRO_THRESHOLD],
    );
    return rows.map((r) => ({ ...r, flagged: surveyObligatory(r.iroCount) && !r.participating }));
  }
}
