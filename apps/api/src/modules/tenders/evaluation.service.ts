import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@rim/contracts';
import { QUALITATIVE_CRITERIA, type QualitativeCriterion } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { UserEntity } from '../identity/entities/user.entity.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { ConsensusDto, EvaluationCellDto, MyScoreDto, PanelMemberDto } from './dto/evaluation.dto.js';
import { TenderConsensusEntity, TenderEvaluatorEntity } from './entities/evaluation.entities.js';
import { SealedBidEntity } from './entities/sealed-bid.entity.js';
import { TenderEntity } from './entities/tender.entity.js';
import { TendersService } from './tenders.service.js';

interface CellRow {
  bid_id: string;
  lot_id: string;
  provider_name: string;
  criterion: QualitativeCriterion;
  scores: number[];
  evaluators: number;
  consensus: number | null;
  rationale: string | null;
}

/** TD-7 panel work: blind individual scores on criteria 5–6, divergence, and a consensus with its rationale. */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tenders: TendersService,
  ) {}

  async assignEvaluator(actor: Actor, tenderId: string, userId: string): Promise<void> {
    await this.uow.run(actor, async (tx) => {
      await this.tenders.lock(tx.manager, tenderId);
      const user = await tx.manager.findOneBy(UserEntity, { id: userId });
      if (user?.role !== Role.BuyerEvaluator) throw new DomainException('VALIDATION_FAILED', 'Only panel members (buyer.evaluator) can be assigned.', [{ field: 'userId', message: 'not an evaluator' }]);
      await tx.manager.createQueryBuilder().insert().into(TenderEvaluatorEntity).values({ tenderId, userId }).orIgnore().execute();
      await tx.audit({ action: 'tender.evaluator-assigned', entityType: 'tender', entityId: tenderId, data: { userId } });
    });
  }

  /** Panel members who can be assigned (active buyer.evaluator users), marking those already on this tender's panel. */
  async panel(tenderId: string): Promise<PanelMemberDto[]> {
    const rows = await this.dataSource.query<{ id: string; name: string; email: string; assigned: boolean }[]>(
      `SELECT u.id, u.name, u.email, EXISTS (SELECT 1 FROM tender_evaluator e WHERE e.tender_id = $1 AND e.user_id = u.id) AS assigned
         FROM app_user u WHERE u.role = $2 AND u.active ORDER BY u.name, u.id`,
      [tenderId, Role.BuyerEvaluator],
    );
    return rows;
  }

  /** An assigned evaluator's own score; it can be revised until the panel agrees on that cell. */
  async score(actor: Actor, tenderId: string, bidId: string, criterion: QualitativeCriterion, score: number): Promise<MyScoreDto> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'SCORE_BID', tx.now);
      if (!(await tx.manager.existsBy(TenderEvaluatorEntity, { tenderId, userId: actor.userId }))) throw new DomainException('FORBIDDEN', 'You are not on this tender’s panel.');
      await this.activeBid(tenderId, bidId);
      if (await tx.manager.existsBy(TenderConsensusEntity, { bidId, criterion })) throw new DomainException('TENDER_WRONG_STATE', 'The panel has agreed on this score already.');
      await tx.manager.query(
        `INSERT INTO tender_score (bid_id, criterion, evaluator_id, score, scored_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (bid_id, criterion, evaluator_id) DO UPDATE SET score = EXCLUDED.score, scored_at = EXCLUDED.scored_at`,
        [bidId, criterion, actor.userId, score, tx.now],
      );
      await tx.audit({ action: 'tender.bid-scored', entityType: 'tender-bid', entityId: bidId, data: { criterion, score } });
    });
    return { bidId, criterion, score };
  }

  async myScores(actor: Actor, tenderId: string): Promise<MyScoreDto[]> {
    const rows = await this.dataSource.query<MyScoreDto[]>(
      `SELECT s.bid_id AS "bidId", s.criterion, s.score FROM tender_score s JOIN tender_bid b ON b.id = s.bid_id
        WHERE b.tender_id = $1 AND s.evaluator_id = $2 ORDER BY s.bid_id, s.criterion`,
      [tenderId, actor.userId],
    );
    return rows;
  }

  /** The officer's view: scores stay hidden until every assigned evaluator has scored the cell. */
  async overview(tenderId: string): Promise<EvaluationCellDto[]> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId });
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    const rows = await this.dataSource.query<CellRow[]>(
      `SELECT b.id AS bid_id, b.lot_id, o.name AS provider_name, c.criterion,
              coalesce(array_agg(s.score ORDER BY s.score) FILTER (WHERE s.id IS NOT NULL), '{}') AS scores,
              (SELECT count(*)::int FROM tender_evaluator e WHERE e.tender_id = b.tender_id) AS evaluators,
              k.score AS consensus, k.rationale
         FROM tender_bid b JOIN organisation o ON o.id = b.provider_id
         CROSS JOIN unnest($2::varchar[]) AS c(criterion)
         LEFT JOIN tender_score s ON s.bid_id = b.id AND s.criterion = c.criterion
         LEFT JOIN tender_consensus k ON k.bid_id = b.id AND k.criterion = c.criterion
        WHERE b.tender_id = $1 AND b.status = 'ACTIVE'
        GROUP BY b.id, b.lot_id, o.name, c.criterion, k.score, k.rationale
        ORDER BY b.lot_id, o.name, c.criterion`,
      [tenderId, QUALITATIVE_CRITERIA],
    );
    return rows.map((r) => {
      const complete = r.evaluators > 0 && r.scores.length >= r.evaluators;
      const spread = complete ? Math.max(...r.scores) - Math.min(...r.scores) : null;
      return {
        bidId: r.bid_id, lotId: r.lot_id, providerName: r.provider_name, criterion: r.criterion, scored: r.scores.length, evaluators: r.evaluators,
        scores: complete ? r.scores : [], spread, divergent: spread !== null && spread > tender.evaluationRules.divergenceThreshold,
        consensus: r.consensus, rationale: r.rationale,
      };
    });
  }

  /** TD-7: the consensus comes after every assigned evaluator has scored, and carries a written rationale. */
  async consensus(actor: Actor, tenderId: string, bidId: string, criterion: QualitativeCriterion, dto: ConsensusDto): Promise<EvaluationCellDto> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'SCORE_BID', tx.now);
      await this.activeBid(tenderId, bidId);
      const [{ evaluators, scored }] = await tx.manager.query<{ evaluators: number; scored: number }[]>(
        `SELECT (SELECT count(*)::int FROM tender_evaluator WHERE tender_id = $1) AS evaluators,
                (SELECT count(*)::int FROM tender_score WHERE bid_id = $2 AND criterion = $3) AS scored`,
        [tenderId, bidId, criterion],
      ) as [{ evaluators: number; scored: number }];
      if (evaluators === 0 || scored < evaluators) throw new DomainException('TENDER_WRONG_STATE', `Every panel member scores first (${scored} of ${evaluators}).`);
      await tx.manager.query(
        `INSERT INTO tender_consensus (bid_id, criterion, score, rationale, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (bid_id, criterion) DO UPDATE SET score = EXCLUDED.score, rationale = EXCLUDED.rationale, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
        [bidId, criterion, dto.score, dto.rationale, actor.userId, tx.now],
      );
      await tx.audit({ action: 'tender.consensus-recorded', entityType: 'tender-bid', entityId: bidId, data: { criterion, score: dto.score, rationale: dto.rationale } });
    });
    return (await this.overview(tenderId)).find((c) => c.bidId === bidId && c.criterion === criterion)!;
  }

  private async activeBid(tenderId: string, bidId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(SealedBidEntity).existsBy({ id: bidId, tenderId, status: 'ACTIVE' }))) throw new DomainException('NOT_FOUND', 'No such bid in this tender.');
  }
}
