import { Injectable } from '@nestjs/common';
import { BENEFIT_TYPES, DEFAULT_HOURLY_RATE_CENTS, INKOOPKADER_AG_2016_CHECKLIST, INKOOPKADER_AG_2016_LOTS, LotTerms, Requirement, validateLotTerms } from '@rim/domain';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CreateFrameworkDto, FrameworkDto, NewTermsVersionDto, TermsInputDto } from './dto/framework.dto.js';
import { FrameworkTermsEntity } from './entities/framework-terms.entity.js';
import { FrameworkEntity } from './entities/framework.entity.js';
import { FrameworkRow, FrameworksRepository } from './frameworks.repository.js';

const BENEFIT_CODES = new Set(BENEFIT_TYPES.map((b) => b.code));

function fromRow(r: FrameworkRow): FrameworkDto {
  return {
    id: r.id, name: r.name, legalMode: r.legal_mode, validFrom: r.valid_from, validUntil: r.valid_until, decisionWorkingDays: r.decision_working_days,
    status: r.status, version: r.version,
    terms: {
      versionNo: r.version_no, summary: r.summary, hourlyRateCents: r.hourly_rate_cents, lots: r.lots, checklist: r.checklist,
      effectiveFrom: r.effective_from, publishedAt: r.published_at?.toISOString() ?? null,
    },
  };
}

/** FW-1 and FW-4: officers define frameworks and publish versions of their terms. */
@Injectable()
export class FrameworksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reference: ReferenceService,
    private readonly repository: FrameworksRepository,
  ) {}

  async create(actor: Actor | null, dto: CreateFrameworkDto): Promise<FrameworkDto> {
    if (dto.validUntil <= dto.validFrom) {
      throw new DomainException('VALIDATION_FAILED', 'The framework must end after it starts.', [{ field: 'validUntil', message: 'must be after validFrom' }]);
    }
    const terms = this.termsFrom(dto);
    const id = await this.uow.run(actor, async (tx) => {
      const existing = await tx.manager.existsBy(FrameworkEntity, { name: dto.name });
      if (existing) throw new DomainException('CONFLICT', 'A framework with this name exists already.', [{ field: 'name', message: 'already taken' }]);
      const framework = await tx.manager.save(tx.manager.create(FrameworkEntity, {
        name: dto.name, legalMode: dto.legalMode, validFrom: dto.validFrom, validUntil: dto.validUntil,
        decisionWorkingDays: dto.decisionWorkingDays ?? 10, status: 'DRAFT',
      }));
      await tx.manager.save(tx.manager.create(FrameworkTermsEntity, {
        frameworkId: framework.id, versionNo: 1, summary: dto.summary ?? 'Eerste versie', effectiveFrom: dto.validFrom, publishedAt: null, ...terms,
      }));
      await tx.audit({ action: 'framework.created', entityType: 'framework', entityId: framework.id, data: { name: dto.name, legalMode: dto.legalMode, validFrom: dto.validFrom, validUntil: dto.validUntil } });
      return framework.id;
    });
    return this.get(id);
  }

  async publish(actor: Actor | null, id: string, expectedVersion: number): Promise<FrameworkDto> {
    await this.uow.run(actor, async (tx) => {
      const framework = await this.lockForUpdate(tx.manager, id, expectedVersion);
      if (framework.status !== 'DRAFT') throw new DomainException('WRONG_STATE', 'The framework is published already.');
      framework.status = 'PUBLISHED';
      await tx.manager.save(framework);
      await tx.manager.update(FrameworkTermsEntity, { frameworkId: id, versionNo: 1 }, { publishedAt: tx.now });
      await tx.audit({ action: 'framework.published', entityType: 'framework', entityId: id });
      await tx.emit({ type: 'framework.published', aggregateType: 'framework', aggregateId: id, payload: { name: framework.name } });
    });
    return this.get(id);
  }

  /** FW-4: a new terms version; each participant must accept it before `effectiveFrom` to stay active. */
  async addTermsVersion(actor: Actor | null, id: string, expectedVersion: number, dto: NewTermsVersionDto): Promise<FrameworkDto> {
    await this.uow.run(actor, async (tx) => {
      const framework = await this.lockForUpdate(tx.manager, id, expectedVersion);
      if (framework.status !== 'PUBLISHED') throw new DomainException('WRONG_STATE', 'Publish the framework before adding terms versions.');
      const previous = await this.latestTerms(tx.manager, id);
      if (dto.effectiveFrom <= previous.effectiveFrom) {
        throw new DomainException('VALIDATION_FAILED', 'A new version takes effect after the current one.', [{ field: 'effectiveFrom', message: `must be after ${previous.effectiveFrom}` }]);
      }
      const terms = this.termsFrom(dto, previous);
      const version = await tx.manager.save(tx.manager.create(FrameworkTermsEntity, {
        frameworkId: id, versionNo: previous.versionNo + 1, summary: dto.summary, effectiveFrom: dto.effectiveFrom, publishedAt: tx.now, ...terms,
      }));
      await tx.manager.save(framework); // bumps the framework's version: its terms changed
      await tx.audit({ action: 'framework.terms-published', entityType: 'framework', entityId: id, data: { versionNo: version.versionNo, effectiveFrom: dto.effectiveFrom } });
      await tx.emit({ type: 'framework.terms-published', aggregateType: 'framework', aggregateId: id, payload: { versionNo: version.versionNo, effectiveFrom: dto.effectiveFrom } });
    });
    return this.get(id);
  }

  async get(id: string, options: { publishedOnly?: boolean } = {}): Promise<FrameworkDto> {
    const [row] = await this.repository.frameworks({ id, publishedOnly: options.publishedOnly });
    if (!row) throw new DomainException('NOT_FOUND', 'No such framework.');
    return fromRow(row);
  }

  async list(options: { publishedOnly?: boolean } = {}): Promise<FrameworkDto[]> {
    return (await this.repository.frameworks({ publishedOnly: options.publishedOnly })).map(fromRow);
  }

  async latestTerms(manager: EntityManager, frameworkId: string): Promise<FrameworkTermsEntity> {
    const terms = await manager.findOne(FrameworkTermsEntity, { where: { frameworkId }, order: { versionNo: 'DESC' } });
    if (!terms) throw new DomainException('NOT_FOUND', 'No such framework.');
    return terms;
  }

  async lockForUpdate(manager: EntityManager, id: string, expectedVersion: number): Promise<FrameworkEntity> {
    const framework = await manager.findOne(FrameworkEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!framework) throw new DomainException('NOT_FOUND', 'No such framework.');
    if (framework.version !== expectedVersion) throw new DomainException('VERSION_MISMATCH', `The framework changed since you read it (now version ${framework.version}).`);
    return framework;
  }

  /** The terms an officer sent, completed from the previous version (or the Inkoopkader AG 2016–2020) and checked. */
  private termsFrom(dto: TermsInputDto, previous?: FrameworkTermsEntity): { hourlyRateCents: number; lots: LotTerms[]; checklist: Requirement[] } {
    const lots = (dto.lots ?? previous?.lots ?? INKOOPKADER_AG_2016_LOTS) as LotTerms[];
    const checklist = (dto.checklist?.map((r) => ({ ...r, evidenceType: r.evidenceType ?? null })) ?? previous?.checklist ?? INKOOPKADER_AG_2016_CHECKLIST) as Requirement[];
    const errors: FieldError[] = [];
    lots.forEach((lot, i) => {
      if (!this.reference.hasService(lot.lot)) errors.push({ field: `lots[${i}].lot`, message: `no service ${lot.lot}` });
      errors.push(...validateLotTerms(lot, `lots[${i}].`));
      for (const [type, months] of Object.entries(lot.caps.maxDurationMonths.byBenefitType)) {
        if (!BENEFIT_CODES.has(type)) errors.push({ field: `lots[${i}].caps.maxDurationMonths.byBenefitType.${type}`, message: 'no such benefit type' });
        if (!Number.isInteger(months) || months < 1 || months > 60) errors.push({ field: `lots[${i}].caps.maxDurationMonths.byBenefitType.${type}`, message: 'must be a whole number of months from 1 to 60' });
      }
    });
    if (new Set(lots.map((l) => l.lot)).size !== lots.length) errors.push({ field: 'lots', message: 'a lot is listed twice' });
    if (new Set(checklist.map((r) => r.code)).size !== checklist.length) errors.push({ field: 'checklist', message: 'a requirement code is listed twice' });
    checklist.forEach((r, i) => {
      if (r.kind === 'EXPERIENCE' && r.evidenceType) errors.push({ field: `checklist[${i}].evidenceType`, message: 'the experience requirement is met by figures, not a document' });
      if (r.expires && !r.evidenceType) errors.push({ field: `checklist[${i}].expires`, message: 'only a requirement with a document can expire' });
    });
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The framework terms are not valid.', errors);
    return { hourlyRateCents: dto.hourlyRateCents ?? previous?.hourlyRateCents ?? DEFAULT_HOURLY_RATE_CENTS, lots, checklist };
  }
}
