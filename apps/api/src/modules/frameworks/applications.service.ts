import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Permission } from '@rim/contracts';
import {
  ApplicationAction, decisionErrors, decisionOutcome, incompleteness, isDecisionOverdue, localDate, RequirementDecision, transitionApplication, workingDayDeadline,
} from '@rim/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { Page } from '../../common/http/pagination.js';
import { DomainException } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { isUniqueViolation } from '../../database/postgres-errors.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ProviderProfileEntity } from '../providers/provider-profile.entity.js';
import {
  ApplicationDto, ApplicationQueueQueryDto, ApplicationSummaryDto, CreateApplicationDto, DecideApplicationDto, RequestInfoDto, UpdateApplicationDto,
} from './dto/application.dto.js';
import { ApplicationEventEntity } from './entities/application-event.entity.js';
import { FrameworkApplicationEntity } from './entities/framework-application.entity.js';
import { FrameworkEntity } from './entities/framework.entity.js';
import { EvidenceService } from './evidence.service.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksService } from './frameworks.service.js';
import { NotificationsService } from './notifications.service.js';
import { ParticipationsService } from './participations.service.js';

interface Step {
  message?: string;
  decisions?: RequirementDecision[];
}

/** FW-2 and FW-3: a provider's application per lot, from draft to decision, with its history and SLA clock. */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly frameworks: FrameworksService,
    private readonly repository: FrameworksRepository,
    private readonly reference: ReferenceService,
    private readonly evidence: EvidenceService,
    private readonly participations: ParticipationsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, frameworkId: string, dto: CreateApplicationDto): Promise<ApplicationDto> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Only a provider applies to a framework.');
    const id = await this.uow.run(actor, async (tx) => {
      const framework = await tx.manager.findOneBy(FrameworkEntity, { id: frameworkId });
      if (!framework || framework.status !== 'PUBLISHED') throw new DomainException('NOT_FOUND', 'No such framework.');
      this.assertOpen(framework, tx.now);
      const terms = await this.frameworks.latestTerms(tx.manager, frameworkId);
      if (!terms.lots.some((l) => l.lot === dto.lot)) {
        throw new DomainException('VALIDATION_FAILED', 'The framework has no such lot.', [{ field: 'lot', message: `lots: ${terms.lots.map((l) => l.lot).join(', ')}` }]);
      }
      const profile = await tx.manager.findOneBy(ProviderProfileEntity, { organisationId: actor.organisationId });
      const application = tx.manager.create(FrameworkApplicationEntity, {
        frameworkId, providerId: actor.organisationId, lot: dto.lot, status: 'DRAFT', termsVersionNo: terms.versionNo,
        declarations: [], experience: null, regions: profile?.regionsServed ?? [], targetGroups: profile?.targetGroups ?? [], locations: [], capacity: 0,
      });
      try {
        await tx.manager.insert(FrameworkApplicationEntity, application);
      } catch (err) {
        if (isUniqueViolation(err, 'ux_framework_application_open')) throw new DomainException('APPLICATION_EXISTS', 'You have an open application for this lot already.');
        throw err;
      }
      await this.record(tx, application, 'CREATE', {});
      return application.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, expectedVersion: number, dto: UpdateApplicationDto): Promise<ApplicationDto> {
    await this.uow.run(actor, async (tx) => {
      const application = await this.lock(tx.manager, actor, id, expectedVersion);
      if (application.status !== 'DRAFT' && application.status !== 'INFO_REQUESTED') {
        throw new DomainException('WRONG_STATE', `An application in state ${application.status} cannot be changed.`);
      }
      const terms = await this.frameworks.latestTerms(tx.manager, application.frameworkId);
      this.assertCodes(dto, terms.checklist.map((r) => r.code));
      Object.assign(application, dto);
      await tx.manager.save(application);
      await tx.audit({ action: 'framework-application.updated', entityType: 'framework-application', entityId: id, data: { fields: Object.keys(dto) } });
    });
    return this.get(actor, id);
  }

  /** FW-2: a complete submission within the validity period starts the FW-3 decision clock. */
  async submit(actor: Actor, id: string, expectedVersion: number): Promise<ApplicationDto> {
    await this.uow.run(actor, async (tx) => {
      const application = await this.lock(tx.manager, actor, id, expectedVersion);
      const framework = await tx.manager.findOneByOrFail(FrameworkEntity, { id: application.frameworkId });
      this.assertOpen(framework, tx.now);
      const terms = await this.frameworks.latestTerms(tx.manager, application.frameworkId);
      const evidence = await this.evidence.latestValidUntil(tx.manager, application.providerId);
      const missing = incompleteness(terms.checklist, { ...application, declared: application.declarations, evidence }, localDate(tx.now));
      if (missing.length) throw new DomainException('APPLICATION_INCOMPLETE', 'The application is not complete.', missing);
      application.termsVersionNo = terms.versionNo;
      application.submittedAt = tx.now;
      application.decisionDueAt = workingDayDeadline(tx.now, framework.decisionWorkingDays);
      await this.move(tx, application, 'SUBMIT', {});
    });
    return this.get(actor, id);
  }

  async withdraw(actor: Actor, id: string, expectedVersion: number): Promise<ApplicationDto> {
    return this.step(actor, id, expectedVersion, 'WITHDRAW', {});
  }

  async startReview(actor: Actor, id: string, expectedVersion: number): Promise<ApplicationDto> {
    return this.step(actor, id, expectedVersion, 'START_REVIEW', {});
  }

  async requestInfo(actor: Actor, id: string, expectedVersion: number, dto: RequestInfoDto): Promise<ApplicationDto> {
    return this.step(actor, id, expectedVersion, 'REQUEST_INFO', { message: dto.message });
  }

  /** FW-3: every requirement decided, a reason for each one not met; admission creates the participation (FW-4). */
  async decide(actor: Actor, id: string, expectedVersion: number, dto: DecideApplicationDto): Promise<ApplicationDto> {
    await this.uow.run(actor, async (tx) => {
      const application = await this.lock(tx.manager, actor, id, expectedVersion);
      const terms = await this.frameworks.latestTerms(tx.manager, application.frameworkId);
      const errors = decisionErrors(terms.checklist, dto.decisions);
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The decision is not complete.', errors);
      const outcome = decisionOutcome(dto.decisions);
      application.decidedAt = tx.now;
      await this.move(tx, application, outcome, { message: dto.message, decisions: dto.decisions });
      if (outcome === 'ADMIT') {
        await this.evidence.acceptCurrent(tx, application.providerId, terms.checklist.map((r) => r.code));
        await this.participations.admit(tx, application, terms.versionNo);
      }
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<ApplicationDto> {
    const application = await this.dataSource.getRepository(FrameworkApplicationEntity).findOneBy({ id });
    if (!application || !this.canReach(actor, application)) throw new DomainException('NOT_FOUND', 'No such application.');
    const [framework, provider, history, evidence] = await Promise.all([
      this.dataSource.getRepository(FrameworkEntity).findOneByOrFail({ id: application.frameworkId }),
      this.repository.organisationName(application.providerId),
      this.dataSource.getRepository(ApplicationEventEntity).find({ where: { applicationId: id }, order: { at: 'ASC', id: 'ASC' } }),
      this.evidence.latestFor(application.providerId),
    ]);
    return {
      id, frameworkId: framework.id, frameworkName: framework.name, providerId: application.providerId, providerName: provider,
      lot: application.lot, status: application.status, termsVersionNo: application.termsVersionNo, declarations: application.declarations,
      experience: application.experience, regions: application.regions, targetGroups: application.targetGroups, locations: application.locations,
      capacity: application.capacity, submittedAt: iso(application.submittedAt), decisionDueAt: iso(application.decisionDueAt),
      overdue: isDecisionOverdue(application.status, application.decisionDueAt, this.clock.now()), decidedAt: iso(application.decidedAt), version: application.version, evidence,
      history: history.map((h) => ({ action: h.action, toStatus: h.toStatus, message: h.message, decisions: h.decisions, at: h.at.toISOString() })),
    };
  }

  /** The officers' review queue (and a provider's own list): oldest due first; `overdue` narrows to FW-3 breaches. */
  async queue(actor: Actor, query: ApplicationQueueQueryDto): Promise<Page<ApplicationSummaryDto>> {
    const providerId = actor.can(Permission.ApplicationReadAny) ? undefined : actor.organisationId;
    const { rows, total } = await this.repository.applications({
      providerId, status: query.status, frameworkId: query.frameworkId, overdueAt: query.overdue ? this.clock.now() : undefined,
      limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
    });
    const now = this.clock.now();
    return {
      items: rows.map((r) => ({
        id: r.id, frameworkId: r.framework_id, providerName: r.provider_name, kvkNumber: r.kvk_number, lot: r.lot, status: r.status,
        submittedAt: iso(r.submitted_at), decisionDueAt: iso(r.decision_due_at),
        overdue: isDecisionOverdue(r.status, r.decision_due_at, now),
      })),
      page: query.page, pageSize: query.pageSize, total,
    };
  }

  private async step(actor: Actor, id: string, expectedVersion: number, action: ApplicationAction, step: Step): Promise<ApplicationDto> {
    await this.uow.run(actor, async (tx) => this.move(tx, await this.lock(tx.manager, actor, id, expectedVersion), action, step));
    return this.get(actor, id);
  }

  /** Applies one FW-3 transition: state, history, audit, outbox event and, where the provider must act, a notification. */
  private async move(tx: Transaction, application: FrameworkApplicationEntity, action: ApplicationAction, step: Step): Promise<void> {
    const result = transitionApplication(application.status, action);
    if (!result.ok) {
      throw new DomainException('WRONG_STATE', `Cannot ${action.toLowerCase().replace('_', ' ')} an application in state ${application.status}.`, [
        { field: 'status', message: `allowed from ${result.allowedFrom.join(', ')}` },
      ]);
    }
    application.status = result.to;
    await tx.manager.save(application);
    await this.record(tx, application, action, step);
    await tx.emit({ type: `framework-application.${result.to.toLowerCase()}`, aggregateType: 'framework-application', aggregateId: application.id, payload: { frameworkId: application.frameworkId, providerId: application.providerId, lot: application.lot } });
    if (action === 'REQUEST_INFO' || action === 'ADMIT' || action === 'REJECT') {
      await this.notifications.send(tx, application.providerId, `application-${action.toLowerCase()}:${application.id}:${application.version}`, `APPLICATION_${result.to}`, step.message ?? '', { applicationId: application.id, lot: application.lot });
    }
  }

  private async record(tx: Transaction, application: FrameworkApplicationEntity, action: string, step: Step): Promise<void> {
    await tx.manager.insert(ApplicationEventEntity, {
      applicationId: application.id, action, toStatus: application.status, actorId: tx.actorId, message: step.message ?? null, decisions: step.decisions ?? null, at: tx.now,
    });
    await tx.audit({ action: `framework-application.${action.toLowerCase()}`, entityType: 'framework-application', entityId: application.id, data: { status: application.status, lot: application.lot, ...(step.decisions ? { decisions: step.decisions } : {}) } });
  }

  private async lock(manager: EntityManager, actor: Actor, id: string, expectedVersion: number): Promise<FrameworkApplicationEntity> {
    const application = await manager.findOne(FrameworkApplicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!application || !this.canReach(actor, application)) throw new DomainException('NOT_FOUND', 'No such application.');
    if (application.version !== expectedVersion) {
      throw new DomainException('VERSION_MISMATCH', `The application changed since you read it (now version ${application.version}).`);
    }
    return application;
  }

  private canReach(actor: Actor, application: FrameworkApplicationEntity): boolean {
    return actor.can(Permission.ApplicationReadAny) || application.providerId === actor.organisationId;
  }

  private assertOpen(framework: FrameworkEntity, now: Date): void {
    const today = localDate(now);
    if (today < framework.validFrom || today > framework.validUntil) {
      throw new DomainException('FRAMEWORK_NOT_OPEN', `Applications are accepted from ${framework.validFrom} through ${framework.validUntil}.`);
    }
  }

  private assertCodes(dto: UpdateApplicationDto, requirementCodes: string[]): void {
    const errors = unknownCodes([
      { field: 'regions', codes: dto.regions, known: (c) => this.reference.hasRegion(c) },
      { field: 'targetGroups', codes: dto.targetGroups, known: (c) => this.reference.hasTargetGroup(c) },
      { field: 'declarations', codes: dto.declarations, known: (c) => requirementCodes.includes(c) },
    ]);
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The application names codes that do not exist.', errors);
  }
}

function iso(date: Date | null): string | null {
  return date?.toISOString() ?? null;
}
