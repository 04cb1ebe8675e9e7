import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@rim/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { ContestDto, CreateContestDto, DecideContestDto, DecideReviewCaseDto, ReviewCaseDto } from './dto/score-run.dto.js';
import { ScoreContestEntity } from './entities/score-contest.entity.js';
import { ScoreReviewCaseEntity } from './entities/score-review-case.entity.js';
import { ScoreTrajectoryEntity } from './entities/score-trajectory.entity.js';
import { ScoreApplyService } from './score-apply.service.js';
import { ScoreRunsService } from './score-runs.service.js';

function toDto(c: ScoreContestEntity): ContestDto {
  return {
    id: c.id, providerId: c.providerId, trajectoryId: c.trajectoryId, reason: c.reason, evidence: c.evidence, status: c.status,
    createdAt: c.createdAt.toISOString(), decidedAt: c.decidedAt?.toISOString() ?? null, decisionComment: c.decisionComment, runId: c.runId,
  };
}

function reviewCaseDto(r: ScoreReviewCaseEntity): ReviewCaseDto {
  return { id: r.id, providerId: r.providerId, route: r.route, norm: r.norm, lastQuarter: r.lastQuarter, basis: r.basis, status: r.status, runId: r.runId, openedAt: r.openedAt.toISOString() };
}

/** SC-9 contests of a data point, decided by an officer; SC-8 review cases to read. */
@Injectable()
export class ScoreContestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly apply: ScoreApplyService,
    private readonly runs: ScoreRunsService,
  ) {}

  async create(actor: Actor, dto: CreateContestDto): Promise<ContestDto> {
    return this.uow.run(actor, async (tx) => {
      const fact = await tx.manager.findOneBy(ScoreTrajectoryEntity, { trajectoryId: dto.trajectoryId });
      if (!fact || fact.providerId !== actor.organisationId) throw new DomainException('NOT_FOUND', 'No such trajectory among your scored trajectories.', [{ field: 'trajectoryId', message: 'not one of yours' }]);
      const contest = await tx.manager.save(tx.manager.create(ScoreContestEntity, {
        providerId: actor.organisationId, trajectoryId: dto.trajectoryId, reason: dto.reason, evidence: dto.evidence, status: 'OPEN', createdAt: tx.now,
      }));
      await tx.audit({ action: 'score.contest-filed', entityType: 'score_contest', entityId: contest.id, data: { trajectoryId: dto.trajectoryId } });
      return toDto(contest);
    });
  }

  async list(actor: Actor): Promise<ContestDto[]> {
    const where = actor.can(Permission.ScoreManage) ? {} : { providerId: actor.organisationId };
    return (await this.dataSource.getRepository(ScoreContestEntity).find({ where, order: { createdAt: 'DESC' }, take: 200 })).map(toDto);
  }

  /** Upheld: the trajectory leaves the figures in the same transaction, and a recompute refreshes the snapshot. */
  async decide(actor: Actor, id: string, dto: DecideContestDto): Promise<ContestDto> {
    const { contest, runId } = await this.uow.run(actor, async (tx) => {
      const found = await tx.manager.findOne(ScoreContestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new DomainException('NOT_FOUND', 'No such contest.');
      if (found.status !== 'OPEN') throw new DomainException('WRONG_STATE', `The contest was already decided (${found.status}).`);
      const recompute = dto.decision === 'UPHELD' ? await this.runs.record(tx, 'CONTEST') : null;
      if (dto.decision === 'UPHELD') await this.apply.exclude(tx.manager, found.trajectoryId);
      Object.assign(found, { status: dto.decision, decidedBy: actor.userId, decidedAt: tx.now, decisionComment: dto.comment, runId: recompute });
      await tx.manager.save(found);
      await tx.audit({ action: `score.contest-${dto.decision.toLowerCase()}`, entityType: 'score_contest', entityId: id, data: { trajectoryId: found.trajectoryId, runId: recompute } });
      return { contest: found, runId: recompute };
    });
    if (runId) await this.runs.enqueue(runId);
    return toDto(contest);
  }

  async reviewCases(): Promise<ReviewCaseDto[]> {
    return (await this.dataSource.getRepository(ScoreReviewCaseEntity).find({ order: { openedAt: 'DESC' }, take: 200 })).map(reviewCaseDto);
  }

  /** SC-8 → FW-6: a person closes the case with the decision taken; the decision and its reasons go into the audit trail. */
  async decideReviewCase(actor: Actor, id: string, dto: DecideReviewCaseDto): Promise<ReviewCaseDto> {
    return this.uow.run(actor, async (tx) => {
      const found = await tx.manager.findOne(ScoreReviewCaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new DomainException('NOT_FOUND', 'No such review case.');
      if (found.status !== 'OPEN') throw new DomainException('WRONG_STATE', 'The review case was already decided.');
      found.status = 'CLOSED';
      await tx.manager.save(found);
      await tx.audit({ action: 'score.review-case-decided', entityType: 'score_review_case', entityId: id, data: { providerId: found.providerId, route: found.route, decision: dto.decision, comment: dto.comment } });
      return reviewCaseDto(found);
    });
  }
}
