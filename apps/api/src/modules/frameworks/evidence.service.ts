import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Permission } from '@rim/contracts';
import { isExpired, localDate } from '@rim/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ApplicationEvidenceDto } from './dto/application.dto.js';
import { EvidenceDocumentDto, UploadEvidenceQueryDto } from './dto/evidence.dto.js';
import { EvidenceDocumentEntity } from './entities/evidence-document.entity.js';
import type { EvidenceFile } from './evidence-file.js';
import { FrameworksService } from './frameworks.service.js';

export function toEvidenceDto(d: EvidenceDocumentEntity): EvidenceDocumentDto {
  return {
    id: d.id, requirementCode: d.requirementCode, versionNo: d.versionNo, fileName: d.fileName, contentType: d.contentType,
    sizeBytes: d.sizeBytes, sha256: d.sha256, validUntil: d.validUntil, status: d.status, uploadedAt: d.uploadedAt.toISOString(),
  };
}

/** Evidence documents: SHA-256, size and type checked, every upload a new version, reads of the content audited. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly frameworks: FrameworksService,
  ) {}

  async upload(actor: Actor, frameworkId: string, requirementCode: string, query: UploadEvidenceQueryDto, file: EvidenceFile): Promise<EvidenceDocumentDto> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Only a provider uploads its evidence.');
    return this.uow.run(actor, async (tx) => {
      const terms = await this.frameworks.latestTerms(tx.manager, frameworkId);
      const requirement = terms.checklist.find((r) => r.code === requirementCode);
      if (!requirement?.evidenceType) throw new DomainException('NOT_FOUND', 'This framework asks no document for that requirement.');
      if (requirement.expires && !query.validUntil) {
        throw new DomainException('VALIDATION_FAILED', 'This document expires: give its expiry date.', [{ field: 'validUntil', message: 'required for this requirement' }]);
      }
      if (query.validUntil && isExpired(query.validUntil, localDate(tx.now))) {
        throw new DomainException('VALIDATION_FAILED', 'The document has expired already.', [{ field: 'validUntil', message: 'must not be in the past' }]);
      }
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evidence:${actor.organisationId}:${requirementCode}`]);
      const [{ next }] = await tx.manager.query<{ next: number }[]>(
        'SELECT coalesce(max(version_no), 0) + 1 AS next FROM evidence_document WHERE organisation_id = $1 AND requirement_code = $2',
        [actor.organisationId, requirementCode],
      ) as [{ next: number }];
      const document = tx.manager.create(EvidenceDocumentEntity, {
        organisationId: actor.organisationId, requirementCode, versionNo: next, fileName: query.fileName, contentType: file.contentType,
        sizeBytes: file.bytes.length, sha256: file.sha256, content: file.bytes, validUntil: requirement.expires ? query.validUntil! : null,
        status: 'PENDING', uploadedBy: actor.userId, uploadedAt: tx.now, reviewedAt: null,
      });
      await tx.manager.insert(EvidenceDocumentEntity, document);
      await tx.audit({ action: 'evidence.uploaded', entityType: 'evidence-document', entityId: document.id, data: { requirementCode, versionNo: next, sha256: file.sha256, sizeBytes: file.bytes.length, validUntil: document.validUntil } });
      return toEvidenceDto(document);
    });
  }

  async list(actor: Actor, organisationId: string): Promise<EvidenceDocumentDto[]> {
    this.assertReach(actor, organisationId);
    const rows = await this.dataSource.getRepository(EvidenceDocumentEntity).find({ where: { organisationId }, order: { requirementCode: 'ASC', versionNo: 'DESC' } });
    return rows.map(toEvidenceDto);
  }

  /** The stored bytes; a confidential read, so it is written to the audit log (SPEC §8). */
  async content(actor: Actor, id: string): Promise<{ document: EvidenceDocumentDto; bytes: Buffer }> {
    const document = await this.dataSource.getRepository(EvidenceDocumentEntity).createQueryBuilder('d').addSelect('d.content').where('d.id = :id', { id }).getOne();
    if (!document) throw new DomainException('NOT_FOUND', 'No such document.');
    this.assertReach(actor, document.organisationId);
    await this.uow.run(actor, (tx) => tx.audit({ action: 'evidence.read', entityType: 'evidence-document', entityId: id, data: { sha256: document.sha256 } }));
    return { document: toEvidenceDto(document), bytes: document.content };
  }

  /** An officer's verdict on one pending document. */
  async review(tx: Transaction, id: string, accept: boolean, reason: string | undefined): Promise<EvidenceDocumentEntity> {
    const document = await tx.manager.findOne(EvidenceDocumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document) throw new DomainException('NOT_FOUND', 'No such document.');
    if (document.status !== 'PENDING') throw new DomainException('WRONG_STATE', `The document is ${document.status.toLowerCase()} already.`);
    document.status = accept ? 'ACCEPTED' : 'REJECTED';
    document.reviewedAt = tx.now;
    await tx.manager.update(EvidenceDocumentEntity, { id }, { status: document.status, reviewedAt: tx.now });
    await tx.audit({ action: accept ? 'evidence.accepted' : 'evidence.rejected', entityType: 'evidence-document', entityId: id, data: { requirementCode: document.requirementCode, versionNo: document.versionNo, ...(reason ? { reason } : {}) } });
    return document;
  }

  /** Admission accepts the latest pending version of each requirement's evidence. */
  async acceptCurrent(tx: Transaction, organisationId: string, requirementCodes: string[]): Promise<void> {
    await tx.manager.query(
      `UPDATE evidence_document d SET status = 'ACCEPTED', reviewed_at = $3
        WHERE d.organisation_id = $1 AND d.requirement_code = ANY($2) AND d.status = 'PENDING'
          AND d.version_no = (SELECT max(version_no) FROM evidence_document x WHERE x.organisation_id = d.organisation_id AND x.requirement_code = d.requirement_code)`,
      [organisationId, requirementCodes, tx.now],
    );
  }

  /** Per requirement: the expiry date of the latest document not rejected (null: it does not expire). */
  async latestValidUntil(manager: EntityManager, organisationId: string): Promise<Record<string, string | null>> {
    const rows = await manager.query<{ requirement_code: string; valid_until: string | null }[]>(
      `SELECT DISTINCT ON (requirement_code) requirement_code, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM evidence_document WHERE organisation_id = $1 AND status <> 'REJECTED'
        ORDER BY requirement_code, version_no DESC`,
      [organisationId],
    );
    return Object.fromEntries(rows.map((r) => [r.requirement_code, r.valid_until]));
  }

  async latestFor(organisationId: string): Promise<ApplicationEvidenceDto[]> {
    const rows = await this.dataSource.query<{ id: string; requirement_code: string; version_no: number; file_name: string; valid_until: string | null; status: string }[]>(
      `SELECT DISTINCT ON (requirement_code) id, requirement_code, version_no, file_name, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, status
         FROM evidence_document WHERE organisation_id = $1 ORDER BY requirement_code, version_no DESC`,
      [organisationId],
    );
    return rows.map((r) => ({ requirementCode: r.requirement_code, documentId: r.id, versionNo: r.version_no, fileName: r.file_name, validUntil: r.valid_until, status: r.status }));
  }

  private assertReach(actor: Actor, organisationId: string): void {
    if (!actor.can(Permission.ApplicationReadAny) && actor.organisationId !== organisationId) throw new DomainException('NOT_FOUND', 'No such document.');
  }
}
