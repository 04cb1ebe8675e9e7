import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Permission } from '@rim/contracts';
import { addCalendarDays, lapsedEvidence, localDate, Requirement } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { DomainException } from '../../common/problem/error-code.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { EvidenceDocumentDto } from './dto/evidence.dto.js';
import { PublicParticipantPageDto, PublicParticipantQueryDto } from './dto/public-participant.dto.js';
import { ParticipationDto, ParticipationPageDto, ParticipationQueryDto, StatusReasonDto, SuspendParticipationDto } from './dto/participation.dto.js';
import { ApplicationEventEntity } from './entities/application-event.entity.js';
import { FrameworkApplicationEntity } from './entities/framework-application.entity.js';
import { FrameworkTermsEntity } from './entities/framework-terms.entity.js';
import { ParticipationEntity } from './entities/participation.entity.js';
import { EvidenceService, toEvidenceDto } from './evidence.service.js';
import { FrameworksRepository, ParticipationRow } from './frameworks.repository.js';
import { NotificationsService } from './notifications.service.js';

/** FW-5: how long before expiry the provider is reminded. */
const REMINDER_DAYS = 30;

export interface MigratedParticipant {
  kvkNumber: string;
  lots: string[];
  regions: string[];
  targetGroups: string[];
  capacity: number;
}

export interface EvidenceSweepResult {
  asOf: string;
  reminders: number;
  suspended: number;
  reinstated: number;
}

function toDto(r: ParticipationRow): ParticipationDto {
  return {
    id: r.id, frameworkId: r.framework_id, providerId: r.provider_id, providerName: r.provider_name, kvkNumber: r.kvk_number, lot: r.lot,
    status: r.status, effectiveStatus: r.effective_status, suspensionCause: r.suspension_cause, suspendedUntil: r.suspended_until?.toISOString() ?? null,
    statusReason: r.status_reason, acceptedTermsVersionNo: r.accepted_terms_version_no, regions: r.regions, targetGroups: r.target_groups,
    capacity: r.capacity, clientsInService: r.clients_in_service, admittedAt: r.admitted_at.toISOString(), version: r.version,
  };
}

/** FW-4, FW-5, FW-6: participations, their terms, suspension for lapsed evidence and by officers, de-listing. */
@Injectable()
export class ParticipationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly repository: FrameworksRepository,
    private readonly evidence: EvidenceService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** FW-4: admission makes (or renews) the participation in the lot, bound to the terms version decided on. */
  async admit(tx: Transaction, application: FrameworkApplicationEntity, termsVersionNo: number): Promise<void> {
    const [row] = await tx.manager.query<{ id: string }[]>(
      `INSERT INTO framework_participation (framework_id, provider_id, lot, application_id, accepted_terms_version_no, status, regions, target_groups, locations, capacity, admitted_at, version)
       VALUES ($1, $2, $3, $4, $5, 'ACTIVE', $6, $7, $8, $9, $10, 1)
       ON CONFLICT (framework_id, provider_id, lot) DO UPDATE SET application_id = EXCLUDED.application_id, accepted_terms_version_no = EXCLUDED.accepted_terms_version_no,
         status = 'ACTIVE', suspension_cause = NULL, suspended_until = NULL, status_reason = NULL, regions = EXCLUDED.regions, target_groups = EXCLUDED.target_groups,
         locations = EXCLUDED.locations, capacity = EXCLUDED.capacity, admitted_at = EXCLUDED.admitted_at, version = framework_participation.version + 1
       RETURNING id`,
      [application.frameworkId, application.providerId, application.lot, application.id, termsVersionNo, application.regions, application.targetGroups, JSON.stringify(application.locations), application.capacity, tx.now],
    );
    await tx.audit({ action: 'participation.admitted', entityType: 'participation', entityId: row!.id, data: { frameworkId: application.frameworkId, providerId: application.providerId, lot: application.lot, termsVersionNo } });
    await tx.emit({ type: 'participation.admitted', aggregateType: 'participation', aggregateId: row!.id, payload: { frameworkId: application.frameworkId, providerId: application.providerId, lot: application.lot } });
  }

  /**
   * FW-9 migration: admits registered contract partners with a signed agreement to the lots named, bound to the latest
   * terms, skipping lots they take part in already. Returns the lots admitted per KvK number.
   */
  async admitMigrated(tx: Transaction, frameworkId: string, rows: MigratedParticipant[]): Promise<Map<string, string[]>> {
    const terms = await tx.manager.findOneOrFail(FrameworkTermsEntity, { where: { frameworkId }, order: { versionNo: 'DESC' } });
    const input = rows.flatMap((r) => r.lots.map((lot) => ({ kvk: r.kvkNumber, lot, regions: r.regions, target_groups: r.targetGroups, capacity: r.capacity })));
    if (input.length === 0) return new Map();
    const admitted = await tx.manager.query<{ id: string; application_id: string; kvk: string; lot: string; provider_id: string }[]>(
      `WITH input AS (SELECT DISTINCT ON (kvk, lot) * FROM jsonb_to_recordset($2::jsonb) AS x(kvk text, lot text, regions varchar[], target_groups varchar[], capacity int)),
            fresh AS (SELECT o.id AS provider_id, i.* FROM input i JOIN organisation o ON o.kvk_number = i.kvk
                       WHERE NOT EXISTS (SELECT 1 FROM framework_participation p WHERE p.framework_id = $1 AND p.provider_id = o.id AND p.lot = i.lot)),
            apps AS (INSERT INTO framework_application (framework_id, provider_id, lot, status, terms_version_no, regions, target_groups, capacity, submitted_at, decided_at, version)
                     SELECT $1, provider_id, lot, 'ADMITTED', $3, regions, target_groups, capacity, $4, $4, 1 FROM fresh
                     RETURNING id, provider_id, lot, regions, target_groups, capacity)
       INSERT INTO framework_participation AS p (framework_id, provider_id, lot, application_id, accepted_terms_version_no, status, regions, target_groups, locations, capacity, admitted_at, version)
       SELECT $1, a.provider_id, a.lot, a.id, $3, 'ACTIVE', a.regions, a.target_groups, '[]', a.capacity, $4, 1 FROM apps a
       RETURNING p.id, p.application_id, p.provider_id, p.lot, (SELECT kvk_number FROM organisation o WHERE o.id = p.provider_id) AS kvk`,
      [frameworkId, JSON.stringify(input), terms.versionNo, tx.now],
    );
    if (admitted.length === 0) return new Map();
    await tx.manager.insert(ApplicationEventEntity, admitted.map((a) => ({
      applicationId: a.application_id, action: 'MIGRATE', toStatus: 'ADMITTED' as const, actorId: tx.actorId, message: 'Bestaande raamovereenkomst overgenomen', decisions: null, at: tx.now,
    })));
    await tx.audit(...admitted.map((a) => ({ action: 'participation.admitted', entityType: 'participation', entityId: a.id, data: { frameworkId, providerId: a.provider_id, lot: a.lot, termsVersionNo: terms.versionNo, route: 'migration' } })));
    await tx.emit(...admitted.map((a) => ({ type: 'participation.admitted', aggregateType: 'participation', aggregateId: a.id, payload: { frameworkId, providerId: a.provider_id, lot: a.lot } })));
    const byKvk = new Map<string, string[]>();
    for (const a of admitted) byKvk.set(a.kvk, [...(byKvk.get(a.kvk) ?? []), a.lot]);
    return byKvk;
  }

  async list(actor: Actor, filter: ParticipationQueryDto): Promise<ParticipationPageDto> {
    const providerId = actor.can(Permission.ApplicationReadAny) ? undefined : actor.organisationId;
    const { rows, total } = await this.repository.participations({ ...filter, providerId, now: this.clock.now(), limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize });
    return { items: rows.map(toDto), page: filter.page, pageSize: filter.pageSize, total };
  }

  /** The public participants list: active participants only, and only what the public may know of them. */
  async publicList(frameworkId: string, query: PublicParticipantQueryDto): Promise<PublicParticipantPageDto> {
    const { rows, total } = await this.repository.participations({
      frameworkId, lot: query.lot, region: query.region, activeOnly: true, now: this.clock.now(), limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((r) => ({ providerName: r.provider_name, kvkNumber: r.kvk_number, lot: r.lot, regions: r.regions, admittedSince: localDate(r.admitted_at) })),
      page: query.page, pageSize: query.pageSize, total,
    };
  }

  /** FW-4: a provider accepts a terms version for all its participations in the framework. */
  async acceptTerms(actor: Actor, frameworkId: string, versionNo: number): Promise<ParticipationDto[]> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Only a provider accepts terms.');
    await this.uow.run(actor, async (tx) => {
      const terms = await tx.manager.findOneBy(FrameworkTermsEntity, { frameworkId, versionNo });
      if (!terms?.publishedAt) throw new DomainException('NOT_FOUND', 'No such terms version.');
      const [updated] = await tx.manager.query<[{ id: string }[], number]>(
        `UPDATE framework_participation SET accepted_terms_version_no = $3, version = version + 1
          WHERE framework_id = $1 AND provider_id = $2 AND accepted_terms_version_no < $3 AND status <> 'DELISTED' RETURNING id`,
        [frameworkId, actor.organisationId, versionNo],
      );
      if (!updated.length && !(await this.repository.hasParticipation(tx.manager, frameworkId, actor.organisationId))) {
        throw new DomainException('NOT_FOUND', 'You take no part in this framework.');
      }
      await tx.audit({ action: 'framework.terms-accepted', entityType: 'framework', entityId: frameworkId, data: { providerId: actor.organisationId, versionNo } });
    });
    const { rows } = await this.repository.participations({ frameworkId, providerId: actor.organisationId, now: this.clock.now(), limit: 100, offset: 0 });
    return rows.map(toDto);
  }

  /** FW-6: a time-boxed suspension with a reason. */
  async suspend(actor: Actor, id: string, expectedVersion: number, dto: SuspendParticipationDto): Promise<ParticipationDto> {
    const until = new Date(dto.until);
    if (until <= this.clock.now()) throw new DomainException('VALIDATION_FAILED', 'A suspension ends in the future.', [{ field: 'until', message: 'must be in the future' }]);
    return this.change(actor, id, expectedVersion, 'participation.suspended', dto.reason, (p) => {
      if (p.status === 'DELISTED') throw new DomainException('WRONG_STATE', 'A de-listed participant cannot be suspended.');
      Object.assign(p, { status: 'SUSPENDED', suspensionCause: 'OFFICER', suspendedUntil: until, statusReason: dto.reason });
    });
  }

  async reinstate(actor: Actor, id: string, expectedVersion: number, dto: StatusReasonDto): Promise<ParticipationDto> {
    return this.change(actor, id, expectedVersion, 'participation.reinstated', dto.reason, (p) => {
      if (p.status !== 'SUSPENDED') throw new DomainException('WRONG_STATE', `Only a suspended participant can be reinstated (this one is ${p.status}).`);
      Object.assign(p, { status: 'ACTIVE', suspensionCause: null, suspendedUntil: null, statusReason: dto.reason });
    });
  }

  /** FW-6: de-listing is final for this participation; the provider may apply again. */
  async delist(actor: Actor, id: string, expectedVersion: number, dto: StatusReasonDto): Promise<ParticipationDto> {
    return this.change(actor, id, expectedVersion, 'participation.delisted', dto.reason, (p) => {
      if (p.status === 'DELISTED') throw new DomainException('WRONG_STATE', 'The participant is de-listed already.');
      Object.assign(p, { status: 'DELISTED', suspensionCause: null, suspendedUntil: null, statusReason: dto.reason });
    });
  }

  /** An officer accepts or rejects a renewed document; accepting it may reinstate a participation (FW-5). */
  async reviewEvidence(actor: Actor, documentId: string, accept: boolean, reason: string | undefined): Promise<EvidenceDocumentDto> {
    const document = await this.uow.run(actor, async (tx) => {
      const reviewed = await this.evidence.review(tx, documentId, accept, reason);
      if (accept) await this.reinstateRestored(tx, reviewed.organisationId);
      return reviewed;
    });
    return toEvidenceDto(document);
  }

  /**
   * FW-5, run daily and safe to run again: reminds 30 days before expiry (once per document), suspends participations
   * whose mandatory evidence has lapsed, reinstates those whose evidence is valid again, and ends officer suspensions
   * whose time is up.
   */
  async sweepEvidence(asOf: Date = this.clock.now()): Promise<EvidenceSweepResult> {
    const today = localDate(asOf);
    return this.uow.run(null, async (tx) => {
      let reminders = 0;
      const expiring = await this.repository.evidenceExpiringBy(tx.manager, addCalendarDays(today, REMINDER_DAYS));
      for (const doc of expiring) {
        const sent = await this.notifications.send(tx, doc.organisation_id, `evidence-expiry:${doc.id}`, 'EVIDENCE_EXPIRING',
          `Uw bewijsstuk ${doc.requirement_code} (${doc.file_name}) verloopt op ${doc.valid_until}. Upload tijdig een nieuwe versie.`, { documentId: doc.id, requirementCode: doc.requirement_code, validUntil: doc.valid_until });
        if (sent) reminders += 1;
      }
      let suspended = 0;
      let reinstated = 0;
      for (const p of await this.repository.participationsWithExpiringRequirements(tx.manager)) {
        const lapsed = lapsedEvidence(p.checklist as Requirement[], p.evidence, today);
        if (lapsed.length && p.status === 'ACTIVE') {
          await this.setStatus(tx, p.id, { status: 'SUSPENDED', suspensionCause: 'EVIDENCE_EXPIRED', suspendedUntil: null, statusReason: `Verlopen bewijs: ${lapsed.join(', ')}` }, 'participation.suspended-evidence-expired', { lapsed });
          await this.notifications.send(tx, p.provider_id, `evidence-suspension:${p.id}:${today}`, 'PARTICIPATION_SUSPENDED', `Uw deelname aan perceel ${p.lot} is geschorst: bewijs verlopen (${lapsed.join(', ')}).`, { participationId: p.id, lapsed });
          suspended += 1;
        } else if (!lapsed.length && p.status === 'SUSPENDED' && p.suspension_cause === 'EVIDENCE_EXPIRED') {
          await this.setStatus(tx, p.id, { status: 'ACTIVE', suspensionCause: null, suspendedUntil: null, statusReason: 'Geldig bewijs ontvangen' }, 'participation.reinstated-evidence-valid', {});
          reinstated += 1;
        }
      }
      const ended = await tx.manager.query<{ id: string }[]>(
        `SELECT id FROM framework_participation WHERE status = 'SUSPENDED' AND suspension_cause = 'OFFICER' AND suspended_until <= $1`, [asOf],
      );
      for (const p of ended) {
        await this.setStatus(tx, p.id, { status: 'ACTIVE', suspensionCause: null, suspendedUntil: null, statusReason: 'Schorsing afgelopen' }, 'participation.suspension-ended', {});
        reinstated += 1;
      }
      return { asOf: today, reminders, suspended, reinstated };
    });
  }

  /** Reinstates the organisation's participations suspended for lapsed evidence once all of it is valid again. */
  private async reinstateRestored(tx: Transaction, organisationId: string): Promise<void> {
    const today = localDate(tx.now);
    for (const p of await this.repository.participationsWithExpiringRequirements(tx.manager, organisationId)) {
      if (p.status === 'SUSPENDED' && p.suspension_cause === 'EVIDENCE_EXPIRED' && lapsedEvidence(p.checklist as Requirement[], p.evidence, today).length === 0) {
        await this.setStatus(tx, p.id, { status: 'ACTIVE', suspensionCause: null, suspendedUntil: null, statusReason: 'Geldig bewijs ontvangen' }, 'participation.reinstated-evidence-valid', {});
      }
    }
  }

  private async setStatus(tx: Transaction, id: string, changes: Partial<ParticipationEntity>, action: string, data: Record<string, unknown>): Promise<void> {
    await tx.manager.update(ParticipationEntity, { id }, { ...changes, version: () => 'version + 1' });
    await tx.audit({ action, entityType: 'participation', entityId: id, data: { status: changes.status, ...data } });
    await tx.emit({ type: action, aggregateType: 'participation', aggregateId: id, payload: { status: changes.status } });
  }

  private async change(actor: Actor, id: string, expectedVersion: number, action: string, reason: string, apply: (p: ParticipationEntity) => void): Promise<ParticipationDto> {
    const frameworkId = await this.uow.run(actor, async (tx) => {
      const p = await tx.manager.findOne(ParticipationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw new DomainException('NOT_FOUND', 'No such participation.');
      if (p.version !== expectedVersion) throw new DomainException('VERSION_MISMATCH', `The participation changed since you read it (now version ${p.version}).`);
      apply(p);
      await tx.manager.save(p);
      await tx.audit({ action, entityType: 'participation', entityId: id, data: { status: p.status, reason, suspendedUntil: p.suspendedUntil?.toISOString() ?? null } });
      await tx.emit({ type: action, aggregateType: 'participation', aggregateId: id, payload: { status: p.status, providerId: p.providerId, lot: p.lot } });
      await this.notifications.send(tx, p.providerId, `${action}:${id}:${p.version}`, action.toUpperCase().replace(/[.-]/g, '_'), reason, { participationId: id, lot: p.lot });
      return p.frameworkId;
    });
    const { rows } = await this.repository.participations({ frameworkId, id, now: this.clock.now(), limit: 1, offset: 0 });
    return toDto(rows[0]!);
  }
}
