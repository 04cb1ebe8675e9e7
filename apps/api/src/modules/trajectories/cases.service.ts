import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@rim/contracts';
import { BARRIERS, BENEFIT_TYPES, checkPlanAgainstCaps, type EndReasonCode, isSuccessfulEnd, isValidBsn, providersBarredBySecondChance } from '@rim/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { ChoiceSetService } from '../frameworks/choice-set.service.js';
import { FrameworksService } from '../frameworks/frameworks.service.js';
import { OrganisationEntity } from '../identity/entities/organisation.entity.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ClientIdentity } from './client-identity.js';
import { CaseDto, CaseIdentityDto, CreateCaseDto, CreateWorkPlanDto, ProviderChoiceDto, ProviderChoiceInputDto, WorkPlanDto } from './dto/case.dto.js';
import { ClientCaseEntity } from './entities/client-case.entity.js';
import { ProviderChoiceEntity } from './entities/provider-choice.entity.js';
import { WorkPlanEntity } from './entities/work-plan.entity.js';
import { TrajectoriesService } from './trajectories.service.js';
import type { ChoiceSetDto } from '../frameworks/dto/choice-set.dto.js';

const BENEFIT_CODES = new Set(BENEFIT_TYPES.map((b) => b.code));
const BARRIER_CODES = new Set(BARRIERS.map((b) => b.code));

function toWorkPlanDto(p: WorkPlanEntity): WorkPlanDto {
  return { id: p.id, versionNo: p.versionNo, route: p.route, frameworkId: p.frameworkId, proposedHours: p.proposedHours, durationMonths: p.durationMonths, activities: p.activities, exceptionJustification: p.exceptionJustification };
}

function toChoiceDto(c: ProviderChoiceEntity, trajectoryId: string): ProviderChoiceDto {
  return { id: c.id, trajectoryId, workPlanId: c.workPlanId, method: c.method, introMeetings: c.introMeetings, vetoed: c.vetoed, chosenProviderId: c.chosenProviderId, reason: c.reason };
}

/** IC-1 pseudonymous cases, IC-2 work plans and IC-3 provider choice from the FW-8 choice set, with IC-4 applied. */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly identity: ClientIdentity,
    private readonly reference: ReferenceService,
    private readonly frameworks: FrameworksService,
    private readonly choiceSets: ChoiceSetService,
    private readonly trajectories: TrajectoriesService,
  ) {}

  async create(actor: Actor, dto: CreateCaseDto): Promise<CaseDto> {
    const errors = [
      ...(isValidBsn(dto.bsn) ? [] : [{ field: 'bsn', message: 'is not a valid burgerservicenummer (elfproef)' }]),
      ...unknownCodes([
        { field: 'benefitType', codes: [dto.benefitType], known: (c) => BENEFIT_CODES.has(c) },
        { field: 'targetGroup', codes: [dto.targetGroup], known: (c) => this.reference.hasTargetGroup(c) },
        { field: 'region', codes: [dto.region], known: (c) => this.reference.hasRegion(c) },
        { field: 'barriers', codes: dto.barriers, known: (c) => BARRIER_CODES.has(c) },
      ]),
    ];
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The client case is not valid.', errors);
    const id = randomUUID();
    const hmac = this.identity.pseudonym(dto.bsn);
    await this.uow.run(actor, async (tx) => {
      await tx.manager.insert(ClientCaseEntity, {
        id, bsnHmac: hmac, bsnSealed: this.identity.seal(id, dto.bsn), benefitType: dto.benefitType, targetGroup: dto.targetGroup, region: dto.region,
        distanceToLabourMarket: dto.distanceToLabourMarket, ageBand: dto.ageBand, barriers: dto.barriers, hoursPerWeek: dto.hoursPerWeek, coachId: actor.userId,
      });
      await tx.audit({ action: 'case.created', entityType: 'client-case', entityId: id, data: { benefitType: dto.benefitType, region: dto.region } });
    });
    return this.get(id);
  }

  async get(id: string): Promise<CaseDto> {
    const [row] = await this.dataSource.query<(Omit<CaseDto, 'createdAt' | 'workPlan'> & { createdAt: Date })[]>(
      `SELECT c.id, c.benefit_type AS "benefitType", c.target_group AS "targetGroup", c.region, c.distance_to_labour_market AS "distanceToLabourMarket",
              c.age_band AS "ageBand", c.barriers, c.hours_per_week AS "hoursPerWeek", c.created_at AS "createdAt",
              EXISTS (SELECT 1 FROM client_case o WHERE o.bsn_hmac = c.bsn_hmac AND o.id <> c.id) AS "returningClient"
         FROM client_case c WHERE c.id = $1`, [id],
    );
    if (!row) throw new DomainException('NOT_FOUND', 'No such case.');
    const workPlan = await this.dataSource.getRepository(WorkPlanEntity).findOne({ where: { caseId: id }, order: { versionNo: 'DESC' } });
    return { ...row, createdAt: row.createdAt.toISOString(), workPlan: workPlan && toWorkPlanDto(workPlan) };
  }

  /** The clear BSN, for the case's own coach only; every read is in the audit log (SPEC §8). */
  async identityOf(actor: Actor, id: string): Promise<CaseIdentityDto> {
    const row = await this.dataSource.getRepository(ClientCaseEntity).createQueryBuilder('c').addSelect('c.bsnSealed').where('c.id = :id', { id }).getOne();
    if (!row || row.coachId !== actor.userId) throw new DomainException('NOT_FOUND', 'No such case.');
    await this.uow.run(actor, (tx) => tx.audit({ action: 'case.identity-read', entityType: 'client-case', entityId: id }));
    return { bsn: this.identity.open(id, row.bsnSealed) };
  }

  /** IC-2: a new version of the work plan; framework routes stay within the lot's caps (FW-1). */
  async addWorkPlan(actor: Actor, caseId: string, dto: CreateWorkPlanDto): Promise<WorkPlanDto> {
    const clientCase = await this.get(caseId);
    if (dto.route !== 'IRO') {
      if (!dto.frameworkId) throw new DomainException('VALIDATION_FAILED', 'A framework route names its framework.', [{ field: 'frameworkId', message: 'required for WERKFIT and NAAR_WERK' }]);
      const framework = await this.frameworks.get(dto.frameworkId, { publishedOnly: true });
      const lot = framework.terms.lots.find((l) => l.lot === dto.route);
      if (!lot) throw new DomainException('VALIDATION_FAILED', 'The framework has no lot for this route.', [{ field: 'route', message: `not a lot of ${framework.name}` }]);
      const violations = checkPlanAgainstCaps({ lot: dto.route, benefitType: clientCase.benefitType, hours: dto.proposedHours, durationMonths: dto.durationMonths, exceptionJustification: dto.exceptionJustification }, lot.caps);
      if (violations.length) throw new DomainException('VALIDATION_FAILED', 'The work plan exceeds the lot\'s caps.', violations.map((v) => ({ field: v.field === 'hours' ? 'proposedHours' : v.field, message: v.message })));
    }
    const plan = await this.uow.run(actor, async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`work-plan:${caseId}`]);
      const versionNo = (await tx.manager.countBy(WorkPlanEntity, { caseId })) + 1;
      const entity = tx.manager.create(WorkPlanEntity, {
        caseId, versionNo, route: dto.route, frameworkId: dto.route === 'IRO' ? null : dto.frameworkId!, proposedHours: dto.proposedHours, durationMonths: dto.durationMonths,
        activities: dto.activities, exceptionJustification: dto.exceptionJustification ?? null, createdBy: actor.userId, createdAt: tx.now,
      });
      await tx.manager.insert(WorkPlanEntity, entity);
      await tx.audit({ action: 'case.work-plan-added', entityType: 'client-case', entityId: caseId, data: { versionNo, route: dto.route, hours: dto.proposedHours } });
      return entity;
    });
    return toWorkPlanDto(plan);
  }

  /** FW-7/FW-8 for this client: the latest work plan's lot, the client's region and target group, ordered by the case. */
  async choiceSet(caseId: string): Promise<ChoiceSetDto> {
    const [clientCase, plan] = await Promise.all([this.get(caseId), this.latestPlan(this.dataSource.manager, caseId)]);
    if (!plan.frameworkId) throw new DomainException('VALIDATION_FAILED', 'An IRO has no choice set: any provider meeting the IRO conditions may be chosen.');
    return this.choiceSets.choiceSet(plan.frameworkId, { lot: plan.route, region: clientCase.region, targetGroup: clientCase.targetGroup, seed: caseId }, [...(await this.barred(caseId))]);
  }

  /**
   * IC-4: providers that ended an earlier trajectory of this person (any case with the same HMAC) without success; for
   * Naar werk the IC-9 judgement of the placement, once made, decides rather than the end reason.
   */
  private async barred(caseId: string): Promise<ReadonlySet<string>> {
    const history = await this.dataSource.query<{ provider_id: string; end_reason: EndReasonCode; placement_judgement: string | null }[]>(
      `SELECT t.provider_id, t.end_reason, t.placement_judgement FROM trajectory t JOIN client_case c ON c.id = t.case_id
        WHERE c.bsn_hmac = (SELECT bsn_hmac FROM client_case WHERE id = $1) AND t.end_reason IS NOT NULL`, [caseId],
    );
    return providersBarredBySecondChance(history.map((h) => ({
      providerId: h.provider_id, endedSuccessfully: h.placement_judgement ? h.placement_judgement === 'SUCCESS' : isSuccessfulEnd(h.end_reason),
    })));
  }

  /** IC-3: the client chooses after klikgesprekken, or the coach at the client's request with a reason; vetoes hold. */
  async chooseProvider(actor: Actor, caseId: string, dto: ProviderChoiceInputDto): Promise<ProviderChoiceDto> {
    if (dto.method === 'COACH_AT_CLIENT_REQUEST' && !dto.reason) throw new DomainException('VALIDATION_FAILED', 'A coach\'s choice needs a reason.', [{ field: 'reason', message: 'required when the coach chooses' }]);
    if (dto.vetoed.includes(dto.chosenProviderId)) throw new DomainException('VALIDATION_FAILED', 'The client vetoed this provider.', [{ field: 'chosenProviderId', message: 'vetoed by the client' }]);
    if ((await this.barred(caseId)).has(dto.chosenProviderId)) {
      throw new DomainException('VALIDATION_FAILED', 'Second chance: this provider ended an earlier trajectory of the client without success.', [{ field: 'chosenProviderId', message: 'barred by IC-4' }]);
    }
    const plan = await this.latestPlan(this.dataSource.manager, caseId);
    if (plan.frameworkId) {
      const allowed = new Set((await this.choiceSet(caseId)).items.map((i) => i.providerId));
      const outside = [dto.chosenProviderId, ...dto.introMeetings].filter((p) => !allowed.has(p));
      if (outside.length) throw new DomainException('VALIDATION_FAILED', 'Only providers in the client\'s choice set can be met or chosen.', outside.map((p) => ({ field: 'chosenProviderId', message: `${p} is not in the choice set` })));
    } else if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: dto.chosenProviderId, kind: OrganisationKind.Provider }))) {
      throw new DomainException('VALIDATION_FAILED', 'An IRO goes to a registered provider.', [{ field: 'chosenProviderId', message: 'not a registered provider' }]);
    }
    const choice = await this.uow.run(actor, async (tx) => {
      const entity = tx.manager.create(ProviderChoiceEntity, {
        caseId, workPlanId: plan.id, method: dto.method, introMeetings: dto.introMeetings, vetoed: dto.vetoed, chosenProviderId: dto.chosenProviderId,
        reason: dto.reason ?? null, decidedBy: actor.userId, decidedAt: tx.now,
      });
      await tx.manager.insert(ProviderChoiceEntity, entity);
      const trajectoryId = await this.trajectories.requestPlan(tx, caseId, plan, dto.chosenProviderId);
      await tx.audit({ action: 'case.provider-chosen', entityType: 'client-case', entityId: caseId, data: { method: dto.method, providerId: dto.chosenProviderId, vetoed: dto.vetoed.length } });
      await tx.emit({ type: 'case.provider-chosen', aggregateType: 'client-case', aggregateId: caseId, payload: { route: plan.route, providerId: dto.chosenProviderId, method: dto.method } });
      return toChoiceDto(entity, trajectoryId);
    });
    return choice;
  }

  private async latestPlan(manager: EntityManager, caseId: string): Promise<WorkPlanEntity> {
    const plan = await manager.findOne(WorkPlanEntity, { where: { caseId }, order: { versionNo: 'DESC' } });
    if (!plan) throw new DomainException('VALIDATION_FAILED', 'Write the work plan first (IC-2).');
    return plan;
  }
}
