import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Permission } from '@rim/contracts';
import { checkPlanAgainstCaps, localDate, type PaymentKind, planPriceCents, reviewIroQuote } from '@rim/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { groupBy } from '../../common/group-by.js';
import { DomainException } from '../../common/problem/error-code.js';
import { EnvDto } from '../../config/env.dto.js';
import { FrameworksService } from '../frameworks/frameworks.service.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { LedgerEntryDto, PurchaseOrderInputDto, ReviewPlanDto, SubmitPlanDto, TrajectoryDto } from './dto/trajectory.dto.js';
import { OrganisationEntity } from '../identity/entities/organisation.entity.js';
import { ClientCaseEntity } from './entities/client-case.entity.js';
import { ProviderPlanEntity } from './entities/provider-plan.entity.js';
import { PaymentLedgerEntity, PurchaseOrderEntity } from './entities/purchase-order.entities.js';
import { TrajectoryEntity, type TrajectoryState } from './entities/trajectory.entity.js';
import { outcomeOf, SettlementService } from './settlement.service.js';

/** The order a statement lists payments booked together in. */
const PAYMENT_ORDER: readonly PaymentKind[] = ['PURCHASE_ORDER', 'FIXED', 'RESULT', 'BONUS', 'COMPLETION'];

/** IC-5 provider plans, IC-6 review with the IRO rules and client consent, the purchase order and its IC-10 payment. */
@Injectable()
export class TrajectoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly frameworks: FrameworksService,
    private readonly env: EnvDto,
    private readonly settlement: SettlementService,
  ) {}

  /** Called when the provider is chosen (IC-3): the chosen provider is asked for its plan; an earlier request lapses. */
  async requestPlan(tx: Transaction, caseId: string, workPlan: { id: string; route: TrajectoryEntity['route']; frameworkId: string | null }, providerId: string): Promise<string> {
    await tx.manager.update(TrajectoryEntity, { caseId, status: 'PLAN_REQUESTED' }, { status: 'WITHDRAWN', statusSince: tx.now });
    const trajectory = tx.manager.create(TrajectoryEntity, {
      caseId, workPlanId: workPlan.id, providerId, route: workPlan.route, frameworkId: workPlan.frameworkId, status: 'PLAN_REQUESTED', firstApproverId: null, createdAt: tx.now, statusSince: tx.now,
    });
    await tx.manager.save(trajectory);
    await tx.audit({ action: 'trajectory.plan-requested', entityType: 'trajectory', entityId: trajectory.id, data: { providerId, route: workPlan.route } });
    return trajectory.id;
  }

  async list(actor: Actor): Promise<TrajectoryDto[]> {
    const where = actor.can(Permission.CaseManage) ? {} : { providerId: actor.organisationId };
    const rows = await this.dataSource.getRepository(TrajectoryEntity).find({ where, order: { createdAt: 'DESC' }, take: 200 });
    return this.toDtos(rows);
  }

  async get(actor: Actor, id: string): Promise<TrajectoryDto> {
    const [dto] = await this.toDtos([await this.reach(this.dataSource.manager, actor, id)]);
    return dto!;
  }

  /**
   * IC-5: hours per activity, price from the framework's rate (or the IRO quote), FW-1 caps on framework routes. While
   * the trajectory runs, the same plan submitted again is a mid-way adjustment (IC-7) the coach reviews alike.
   */
  async submitPlan(actor: Actor, id: string, expectedVersion: number, dto: SubmitPlanDto): Promise<TrajectoryDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockForStep(tx.manager, actor, id, expectedVersion, ['PLAN_REQUESTED', 'CHANGES_REQUESTED', 'ORDERED']);
      if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'The provider writes the plan.');
      const hours = dto.activities.reduce((sum, a) => sum + a.hours, 0);
      const priceCents = await this.price(t, hours, dto);
      if (t.frameworkId) {
        const clientCase = await tx.manager.findOneByOrFail(ClientCaseEntity, { id: t.caseId });
        const lot = (await this.frameworks.get(t.frameworkId)).terms.lots.find((l) => l.lot === t.route)!;
        const violations = checkPlanAgainstCaps({ lot: t.route, benefitType: clientCase.benefitType, hours, durationMonths: dto.durationMonths, exceptionJustification: dto.exceptionJustification }, lot.caps);
        if (violations.length) throw new DomainException('VALIDATION_FAILED', 'The plan exceeds the lot\'s caps.', violations.map((v) => ({ field: v.field === 'hours' ? 'activities' : v.field, message: v.message })));
      }
      const adjustment = t.status === 'ORDERED';
      const versionNo = (await tx.manager.countBy(ProviderPlanEntity, { trajectoryId: id })) + 1;
      await tx.manager.insert(ProviderPlanEntity, {
        trajectoryId: id, versionNo, activities: dto.activities, hours, durationMonths: dto.durationMonths, priceCents, placementBonusCents: dto.placementBonusCents ?? 0,
        adjustment, exceptionJustification: dto.exceptionJustification ?? null, submittedAt: tx.now, decision: null, reviewComment: null, cheaperRoute: null, reviewedAt: null,
      });
      await this.moveTo(tx, t, adjustment ? 'ADJUSTMENT_SUBMITTED' : 'PLAN_SUBMITTED', adjustment ? 'trajectory.adjustment-submitted' : 'trajectory.plan-submitted', { versionNo, hours, priceCents });
    });
    return this.get(actor, id);
  }

  /**
   * IC-6: approve, ask for changes (the provider revises into a new version) or reject. An IRO is rejected with the
   * cheaper regular route it was compared with; an IRO above the maximum needs a second, different approver.
   */
  async reviewPlan(actor: Actor, id: string, expectedVersion: number, dto: ReviewPlanDto): Promise<TrajectoryDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockForStep(tx.manager, actor, id, expectedVersion, ['PLAN_SUBMITTED', 'AWAITING_SECOND_APPROVAL', 'ADJUSTMENT_SUBMITTED']);
      const plan = await this.latestPlan(tx.manager, id);
      if (dto.decision !== 'APPROVE' && !dto.comment) throw new DomainException('VALIDATION_FAILED', 'Say why.', [{ field: 'comment', message: 'required when not approving' }]);
      if (dto.cheaperRoute && (t.route !== 'IRO' || dto.decision !== 'REJECT' || plan.adjustment)) {
        throw new DomainException('VALIDATION_FAILED', 'A cheaper-route comparison belongs to rejecting an IRO.', [{ field: 'cheaperRoute', message: 'only when rejecting an IRO plan' }]);
      }
      if (dto.cheaperRoute && dto.cheaperRoute.priceCents >= plan.priceCents) {
        throw new DomainException('VALIDATION_FAILED', 'The regular route compared with must cost less than the IRO.', [{ field: 'cheaperRoute.priceCents', message: `must be below ${plan.priceCents}` }]);
      }
      const afterApproval: TrajectoryState = plan.adjustment ? 'ORDERED' : 'APPROVED';
      let next: TrajectoryState = dto.decision === 'APPROVE' ? afterApproval : plan.adjustment ? 'ORDERED' : dto.decision === 'REJECT' ? 'REJECTED' : 'CHANGES_REQUESTED';
      if (dto.decision === 'APPROVE' && t.route === 'IRO' && reviewIroQuote(plan.priceCents, this.env.IRO_MAXIMUM_CENTS).needsSecondApprover) {
        if (t.status !== 'AWAITING_SECOND_APPROVAL') next = 'AWAITING_SECOND_APPROVAL';
        else if (t.firstApproverId === actor.userId) throw new DomainException('FORBIDDEN', 'The second approval comes from someone else.');
      }
      await tx.manager.update(ProviderPlanEntity, { id: plan.id }, {
        decision: next === 'AWAITING_SECOND_APPROVAL' ? null : dto.decision, reviewComment: dto.comment ?? null, cheaperRoute: dto.cheaperRoute ?? null, reviewedAt: tx.now,
      });
      if (next === 'AWAITING_SECOND_APPROVAL') t.firstApproverId = actor.userId;
      const action = plan.adjustment && next !== 'AWAITING_SECOND_APPROVAL'
        ? `trajectory.adjustment-${dto.decision === 'APPROVE' ? 'approved' : 'declined'}`
        : `trajectory.plan-${next.toLowerCase().replace(/_/g, '-')}`;
      await this.moveTo(tx, t, next, action, { versionNo: plan.versionNo, comment: dto.comment ?? null, cheaperRoute: dto.cheaperRoute ?? null });
    });
    return this.get(actor, id);
  }

  /** IC-6 then IC-10: with the client's consent recorded, the purchase order is issued and its first payment booked. */
  async order(actor: Actor, id: string, expectedVersion: number, dto: PurchaseOrderInputDto): Promise<LedgerEntryDto[]> {
    if (!dto.clientConsent) throw new DomainException('VALIDATION_FAILED', 'No purchase order without the client\'s consent.', [{ field: 'clientConsent', message: 'must be true' }]);
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockForStep(tx.manager, actor, id, expectedVersion, ['APPROVED']);
      const plan = await this.latestPlan(tx.manager, id);
      await tx.manager.insert(PurchaseOrderEntity, { trajectoryId: id, planId: plan.id, amountCents: plan.priceCents, consentNote: dto.consentNote, issuedBy: actor.userId, issuedAt: tx.now });
      t.startedOn = localDate(tx.now);
      await this.moveTo(tx, t, 'ORDERED', 'trajectory.ordered', { amountCents: plan.priceCents });
      await this.settlement.settleOne(tx, id);
      await tx.emit({
        type: 'trajectory.started', aggregateType: 'trajectory', aggregateId: id,
        payload: { providerId: t.providerId, route: t.route, frameworkId: t.frameworkId, startedOn: t.startedOn, priceCents: plan.priceCents, hours: plan.hours, caseMix: await this.caseMix(tx.manager, t.caseId) },
      });
    });
    return this.payments(actor, id);
  }

  async payments(actor: Actor, id: string): Promise<LedgerEntryDto[]> {
    await this.reach(this.dataSource.manager, actor, id);
    const rows = await this.dataSource.getRepository(PaymentLedgerEntity).findBy({ trajectoryId: id });
    return rows
      .sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || a.dueOn.localeCompare(b.dueOn) || PAYMENT_ORDER.indexOf(a.kind) - PAYMENT_ORDER.indexOf(b.kind))
      .map((r) => ({ key: r.key, kind: r.kind, amountCents: r.amountCents, dueOn: r.dueOn }));
  }

  private async price(t: TrajectoryEntity, hours: number, dto: SubmitPlanDto): Promise<number> {
    if (t.route === 'IRO') {
      if (!dto.quoteCents) throw new DomainException('VALIDATION_FAILED', 'An IRO plan carries its quote.', [{ field: 'quoteCents', message: 'required for an IRO' }]);
      return dto.quoteCents;
    }
    if (dto.quoteCents || dto.placementBonusCents) {
      throw new DomainException('VALIDATION_FAILED', 'A framework plan is priced at the framework\'s hourly rate.', [{ field: dto.quoteCents ? 'quoteCents' : 'placementBonusCents', message: 'only for an IRO' }]);
    }
    const terms = await this.frameworks.get(t.frameworkId!);
    return planPriceCents(hours, terms.terms.hourlyRateCents);
  }

  async moveTo(tx: Transaction, t: TrajectoryEntity, status: TrajectoryState, action: string, data: Record<string, unknown>): Promise<void> {
    t.status = status;
    t.statusSince = tx.now;
    await tx.manager.save(t);
    await tx.audit({ action, entityType: 'trajectory', entityId: t.id, data });
  }

  private async latestPlan(manager: EntityManager, trajectoryId: string): Promise<ProviderPlanEntity> {
    const plan = await manager.findOne(ProviderPlanEntity, { where: { trajectoryId }, order: { versionNo: 'DESC' } });
    if (!plan) throw new DomainException('WRONG_STATE', 'No plan has been submitted.');
    return plan;
  }

  async reach(manager: EntityManager, actor: Actor, id: string): Promise<TrajectoryEntity> {
    const t = await manager.findOneBy(TrajectoryEntity, { id });
    if (!t || (!actor.can(Permission.CaseManage) && t.providerId !== actor.organisationId)) throw new DomainException('NOT_FOUND', 'No such trajectory.');
    return t;
  }

  /** Locks the trajectory for one step: reachable by the actor, at the version read (If-Match), in an allowed state. */
  async lockForStep(manager: EntityManager, actor: Actor, id: string, expectedVersion: number, allowed: TrajectoryState[]): Promise<TrajectoryEntity> {
    const t = await manager.findOne(TrajectoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!t || (!actor.can(Permission.CaseManage) && t.providerId !== actor.organisationId)) throw new DomainException('NOT_FOUND', 'No such trajectory.');
    if (t.version !== expectedVersion) throw new DomainException('VERSION_MISMATCH', `The trajectory changed since you read it (now version ${t.version}).`);
    if (!allowed.includes(t.status)) throw new DomainException('WRONG_STATE', `Not possible while the trajectory is ${t.status}.`, [{ field: 'status', message: `allowed in ${allowed.join(', ')}` }]);
    return t;
  }

  /** The plan in force: the latest version the coach approved (a declined adjustment leaves the earlier one). */
  async approvedPlan(manager: EntityManager, trajectoryId: string): Promise<ProviderPlanEntity> {
    const plan = await manager.findOne(ProviderPlanEntity, { where: { trajectoryId, decision: 'APPROVE' }, order: { versionNo: 'DESC' } });
    if (!plan) throw new DomainException('WRONG_STATE', 'No approved plan.');
    return plan;
  }

  /**
   * IC-10 at the approved end report: the completion part (for Naar werk once IC-9 judges the placement records,
   * perhaps later in a settlement run) and the outcome event that scoring counts (SC-1).
   */
  async settleCompletion(tx: Transaction, t: TrajectoryEntity, report: { success: boolean; activities: { hours: number }[]; late: boolean }): Promise<void> {
    const plan = await this.approvedPlan(tx.manager, t.id);
    const settlement = await this.settlement.settleOne(tx, t.id);
    const outcome = t.route === 'NAAR_WERK'
      ? outcomeOf(settlement.judged ?? 'PENDING', t.endReason)
      : outcomeOf(report.success ? 'SUCCESS' : 'NO_SUCCESS', t.endReason);
    await tx.emit({
      type: 'trajectory.closed', aggregateType: 'trajectory', aggregateId: t.id,
      payload: {
        providerId: t.providerId, route: t.route, startedOn: t.startedOn, endedOn: t.endedOn, endReason: t.endReason, outcome, plannedHours: plan.hours,
        deliveredHours: report.activities.reduce((sum, a) => sum + a.hours, 0), priceCents: plan.priceCents, endReportLate: report.late,
        caseMix: await this.caseMix(tx.manager, t.caseId),
      },
    });
  }

  /** The client features scoring adjusts for (SC-4), without anything that identifies the client. */
  private async caseMix(manager: EntityManager, caseId: string): Promise<Record<string, unknown>> {
    const c = await manager.findOneByOrFail(ClientCaseEntity, { id: caseId });
    return { benefitType: c.benefitType, targetGroup: c.targetGroup, region: c.region, distanceToLabourMarket: c.distanceToLabourMarket, ageBand: c.ageBand, barrierCount: c.barriers.length };
  }

  /** With their clients' case mix, providers' names and plan versions, in three reads whatever the number. */
  private async toDtos(rows: TrajectoryEntity[]): Promise<TrajectoryDto[]> {
    if (!rows.length) return [];
    const [cases, plans, providers] = await Promise.all([
      this.dataSource.getRepository(ClientCaseEntity).findBy({ id: In([...new Set(rows.map((t) => t.caseId))]) }),
      this.dataSource.getRepository(ProviderPlanEntity).find({ where: { trajectoryId: In(rows.map((t) => t.id)) }, order: { versionNo: 'ASC' } }),
      this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...new Set(rows.map((t) => t.providerId))]) }),
    ]);
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const plansOf = groupBy(plans, (p) => p.trajectoryId);
    const providerOf = new Map(providers.map((p) => [p.id, p]));
    return rows.map((t) => {
      const clientCase = caseOf.get(t.caseId)!;
      return {
        id: t.id, caseId: t.caseId, providerId: t.providerId, providerName: providerOf.get(t.providerId)!.name, route: t.route, status: t.status, version: t.version,
        client: { benefitType: clientCase.benefitType, targetGroup: clientCase.targetGroup, region: clientCase.region, hoursPerWeek: clientCase.hoursPerWeek },
        startedOn: t.startedOn, endedOn: t.endedOn, endReason: t.endReason, endReportDue: t.endReportDue, placementJudgement: t.placementJudgement,
        plans: (plansOf.get(t.id) ?? []).map((p) => ({
          id: p.id, versionNo: p.versionNo, activities: p.activities, hours: p.hours, durationMonths: p.durationMonths, priceCents: p.priceCents, placementBonusCents: p.placementBonusCents,
          adjustment: p.adjustment, submittedAt: p.submittedAt.toISOString(), decision: p.decision, reviewComment: p.reviewComment,
        })),
      };
    });
  }
}
