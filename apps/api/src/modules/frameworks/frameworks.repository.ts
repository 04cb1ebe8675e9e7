import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ApplicationState, localDate, type LotTerms, type Requirement } from '@rim/domain';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../common/problem/error-code.js';
import type { ProviderLocation } from './entities/framework-application.entity.js';
import type { LegalMode } from './entities/framework.entity.js';

export interface ApplicationRow {
  id: string;
  framework_id: string;
  provider_name: string;
  kvk_number: string;
  lot: string;
  status: ApplicationState;
  submitted_at: Date | null;
  decision_due_at: Date | null;
}

export interface ParticipationRow {
  id: string;
  framework_id: string;
  provider_id: string;
  provider_name: string;
  kvk_number: string;
  lot: string;
  status: string;
  effective_status: string;
  suspension_cause: string | null;
  suspended_until: Date | null;
  status_reason: string | null;
  accepted_terms_version_no: number;
  regions: string[];
  target_groups: string[];
  capacity: number;
  clients_in_service: number;
  admitted_at: Date;
  version: number;
}

export interface ChoiceRow {
  provider_id: string;
  name: string;
  kvk_number: string;
  city: string | null;
  locations: ProviderLocation[];
  free_capacity: number;
  admitted_at: Date;
  quality_valid_until: string | null;
}

export interface ExpiringDocumentRow {
  id: string;
  organisation_id: string;
  requirement_code: string;
  file_name: string;
  valid_until: string;
}

export interface WatchedParticipationRow {
  id: string;
  provider_id: string;
  lot: string;
  status: string;
  suspension_cause: string | null;
  checklist: unknown[];
  /** Per requirement: the expiry date of the provider's latest accepted document (null: it does not expire). */
  evidence: Record<string, string | null>;
}

export interface FrameworkRow {
  id: string;
  name: string;
  legal_mode: LegalMode;
  valid_from: string;
  valid_until: string;
  decision_working_days: number;
  status: 'DRAFT' | 'PUBLISHED';
  version: number;
  version_no: number;
  summary: string;
  hourly_rate_cents: number;
  lots: LotTerms[];
  checklist: Requirement[];
  effective_from: string;
  published_at: Date | null;
}

/** The terms version in force for framework $1 on local date $2: participants below it are not active (FW-4). */
const TERMS_IN_FORCE = `(SELECT coalesce(max(t.version_no), 0) FROM framework_terms t
                          WHERE t.framework_id = p.framework_id AND t.published_at IS NOT NULL AND t.effective_from <= $2::date)`;

/** One definition of "active" (FW-5, FW-6, FW-4) for every read; an officer suspension whose time is up no longer counts. */
const EFFECTIVE_STATUS = `CASE
    WHEN p.status = 'DELISTED' THEN 'DELISTED'
    WHEN p.status = 'SUSPENDED' AND NOT (p.suspension_cause = 'OFFICER' AND p.suspended_until <= $1) THEN 'SUSPENDED'
    WHEN p.accepted_terms_version_no < ${TERMS_IN_FORCE} THEN 'TERMS_NOT_ACCEPTED'
    ELSE 'ACTIVE' END`;

/**
 * FW-8 capacity: the participant's clients in service are its trajectories under this framework and lot from the
 * client's choice until the trajectory ends (the contracting module's trajectory table, read here).
 */
const CLIENTS_IN_SERVICE = `(SELECT count(*)::int FROM trajectory t
    WHERE t.provider_id = p.provider_id AND t.framework_id = p.framework_id AND t.route = p.lot
      AND t.status NOT IN ('REJECTED', 'WITHDRAWN', 'ENDED', 'END_REPORT_SUBMITTED', 'END_REPORT_RETURNED', 'CLOSED'))`;

const page = <T extends { total?: string }>(rows: T[]) => ({ rows, total: Number(rows[0]?.total ?? 0) });

/** Set-based reads of the framework module. */
@Injectable()
export class FrameworksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Frameworks with their latest terms, in one round trip (the choice set asks for it on every read). */
  async frameworks(f: { id?: string; publishedOnly?: boolean }): Promise<FrameworkRow[]> {
    return this.dataSource.query<FrameworkRow[]>(
      `SELECT f.id, f.name, f.legal_mode, to_char(f.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(f.valid_until, 'YYYY-MM-DD') AS valid_until,
              f.decision_working_days, f.status, f.version, t.version_no, t.summary, t.hourly_rate_cents, t.lots, t.checklist,
              to_char(t.effective_from, 'YYYY-MM-DD') AS effective_from, t.published_at
         FROM framework f
         JOIN LATERAL (SELECT * FROM framework_terms t WHERE t.framework_id = f.id ORDER BY t.version_no DESC LIMIT 1) t ON true
        WHERE ($1::uuid IS NULL OR f.id = $1) AND (NOT $2 OR f.status = 'PUBLISHED')
        ORDER BY f.valid_from DESC, f.name`,
      [f.id ?? null, f.publishedOnly ?? false],
    );
  }

  async organisationName(id: string): Promise<string> {
    const [row] = await this.dataSource.query<{ name: string }[]>('SELECT name FROM organisation WHERE id = $1', [id]);
    if (!row) throw new DomainException('NOT_FOUND', 'No such organisation.');
    return row.name;
  }

  async applications(f: { providerId?: string; status?: string; frameworkId?: string; overdueAt?: Date; limit: number; offset: number }): Promise<{ rows: ApplicationRow[]; total: number }> {
    const rows = await this.dataSource.query<(ApplicationRow & { total: string })[]>(
      `SELECT a.id, a.framework_id, o.name AS provider_name, o.kvk_number, a.lot, a.status, a.submitted_at, a.decision_due_at, count(*) OVER () AS total
         FROM framework_application a JOIN organisation o ON o.id = a.provider_id
        WHERE ($1::uuid IS NULL OR a.provider_id = $1)
          AND ($2::varchar IS NULL OR a.status = $2)
          AND ($3::uuid IS NULL OR a.framework_id = $3)
          AND ($4::timestamptz IS NULL OR (a.status IN ('SUBMITTED', 'IN_REVIEW') AND a.decision_due_at <= $4))
        ORDER BY a.decision_due_at ASC NULLS LAST, a.created_at ASC, a.id
        LIMIT $5 OFFSET $6`,
      [f.providerId ?? null, f.status ?? null, f.frameworkId ?? null, f.overdueAt ?? null, f.limit, f.offset],
    );
    return page(rows);
  }

  async participations(f: { frameworkId?: string; providerId?: string; id?: string; status?: string; lot?: string; region?: string; activeOnly?: boolean; now: Date; limit: number; offset: number }): Promise<{ rows: ParticipationRow[]; total: number }> {
    const rows = await this.dataSource.query<(ParticipationRow & { total: string })[]>(
      `SELECT p.id, p.framework_id, p.provider_id, o.name AS provider_name, o.kvk_number, p.lot, p.status, ${EFFECTIVE_STATUS} AS effective_status,
              p.suspension_cause, p.suspended_until, p.status_reason, p.accepted_terms_version_no, p.regions, p.target_groups, p.capacity,
              ${CLIENTS_IN_SERVICE} AS clients_in_service, p.admitted_at, p.version, count(*) OVER () AS total
         FROM framework_participation p JOIN organisation o ON o.id = p.provider_id
        WHERE ($3::uuid IS NULL OR p.framework_id = $3) AND ($4::uuid IS NULL OR p.provider_id = $4) AND ($5::uuid IS NULL OR p.id = $5)
          AND ($6::varchar IS NULL OR p.status = $6) AND ($7::varchar IS NULL OR p.lot = $7)
          AND ($10::varchar IS NULL OR p.regions @> ARRAY[$10::varchar]) AND (NOT $11 OR ${EFFECTIVE_STATUS} = 'ACTIVE')
        ORDER BY o.name, p.lot, p.id
        LIMIT $8 OFFSET $9`,
      [f.now, localDate(f.now), f.frameworkId ?? null, f.providerId ?? null, f.id ?? null, f.status ?? null, f.lot ?? null, f.limit, f.offset, f.region ?? null, f.activeOnly ?? false],
    );
    return page(rows);
  }

  async hasParticipation(manager: EntityManager, frameworkId: string, providerId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM framework_participation WHERE framework_id = $1 AND provider_id = $2 LIMIT 1', [frameworkId, providerId]);
    return rows.length > 0;
  }

  /**
   * FW-8: active participants of the lot serving the region and target group with free capacity, by name. The choice
   * set orders and filters them per client (FW-7, IC-4).
   */
  async choiceCandidates(f: { frameworkId: string; lot: string; region: string; targetGroup: string; qualityRequirementCode: string | null; now: Date }): Promise<ChoiceRow[]> {
    return this.dataSource.query<ChoiceRow[]>(
      `SELECT * FROM (SELECT o.id AS provider_id, o.name, o.kvk_number, o.city, p.locations, p.capacity - ${CLIENTS_IN_SERVICE} AS free_capacity, p.admitted_at,
              (SELECT to_char(max(d.valid_until), 'YYYY-MM-DD') FROM evidence_document d
                WHERE d.organisation_id = o.id AND d.requirement_code = $7 AND d.status = 'ACCEPTED') AS quality_valid_until
         FROM framework_participation p JOIN organisation o ON o.id = p.provider_id
        WHERE p.framework_id = $3 AND p.lot = $4 AND p.regions @> ARRAY[$5::varchar] AND p.target_groups @> ARRAY[$6::varchar]
          AND ${EFFECTIVE_STATUS} = 'ACTIVE') candidates
        WHERE free_capacity > 0
        ORDER BY name, provider_id`,
      [f.now, localDate(f.now), f.frameworkId, f.lot, f.region, f.targetGroup, f.qualityRequirementCode],
    );
  }

  /**
   * When the clock next changes who is active in the lot without a write: the first officer suspension to end, and the
   * first published terms version to come into force (FW-4, FW-6).
   */
  async nextStatusChange(frameworkId: string, lot: string, now: Date): Promise<{ suspensionEnds: Date | null; termsEffective: string | null }> {
    const [row] = await this.dataSource.query<{ suspension_ends: Date | null; terms_effective: string | null }[]>(
      `SELECT (SELECT min(suspended_until) FROM framework_participation
                WHERE framework_id = $1 AND lot = $2 AND status = 'SUSPENDED' AND suspension_cause = 'OFFICER' AND suspended_until > $3) AS suspension_ends,
              (SELECT to_char(min(effective_from), 'YYYY-MM-DD') FROM framework_terms
                WHERE framework_id = $1 AND published_at IS NOT NULL AND effective_from > $4::date) AS terms_effective`,
      [frameworkId, lot, now, localDate(now)],
    );
    return { suspensionEnds: row?.suspension_ends ?? null, termsEffective: row?.terms_effective ?? null };
  }

  /** FW-5: the latest accepted version of each document that expires on or before `by` and has not expired yet. */
  async evidenceExpiringBy(manager: EntityManager, by: string): Promise<ExpiringDocumentRow[]> {
    return manager.query<ExpiringDocumentRow[]>(
      `SELECT id, organisation_id, requirement_code, file_name, to_char(valid_until, 'YYYY-MM-DD') AS valid_until FROM (
         SELECT DISTINCT ON (organisation_id, requirement_code) * FROM evidence_document
          WHERE status = 'ACCEPTED' ORDER BY organisation_id, requirement_code, version_no DESC) latest
        WHERE valid_until IS NOT NULL AND valid_until <= $1::date
          AND EXISTS (SELECT 1 FROM framework_participation p WHERE p.provider_id = latest.organisation_id AND p.status <> 'DELISTED')`,
      [by],
    );
  }

  /** FW-5: participations the evidence sweep watches, with their framework's latest checklist and their accepted evidence. */
  async participationsWithExpiringRequirements(manager: EntityManager, providerId?: string): Promise<WatchedParticipationRow[]> {
    return manager.query<WatchedParticipationRow[]>(
      `SELECT p.id, p.provider_id, p.lot, p.status, p.suspension_cause, t.checklist, coalesce(e.evidence, '{}') AS evidence
         FROM framework_participation p
         JOIN LATERAL (SELECT checklist FROM framework_terms t WHERE t.framework_id = p.framework_id ORDER BY version_no DESC LIMIT 1) t ON true
         LEFT JOIN LATERAL (
           SELECT jsonb_object_agg(requirement_code, to_char(valid_until, 'YYYY-MM-DD')) AS evidence
             FROM (SELECT DISTINCT ON (requirement_code) requirement_code, valid_until FROM evidence_document d
                    WHERE d.organisation_id = p.provider_id AND d.status = 'ACCEPTED' ORDER BY requirement_code, version_no DESC) latest
         ) e ON true
        WHERE (p.status = 'ACTIVE' OR (p.status = 'SUSPENDED' AND p.suspension_cause = 'EVIDENCE_EXPIRED'))
          AND ($1::uuid IS NULL OR p.provider_id = $1)
        ORDER BY p.id
        FOR UPDATE OF p`,
      [providerId ?? null],
    );
  }
}
