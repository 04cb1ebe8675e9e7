import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MIN_REPORTABLE_N } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { CellTotals } from './score-measures.js';
import type { ScorePeriod } from './score-periods.js';

export type Breakdown = 'benefitType' | 'region';

export interface TotalsRow extends CellTotals {
  route: string;
  group: string | null;
}

export interface RankedRow extends CellTotals {
  providerId: string;
  providerName: string | null;
  route: string;
  rank: number | null;
  total: number;
}

/** The months whose ended trajectories a run's case-mix model and indices rest on: from inclusive, to exclusive. */
export interface CaseMixWindow {
  from: string;
  to: string;
}

export interface CaseMixRow {
  providerId: string;
  route: string;
  n: number;
  observed: number;
  expected: number;
  variance: number;
}

/** Column → property of the summed cells; sums come back as text (bigint, numeric) and are read as numbers. */
const TOTALS: readonly [string, keyof CellTotals][] = [
  ['starts', 'starts'], ['completions', 'completions'], ['successes', 'successes'], ['unsuccessful', 'unsuccessful'],
  ['early_terminations', 'earlyTerminations'], ['pending', 'pending'], ['placements', 'placements'], ['duration_days', 'durationDays'],
  ['price_cents', 'priceCents'], ['planned_centihours', 'plannedCentihours'], ['delivered_centihours', 'deliveredCentihours'], ['reports_on_time', 'reportsOnTime'],
  ['followed_6', 'followed6'], ['working_6', 'working6'], ['followed_12', 'followed12'], ['working_12', 'working12'],
  ['satisfaction_n', 'satisfactionN'], ['satisfaction_sum', 'satisfactionSum'],
];
const SUMS = TOTALS.map(([column, property]) => `sum(c.${column})::text AS "${property}"`).join(', ');

function totals(row: Record<string, unknown>): CellTotals {
  return Object.fromEntries(TOTALS.map(([, property]) => [property, Number(row[property])])) as unknown as CellTotals;
}

const GROUP_COLUMN: Record<Breakdown, string> = { benefitType: 'c.benefit_type', region: 'c.region' };

/** SC-2 reads: sums of month cells over a period, set-based. */
@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async providerTotals(providerId: string, period: ScorePeriod, breakdown: Breakdown | null): Promise<TotalsRow[]> {
    const group = breakdown ? GROUP_COLUMN[breakdown] : 'NULL::varchar';
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.route, ${group} AS "group", ${SUMS} FROM score_cell c
        WHERE c.provider_id = $1 AND c.month >= $2 AND c.month < $3
        GROUP BY c.route, ${group} ORDER BY c.route, ${group}`,
      [providerId, period.from, period.to],
    );
    return rows.map((r) => ({ route: r.route as string, group: (r.group as string | null) ?? null, ...totals(r) }));
  }

  /** Each provider's totals over the period (all routes and regions unless narrowed), for those with figures. */
  async totalsByProvider(providerIds: readonly string[], period: ScorePeriod, scope: { route?: string; region?: string } = {}): Promise<Map<string, CellTotals>> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.provider_id, ${SUMS} FROM score_cell c
        WHERE c.provider_id = ANY($1::uuid[]) AND c.month >= $2 AND c.month < $3 AND ($4::varchar IS NULL OR c.route = $4) AND ($5::varchar IS NULL OR c.region = $5)
        GROUP BY c.provider_id`,
      [providerIds, period.from, period.to, scope.route ?? null, scope.region ?? null],
    );
    return new Map(rows.map((r) => [r.provider_id as string, totals(r)]));
  }

  /**
   * The officer's view: every provider with figures in the period, per route, ranked by success rate among those with
   * n ≥ 10 final outcomes (the others are listed after them, unranked), paged.
   */
  async rankedProviders(period: ScorePeriod, route: string | undefined, page: number, pageSize: number): Promise<RankedRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `WITH t AS (
         SELECT c.provider_id, c.route, ${SUMS}, sum(c.completions - c.pending) AS decided, sum(c.successes) AS wins
           FROM score_cell c WHERE c.month >= $1 AND c.month < $2 AND ($3::varchar IS NULL OR c.route = $3)
          GROUP BY c.provider_id, c.route),
       r AS (
         SELECT t.*, CASE WHEN decided >= $6 THEN rank() OVER (PARTITION BY route, decided >= $6 ORDER BY wins::numeric / nullif(decided, 0) DESC) END AS rank
           FROM t)
       SELECT r.*, o.name AS "providerName", count(*) OVER () AS total
         FROM r LEFT JOIN organisation o ON o.id = r.provider_id
        ORDER BY r.route, r.rank NULLS LAST, o.name, r.provider_id
        LIMIT $4 OFFSET $5`,
      [period.from, period.to, route ?? null, pageSize, (page - 1) * pageSize, MIN_REPORTABLE_N],
    );
    return rows.map((r) => ({
      providerId: r.provider_id as string, providerName: (r.providerName as string | null) ?? null, route: r.route as string,
      rank: r.rank === null ? null : Number(r.rank), total: Number(r.total), ...totals(r),
    }));
  }

  /** SC-4: the indices of the latest finished recompute, for the given providers. */
  /** The case-mix indices of the latest completed run, of these providers or of every provider in one route. */
  async caseMixIndices(of: { providerIds: string[] } | { route: string }): Promise<{ runId: string | null; window: CaseMixWindow | null; rows: CaseMixRow[] }> {
    const [latest] = await this.dataSource.query<{ id: string; window: CaseMixWindow | null }[]>(
      `SELECT id, parameters->'caseMixWindow' AS window FROM score_run WHERE status = 'DONE' ORDER BY finished_at DESC LIMIT 1`,
    );
    if (!latest || ('providerIds' in of && of.providerIds.length === 0)) return { runId: latest?.id ?? null, window: latest?.window ?? null, rows: [] };
    const rows = await this.dataSource.query<CaseMixRow[]>(
      `SELECT provider_id AS "providerId", route, n, observed, expected, variance FROM score_case_mix_index
        WHERE run_id = $1 AND ($2::uuid[] IS NULL OR provider_id = ANY($2::uuid[])) AND ($3::text IS NULL OR route = $3)`,
      [latest.id, 'providerIds' in of ? of.providerIds : null, 'route' in of ? of.route : null],
    );
    return { runId: latest.id, window: latest.window, rows };
  }
}
