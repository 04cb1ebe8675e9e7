import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, awardLot, type Bid, endOfLocalDay, type KpiFigures, localDate, QUALITATIVE_CRITERIA, type QualitativeAssessment, type QualitativeCriterion, type ScoreSheet, type SealedBidContent } from '@rim/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ContractDto, LotAwardDto, ObjectionDecisionDto, ObjectionDto, ObjectionInputDto, ScoreSheetDto } from './dto/evaluation.dto.js';
import { TenderDto } from './dto/tender.dto.js';
import { type StoredLotAward, TenderLotAwardEntity } from './entities/evaluation.entities.js';
import { SealedBidEntity } from './entities/sealed-bid.entity.js';
import { TenderContractEntity, TenderObjectionEntity } from './entities/standstill.entities.js';
import { TenderLotEntity } from './entities/tender-lot.entity.js';
import { TenderEntity } from './entities/tender.entity.js';
import { ScoresService } from '../scoring/scores.service.js';
import { TendersService } from './tenders.service.js';

interface OpenedRow {
  id: string;
  lot_id: string;
  provider_id: string;
  content: SealedBidContent;
  scores: Record<QualitativeCriterion, number[] | null>;
  consensus: Record<QualitativeCriterion, { score: number; rationale: string } | null>;
}

function toObjectionDto(o: TenderObjectionEntity): ObjectionDto {
  return { id: o.id, lotId: o.lotId, providerId: o.providerId, grounds: o.grounds, status: o.status, decision: o.decision };
}

/** TD-7/TD-8 award with the domain engine, the standstill with its objections, and the contracts per tranche. */
@Injectable()
export class AwardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tenders: TendersService,
    private readonly scores: ScoresService,
  ) {}

  /** EVALUATED: every opened bid has a consensus on both qualitative criteria. */
  async completeEvaluation(actor: Actor, tenderId: string): Promise<TenderDto> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      const [{ missing }] = await tx.manager.query<{ missing: number }[]>(
        `SELECT count(*)::int AS missing FROM tender_bid b CROSS JOIN unnest($2::varchar[]) AS c(criterion)
          WHERE b.tender_id = $1 AND b.status = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM tender_consensus k WHERE k.bid_id = b.id AND k.criterion = c.criterion)`,
        [tenderId, QUALITATIVE_CRITERIA],
      ) as [{ missing: number }];
      if (missing > 0) throw new DomainException('TENDER_WRONG_STATE', `${missing} consensus score(s) are still to be agreed.`);
      await this.tenders.move(tx, tender, { type: 'COMPLETE_EVALUATION' });
      await tx.manager.save(tender);
    });
    return this.tenders.get(tenderId);
  }

  /** TD-8: the engine ranks every lot, draws lots between equal bids from a recorded seed, and allocates tranches. */
  async decide(actor: Actor, tenderId: string): Promise<LotAwardDto[]> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      await this.tenders.move(tx, tender, { type: 'DECIDE_AWARD' });
      tender.lotterySeed = randomBytes(16).toString('hex');
      await tx.manager.save(tender);
      const lots = await tx.manager.find(TenderLotEntity, { where: { tenderId }, order: { code: 'ASC' } });
      const bidsByLot = await this.evaluatedBids(tenderId, tx.manager);
      for (const lot of lots) {
        const result = awardLot(
          { lotId: lot.id, maxPriceCents: lot.maxPriceCents, maxDurationDays: lot.maxDurationDays, tranches: Array.from({ length: lot.tranches }, (_, i) => ({ trancheId: `${lot.code}#${i + 1}`, region: lot.region, minReferrals: lot.minReferrals })) },
          bidsByLot.get(lot.id) ?? [], tender.evaluationRules, tender.lotterySeed,
        );
        const stored: StoredLotAward = { sheets: [...result.sheets], tranches: [...result.tranches], lotteries: [...result.ranking.lotteries] };
        await tx.manager.insert(TenderLotAwardEntity, { tenderId, lotId: lot.id, result: stored });
      }
      await tx.audit({ action: 'tender.award-computed', entityType: 'tender', entityId: tenderId, data: { lotterySeed: tender.lotterySeed, lots: lots.length } });
    });
    return this.award(tenderId);
  }

  /** Into the standstill: bidders can now read their own score sheets; it lasts the tender's standstill days. */
  async notify(actor: Actor, tenderId: string): Promise<TenderDto> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      await this.tenders.move(tx, tender, { type: 'NOTIFY_AWARD' });
      tender.standstillEndsAt = endOfLocalDay(addCalendarDays(localDate(tx.now), tender.standstillDays));
      await tx.manager.save(tender);
    });
    return this.tenders.get(tenderId);
  }

  async award(tenderId: string): Promise<LotAwardDto[]> {
    const rows = await this.dataSource.query<{ lot_id: string; code: string; result: TenderLotAwardEntity['result'] }[]>(
      `SELECT a.lot_id, l.code, a.result FROM tender_lot_award a JOIN tender_lot l ON l.id = a.lot_id WHERE a.tender_id = $1 ORDER BY l.code`, [tenderId],
    );
    if (!rows.length) throw new DomainException('TENDER_WRONG_STATE', 'The award has not been decided.');
    return rows.map((r) => ({
      lotId: r.lot_id, lotCode: r.code, sheets: r.result.sheets.map((s) => this.sheet(s)),
      tranches: r.result.tranches.map((t) => ({ trancheId: t.tranche.trancheId, bidderId: t.bidderId })),
    }));
  }

  /** TD-8: a bidder sees its own sheets, from the standstill on, and nothing of the others. */
  async mySheets(actor: Actor, tenderId: string): Promise<ScoreSheetDto[]> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId });
    if (!tender?.standstillEndsAt) throw new DomainException('TENDER_WRONG_STATE', 'Score sheets are sent when the award is notified.');
    const rows = await this.dataSource.query<{ sheet: ScoreSheet }[]>(
      `SELECT s AS sheet FROM tender_lot_award a, jsonb_array_elements(a.result->'sheets') s WHERE a.tender_id = $1 AND s->>'bidderId' = $2`,
      [tenderId, actor.organisationId],
    );
    return rows.map((r) => this.sheet(r.sheet));
  }

  async fileObjection(actor: Actor, tenderId: string, dto: ObjectionInputDto): Promise<ObjectionDto> {
    return this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'FILE_OBJECTION', tx.now);
      if (!(await tx.manager.existsBy(SealedBidEntity, { tenderId, lotId: dto.lotId, providerId: actor.organisationId, status: 'ACTIVE' }))) {
        throw new DomainException('FORBIDDEN', 'Only a bidder on the lot can object to its award.');
      }
      const objection = tx.manager.create(TenderObjectionEntity, { tenderId, lotId: dto.lotId, providerId: actor.organisationId, grounds: dto.grounds, status: 'PENDING', decision: null, filedAt: tx.now, decidedAt: null });
      await tx.manager.insert(TenderObjectionEntity, objection);
      await tx.audit({ action: 'tender.objection-filed', entityType: 'tender-objection', entityId: objection.id, data: { tenderId, lotId: dto.lotId } });
      return toObjectionDto(objection);
    });
  }

  async decideObjection(actor: Actor, tenderId: string, objectionId: string, dto: ObjectionDecisionDto): Promise<ObjectionDto> {
    return this.uow.run(actor, async (tx) => {
      const objection = await tx.manager.findOne(TenderObjectionEntity, { where: { id: objectionId, tenderId }, lock: { mode: 'pessimistic_write' } });
      if (!objection) throw new DomainException('NOT_FOUND', 'No such objection.');
      if (objection.status !== 'PENDING') throw new DomainException('TENDER_WRONG_STATE', 'The objection has been decided.');
      Object.assign(objection, { status: dto.upheld ? 'UPHELD' : 'DISMISSED', decision: dto.decision, decidedAt: tx.now });
      await tx.manager.save(objection);
      await tx.audit({ action: 'tender.objection-decided', entityType: 'tender-objection', entityId: objectionId, data: { upheld: dto.upheld, decision: dto.decision } });
      return toObjectionDto(objection);
    });
  }

  async objections(tenderId: string): Promise<ObjectionDto[]> {
    return (await this.dataSource.getRepository(TenderObjectionEntity).find({ where: { tenderId }, order: { filedAt: 'ASC' } })).map(toObjectionDto);
  }

  /**
   * After the standstill, with every objection decided: a contract per awarded tranche, at the winning bid's price
   * and the lot's financing. Lots with an upheld objection are left out, to be awarded again.
   */
  async contract(actor: Actor, tenderId: string): Promise<ContractDto[]> {
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      const pending = await tx.manager.countBy(TenderObjectionEntity, { tenderId, status: 'PENDING' });
      await this.tenders.move(tx, tender, { type: 'CONTRACT', pendingObjections: pending });
      await tx.manager.save(tender);
      await this.createContracts(tx, tenderId);
    });
    return this.contracts(tenderId);
  }

  async contracts(tenderId: string): Promise<ContractDto[]> {
    const rows = await this.dataSource.query<{ id: string; lot_id: string; code: string; tranche_no: number; provider_id: string; name: string; min_referrals: number; average_price_cents: number }[]>(
      `SELECT c.id, c.lot_id, l.code, c.tranche_no, c.provider_id, o.name, c.min_referrals, c.average_price_cents
         FROM tender_contract c JOIN tender_lot l ON l.id = c.lot_id JOIN organisation o ON o.id = c.provider_id
        WHERE c.tender_id = $1 ORDER BY l.code, c.tranche_no`, [tenderId],
    );
    return rows.map((r) => ({ id: r.id, lotId: r.lot_id, lotCode: r.code, trancheNo: r.tranche_no, providerId: r.provider_id, providerName: r.name, minReferrals: r.min_referrals, averagePriceCents: r.average_price_cents }));
  }

  private async createContracts(tx: Transaction, tenderId: string): Promise<void> {
    const awards = await tx.manager.find(TenderLotAwardEntity, { where: { tenderId } });
    const upheld = new Set((await tx.manager.findBy(TenderObjectionEntity, { tenderId, status: 'UPHELD' })).map((o) => o.lotId));
    const lots = new Map((await tx.manager.findBy(TenderLotEntity, { tenderId })).map((l) => [l.id, l]));
    const prices = await this.openedPrices(tx.manager, tenderId);
    const contracts = awards.filter((a) => !upheld.has(a.lotId)).flatMap((a) => a.result.tranches.flatMap((t, i) => (t.bidId && t.bidderId ? [{
      tenderId, lotId: a.lotId, trancheNo: i + 1, providerId: t.bidderId, bidId: t.bidId, minReferrals: t.tranche.minReferrals,
      averagePriceCents: prices.get(t.bidId)!, financing: lots.get(a.lotId)!.financing, createdAt: tx.now,
    }] : [])));
    if (contracts.length) await tx.manager.insert(TenderContractEntity, contracts);
    await tx.audit(...contracts.map((c) => ({ action: 'tender.contract-created', entityType: 'tender-contract', entityId: `${c.lotId}#${c.trancheNo}`, data: { providerId: c.providerId, averagePriceCents: c.averagePriceCents } })));
    await tx.emit(...contracts.map((c) => ({ type: 'tender.contract-created', aggregateType: 'tender', aggregateId: tenderId, payload: { lotId: c.lotId, trancheNo: c.trancheNo, providerId: c.providerId, bidId: c.bidId } })));
  }

  /** The opened bids with the panel's scores and consensus, per lot, as the award engine takes them. */
  async evaluatedBids(tenderId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, Bid[]>> {
    const rows = await manager.query<OpenedRow[]>(
      `SELECT b.id, b.lot_id, b.provider_id, b.opened_content AS content,
              jsonb_object_agg(c.criterion, (SELECT jsonb_agg(s.score ORDER BY s.score) FROM tender_score s WHERE s.bid_id = b.id AND s.criterion = c.criterion)) AS scores,
              jsonb_object_agg(c.criterion, (SELECT jsonb_build_object('score', k.score, 'rationale', k.rationale) FROM tender_consensus k WHERE k.bid_id = b.id AND k.criterion = c.criterion)) AS consensus
         FROM tender_bid b CROSS JOIN unnest($2::varchar[]) AS c(criterion)
        WHERE b.tender_id = $1 AND b.status = 'ACTIVE'
        GROUP BY b.id`,
      [tenderId, QUALITATIVE_CRITERIA],
    );
    const realised = await this.realisedByLot(manager, tenderId, rows);
    const byLot = new Map<string, Bid[]>();
    for (const r of rows) {
      const assessment = (criterion: QualitativeCriterion): QualitativeAssessment => ({
        evaluatorScores: r.scores[criterion] ?? [], consensus: r.consensus[criterion]!.score, rationale: r.consensus[criterion]!.rationale,
      });
      const bid: Bid = {
        bidId: r.id, bidderId: r.provider_id, priceCents: r.content.priceCents,
        promised: { dropOutBp: r.content.dropOutBp, placementBp: r.content.placementBp, durationDays: r.content.durationDays },
        qualitative: { TARGET_GROUP_FIT: assessment('TARGET_GROUP_FIT'), REGIONAL_FIT: assessment('REGIONAL_FIT') },
        ...(realised.get(r.lot_id)?.get(r.provider_id) ? { realised: realised.get(r.lot_id)!.get(r.provider_id)! } : {}),
      };
      byLot.set(r.lot_id, [...(byLot.get(r.lot_id) ?? []), bid]);
    }
    return byLot;
  }

  /**
   * SC-7: each bidder's realised drop-out, placement and duration over the last 12 months in the lot's region (all
   * regions for a national lot), where scoring has at least 10 decided trajectories; otherwise the engine falls back to
   * the promised figures and the score sheet says so.
   */
  private async realisedByLot(manager: EntityManager, tenderId: string, bids: OpenedRow[]): Promise<Map<string, Map<string, KpiFigures>>> {
    const lots = await manager.query<{ id: string; region: string | null }[]>('SELECT id, region FROM tender_lot WHERE tender_id = $1', [tenderId]);
    const providers = [...new Set(bids.map((b) => b.provider_id))];
    const byRegion = new Map<string | null, Map<string, KpiFigures>>();
    for (const region of new Set(lots.map((l) => l.region))) byRegion.set(region, await this.scores.realisedKpis(providers, region ? { region } : {}));
    return new Map(lots.map((l) => [l.id, byRegion.get(l.region)!]));
  }

  private async openedPrices(manager: EntityManager, tenderId: string): Promise<Map<string, number>> {
    const rows = await manager.query<{ id: string; price: number }[]>(`SELECT id, (opened_content->>'priceCents')::int AS price FROM tender_bid WHERE tender_id = $1 AND status = 'ACTIVE'`, [tenderId]);
    return new Map(rows.map((r) => [r.id, r.price]));
  }

  /** The public part of an engine score sheet (the bidder id and exclusion internals stay out). */
  private sheet(s: ScoreSheet): ScoreSheetDto {
    return {
      lotId: s.lotId, bidId: s.bidId, status: s.status, rank: s.rank, rankedBids: s.rankedBids, total: s.total, totalExact: s.totalExact, decidedBy: s.decidedBy, tranchesWon: [...s.tranchesWon],
      criteria: s.criteria.map((c) => ({ criterion: c.criterion, value: c.value, source: c.source, points: c.points, maxPoints: c.maxPoints })),
    };
  }
}
