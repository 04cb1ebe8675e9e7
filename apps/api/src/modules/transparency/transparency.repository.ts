import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { END_REASONS } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { CaseSampleItemDto } from './dto/inspector.dto.js';

/** Outcome columns of every outcome table: success, early termination (drop-out), other ends without success. */
export const OUTCOMES = ['SUCCESS', 'UNSUCCESSFUL', 'EARLY_TERMINATION'] as const;
const SUCCESSFUL_ENDS = END_REASONS.filter((r) => r.successful).map((r) => r.code);
const EARLY_ENDS = ['EARLY_RETURN', 'RETURNED_AFTER_EVALUATION'];
const OUTCOME_SQL = `CASE WHEN t.end_reason = ANY($1::text[]) THEN 'SUCCESS' WHEN t.end_reason = ANY($2::text[]) THEN 'EARLY_TERMINATION' ELSE 'UNSUCCESSFUL' END`;

export interface CountRow {
  row: string;
  column: string;
  n: number;
}

export interface OutcomeCell {
  route: string;
  benefitType: string;
  providerId: string;
  year: string;
  outcome: (typeof OUTCOMES)[number];
  n: number;
}

type Dimension = 'year' | 'region' | 'targetGroup';
const DIMENSION_SQL: Record<Dimension, string> = {
  year: `to_char(t.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY')`,
  region: 'c.region',
  targetGroup: 'c.target_group',
};

/**
 * TR-1 … TR-3 reads: set-based counts over the tables of frameworks, tenders and contracting. These are read-only
 * aggregates across modules, kept here in plain SQL rather than reaching into the other modules' repositories; no
 * query selects a client's identity (bsn_hmac, bsn_sealed) or a coach's name.
 */
@Injectable()
export class TransparencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async counts(sql: string, params: unknown[]): Promise<CountRow[]> {
    const rows = await this.dataSource.query<{ row: string; column: string; n: number }[]>(sql, params);
    return rows.map((r) => ({ row: r.row, column: r.column, n: Number(r.n) }));
  }

  /** Trajectories (purchases) by a client or trajectory dimension and route, optionally for one provider. */
  trajectoriesByRoute(dimension: Dimension, providerId: string | null): Promise<CountRow[]> {
    return this.counts(
      `SELECT ${DIMENSION_SQL[dimension]} AS row, t.route AS column, count(*)::int AS n
         FROM trajectory t JOIN client_case c ON c.id = t.case_id
        WHERE ($1::uuid IS NULL OR t.provider_id = $1) AND t.status NOT IN ('PLAN_REQUESTED', 'WITHDRAWN', 'REJECTED')
        GROUP BY 1, 2`,
      [providerId],
    );
  }

  /** Ended trajectories by route, benefit type, provider, year and outcome: every outcome table in one read. */
  async outcomeCube(): Promise<OutcomeCell[]> {
    const rows = await this.dataSource.query<(Omit<OutcomeCell, 'n'> & { n: number })[]>(
      `SELECT t.route, c.benefit_type AS "benefitType", t.provider_id::text AS "providerId", ${DIMENSION_SQL.year} AS year, ${OUTCOME_SQL} AS outcome, count(*)::int AS n
         FROM trajectory t JOIN client_case c ON c.id = t.case_id
        WHERE t.end_reason IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5`,
      [SUCCESSFUL_ENDS, EARLY_ENDS],
    );
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  /** Mean client satisfaction (1–10) per provider in one service, with n. */
  async satisfaction(providerIds: readonly string[], route: string): Promise<Map<string, { n: number; mean: number }>> {
    const rows = await this.dataSource.query<{ provider_id: string; n: number; mean: string }[]>(
      `SELECT t.provider_id, count(*)::int AS n, avg(s.score)::text AS mean FROM satisfaction_score s JOIN trajectory t ON t.id = s.trajectory_id
        WHERE t.provider_id = ANY($1::uuid[]) AND t.route = $2 GROUP BY 1`,
      [providerIds, route],
    );
    return new Map(rows.map((r) => [r.provider_id, { n: Number(r.n), mean: Math.round(Number(r.mean) * 10) / 10 }]));
  }

  /** Providers active per year (a trajectory created that year), split into first-year and continuing providers. */
  providerFlows(): Promise<CountRow[]> {
    return this.counts(
      `WITH active AS (
         SELECT DISTINCT provider_id, extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam')::int AS year FROM trajectory),
       first AS (SELECT provider_id, min(year) AS year FROM active GROUP BY provider_id)
       SELECT a.year::text AS row, CASE WHEN a.year = f.year THEN 'NEW' ELSE 'CONTINUING' END AS column, count(*)::int AS n
         FROM active a JOIN first f USING (provider_id) GROUP BY 1, 2`,
      [],
    );
  }

  /** Framework applications decided per year by decision; undecided ones under the year they were submitted. */
  admissions(): Promise<CountRow[]> {
    return this.counts(
      `SELECT to_char(coalesce(decided_at, submitted_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY') AS row,
              CASE WHEN status IN ('ADMITTED', 'REJECTED', 'WITHDRAWN') THEN status ELSE 'PENDING' END AS column, count(*)::int AS n
         FROM framework_application WHERE submitted_at IS NOT NULL GROUP BY 1, 2`,
      [],
    );
  }

  /** Days from submission to decision per year of decision: median and 90th percentile, with n. */
  async decisionTimes(): Promise<{ year: string; n: number; medianDays: number; p90Days: number }[]> {
    const rows = await this.dataSource.query<{ year: string; n: number; median: string; p90: string }[]>(
      `SELECT to_char(decided_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY') AS year, count(*)::int AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 86400)::text AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 86400)::text AS p90
         FROM framework_application WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    return rows.map((r) => ({ year: r.year, n: Number(r.n), medianDays: Math.round(Number(r.median) * 10) / 10, p90Days: Math.round(Number(r.p90) * 10) / 10 }));
  }

  /** Approved plans by route against the lot's hour caps (normal and exception), and their mean price. */
  plansAgainstCaps(caps: { lot: string; hoursNormal: number; hoursException: number }[]): Promise<CountRow[]> {
    return this.counts(
      `SELECT t.route AS row,
              CASE WHEN p.hours <= cap.normal THEN 'WITHIN_NORMAL_CAP' WHEN p.hours <= cap.exception THEN 'ABOVE_NORMAL_CAP' ELSE 'ABOVE_EXCEPTION_CAP' END AS column,
              count(*)::int AS n
         FROM provider_plan p JOIN trajectory t ON t.id = p.trajectory_id
         JOIN unnest($1::text[], $2::int[], $3::int[]) AS cap(lot, normal, exception) ON cap.lot = t.route
        WHERE p.decision = 'APPROVE' GROUP BY 1, 2`,
      [caps.map((c) => c.lot), caps.map((c) => c.hoursNormal), caps.map((c) => c.hoursException)],
    );
  }

  /** Mean approved plan price per route (cents), with n. */
  async meanPlanPrices(): Promise<Map<string, { n: number; meanCents: number }>> {
    const rows = await this.dataSource.query<{ route: string; n: number; mean: string }[]>(
      `SELECT t.route, count(*)::int AS n, avg(p.price_cents)::text AS mean FROM provider_plan p JOIN trajectory t ON t.id = p.trajectory_id
        WHERE p.decision = 'APPROVE' AND p.price_cents IS NOT NULL GROUP BY 1`,
    );
    return new Map(rows.map((r) => [r.route, { n: Number(r.n), meanCents: Math.round(Number(r.mean)) }]));
  }

  /** Trajectories per group (target group or region) and provider, for concentration indices. */
  providerSharesBy(dimension: 'targetGroup' | 'region'): Promise<CountRow[]> {
    return this.counts(
      `SELECT ${DIMENSION_SQL[dimension]} AS row, t.provider_id::text AS column, count(*)::int AS n
         FROM trajectory t JOIN client_case c ON c.id = t.case_id
        WHERE t.status NOT IN ('PLAN_REQUESTED', 'WITHDRAWN', 'REJECTED') GROUP BY 1, 2`,
      [],
    );
  }

  async providerNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async providerExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM organisation WHERE id = $1 AND kind = 'PROVIDER'`, [id]);
    return rows.length > 0;
  }

  /** The provider's framework participations (public facts: lot, status, admission date). */
  participations(providerId: string): Promise<{ lot: string; status: string; admittedAt: Date | null; frameworkName: string }[]> {
    return this.dataSource.query(
      `SELECT p.lot, p.status, p.admitted_at AS "admittedAt", f.name AS "frameworkName"
         FROM framework_participation p JOIN framework f ON f.id = p.framework_id WHERE p.provider_id = $1 ORDER BY f.name, p.lot`,
      [providerId],
    );
  }

  /**
   * TR-1: a reproducible random sample of case files (a trajectory with its client's features), without direct
   * identifiers: no case id, BSN hash or seal, coach, free text or exact dates (months only).
   */
  sample(seed: string, size: number): Promise<CaseSampleItemDto[]> {
    return this.caseFiles('ORDER BY md5(t.id::text || $1) LIMIT $2', [seed, size]);
  }

  /** One case file, as in a sample (a red flag's record). */
  async caseFile(trajectoryId: string): Promise<CaseSampleItemDto | null> {
    const [row] = await this.caseFiles('WHERE t.id = $1', [trajectoryId]);
    return row ?? null;
  }

  private async caseFiles(tail: string, params: unknown[]): Promise<CaseSampleItemDto[]> {
    return this.dataSource.query<CaseSampleItemDto[]>(
      `SELECT t.id AS "trajectoryId", t.route, t.status, c.benefit_type AS "benefitType", c.target_group AS "targetGroup", c.region,
              c.age_band AS "ageBand", c.distance_to_labour_market AS "distanceToLabourMarket", cardinality(c.barriers) AS "barrierCount",
              to_char(t.started_on, 'YYYY-MM') AS "startedMonth", to_char(t.ended_on, 'YYYY-MM') AS "endedMonth", t.end_reason AS "endReason",
              p.hours AS "planHours", p.price_cents AS "planPriceCents", r.review AS "endReportReview", r.success_reason AS "successReason"
         FROM trajectory t JOIN client_case c ON c.id = t.case_id
         LEFT JOIN LATERAL (SELECT hours, price_cents FROM provider_plan WHERE trajectory_id = t.id AND decision = 'APPROVE' ORDER BY version_no DESC LIMIT 1) p ON true
         LEFT JOIN LATERAL (SELECT review, success_reason FROM end_report WHERE trajectory_id = t.id ORDER BY version_no DESC LIMIT 1) r ON true
        ${tail}`,
      params,
    );
  }
}
