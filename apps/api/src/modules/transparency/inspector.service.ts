import { Injectable } from '@nestjs/common';
import { INKOOPKADER_AG_2016_LOTS, MIN_REPORTABLE_N, REGIONS, TARGET_GROUPS } from '@rim/domain';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../common/clock/clock.service.js';
import { DomainException } from '../../common/problem/error-code.js';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { ScoresService } from '../scoring/scores.service.js';
import { ROUTES } from '../trajectories/entities/work-plan.entity.js';
import { dashboardTable, shareBp, type TableOptions } from './dashboard-table.js';
import type { DashboardRowDto, DashboardTableDto } from './dto/dashboard-table.dto.js';
import type { CaseSampleDto, CaseSampleItemDto, CaseSampleQueryDto, LeagueDto, LeagueQueryDto, ProviderDrillDownDto } from './dto/inspector.dto.js';
import { OutcomeTables } from './outcome-tables.js';
import { SUCCESS_FIGURES } from './success-figures.js';
import { OUTCOMES, TransparencyRepository, type CountRow } from './transparency.repository.js';

const REGION_NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));
const TARGET_GROUP_NAMES = new Map(TARGET_GROUPS.map((g) => [g.code, g.nameNl]));

const routeShares = { names: ROUTES.map((r) => `${r}_shareBp`), of: (row: Omit<DashboardRowDto, 'figures'>) => row.cells.map((c) => shareBp(c, row.total)) };

/** HHI (0–10,000) and CR4 (basis points) of provider shares per group, published only for groups with n ≥ 10 shown. */
function concentration(counts: readonly CountRow[]): { totals: CountRow[]; figures: TableOptions['figures'] } {
  const byGroup = new Map<string, number[]>();
  for (const c of counts) byGroup.set(c.row, [...(byGroup.get(c.row) ?? []), c.n]);
  const indices = new Map([...byGroup].map(([group, ns]) => {
    const n = ns.reduce((a, b) => a + b, 0);
    const shares = ns.map((x) => x / n).sort((a, b) => b - a);
    return [group, { providers: ns.length, hhi: Math.round(shares.reduce((s, x) => s + (x * 100) ** 2, 0)), cr4Bp: Math.round(shares.slice(0, 4).reduce((a, b) => a + b, 0) * 10_000) }];
  }));
  return {
    totals: [...byGroup].map(([group, ns]) => ({ row: group, column: 'TRAJECTORIES', n: ns.reduce((a, b) => a + b, 0) })),
    figures: {
      names: ['providers', 'hhi', 'cr4Bp'],
      of: (row) => {
        const index = indices.get(row.key);
        return row.total === null || !index ? [null, null, null] : [index.providers, index.hhi, index.cr4Bp];
      },
    },
  };
}

/** TR-1: the inspector's market-wide tables, league table, provider drill-down and case-file samples. */
@Injectable()
export class InspectorService {
  constructor(
    private readonly repository: TransparencyRepository,
    private readonly cache: DataVersionCache,
    private readonly outcomes: OutcomeTables,
    private readonly scores: ScoresService,
    private readonly clock: Clock,
  ) {}

  /** Every market table by id, for the dashboard, the table route and its CSV export. */
  private readonly builders: Record<string, () => Promise<DashboardTableDto>> = {
    'purchases-by-year': async () => this.table('purchases-by-year', await this.repository.trajectoriesByRoute('year', null), { columns: ROUTES, figures: routeShares }),
    'provider-flows': async () => this.table('provider-flows', await this.repository.providerFlows(), { columns: ['NEW', 'CONTINUING'], note: 'providers with a purchase in the year; total = active providers' }),
    admissions: async () => {
      const times = new Map((await this.repository.decisionTimes()).map((t) => [t.year, t]));
      return this.table('admissions', await this.repository.admissions(), {
        columns: ['ADMITTED', 'REJECTED', 'WITHDRAWN', 'PENDING'],
        figures: {
          names: ['decisions', 'medianDaysToDecision', 'p90DaysToDecision'],
          of: (row) => {
            const t = times.get(row.key);
            return row.total === null || !t || t.n < 10 ? [null, null, null] : [t.n, t.medianDays, t.p90Days];
          },
        },
      });
    },
    'purchases-by-region': async () => this.table('purchases-by-region', await this.repository.trajectoriesByRoute('region', null), {
      rows: REGIONS.map((r) => r.code), columns: ROUTES, label: (k) => REGION_NAMES.get(k) ?? k, figures: routeShares,
    }),
    'concentration-by-target-group': async () => {
      const c = concentration(await this.repository.providerSharesBy('targetGroup'));
      return this.table('concentration-by-target-group', c.totals, { rows: TARGET_GROUPS.map((g) => g.code), columns: ['TRAJECTORIES'], label: (k) => TARGET_GROUP_NAMES.get(k) ?? k, figures: c.figures });
    },
    'concentration-by-region': async () => {
      const c = concentration(await this.repository.providerSharesBy('region'));
      return this.table('concentration-by-region', c.totals, { rows: REGIONS.map((r) => r.code), columns: ['TRAJECTORIES'], label: (k) => REGION_NAMES.get(k) ?? k, figures: c.figures });
    },
    'plans-against-caps': async () => {
      const caps = INKOOPKADER_AG_2016_LOTS.map((l) => ({ lot: l.lot, hoursNormal: l.caps.hoursNormal, hoursException: l.caps.hoursException }));
      const prices = await this.repository.meanPlanPrices();
      return this.table('plans-against-caps', await this.repository.plansAgainstCaps(caps), {
        rows: caps.map((c) => c.lot), columns: ['WITHIN_NORMAL_CAP', 'ABOVE_NORMAL_CAP', 'ABOVE_EXCEPTION_CAP'],
        figures: {
          names: ['meanPriceCents', 'hoursNormalCap', 'hoursExceptionCap'],
          of: (row) => {
            const cap = caps.find((c) => c.lot === row.key)!;
            const price = prices.get(row.key);
            return [row.total !== null && price && price.n >= 10 ? price.meanCents : null, cap.hoursNormal, cap.hoursException];
          },
        },
        note: 'approved plans against the hour caps of the Inkoopkader AG 2016–2020 lots',
      });
    },
    'outcomes-by-route': () => this.outcomes.byRoute(),
    'outcomes-by-benefit-type': () => this.outcomes.byBenefitType(),
  };

  readonly tableIds: readonly string[] = [...Object.keys(this.builders), ...ROUTES.map((r) => `league-${r}`)];

  dashboard(): Promise<DashboardTableDto[]> {
    return this.cache.get('dashboard', () => Promise.all(Object.keys(this.builders).map((id) => this.marketTable(id))));
  }

  /** The dashboard as its JSON body (a DashboardDto), serialised once per data version for the hot read path. */
  dashboardJson(): Promise<string> {
    return this.cache.get('dashboard-json', async () => JSON.stringify({ tables: await this.dashboard() }));
  }

  async marketTable(id: string): Promise<DashboardTableDto> {
    const route = ROUTES.find((r) => id === `league-${r}`);
    if (route) return this.leagueTable(route);
    const build = this.builders[id];
    if (!build) throw new DomainException('NOT_FOUND', `No dashboard table ${id}; tables: ${this.tableIds.join(', ')}.`);
    return this.cache.get(`table:${id}`, build);
  }

  /** One route's league table, ranked by scoring's case-mix-adjusted index; totals, suppression and ranks are the whole table's. */
  async league(query: LeagueQueryDto): Promise<LeagueDto> {
    const table = await this.leagueTable(query.route);
    const start = (query.page - 1) * query.pageSize;
    return { route: query.route, table: { ...table, rows: table.rows.slice(start, start + query.pageSize) }, page: query.page, pageSize: query.pageSize, totalRows: table.rows.length };
  }

  /**
   * SC-4 in TR-1: each provider's observed ÷ expected success under the market-wide case-mix model (latest completed
   * score run, over its window of recent months), in hundredths (100: as expected for its clients), beside the raw
   * success rate of all ended trajectories. Shown only where the row's successes and total are shown and the index
   * rests on n ≥ 10; ranked by the index, unranked rows after.
   */
  private leagueTable(route: string): Promise<DashboardTableDto> {
    return this.cache.get(`table:league-${route}`, async () => {
      const [outcomes, { window, byProvider: indices }] = await Promise.all([this.outcomes.league(route), this.scores.caseMixIndices(route)]);
      const table = outcomes ?? this.table(`league-${route}`, [], { columns: OUTCOMES, figures: SUCCESS_FIGURES });
      const names = await this.repository.providerNames(table.rows.map((r) => r.key));
      const hundredths = (x: number | null) => (x === null ? null : Math.round(x * 100));
      const rows = table.rows.map((r) => {
        const cm = indices.get(r.key);
        const shown = cm && cm.n >= MIN_REPORTABLE_N && r.cells[0] !== null && r.total !== null && cm.index !== null;
        return { ...r, label: names.get(r.key) ?? r.key, figures: [...r.figures, ...(shown ? [cm.index, cm.low, cm.high].map(hundredths) : [null, null, null])] };
      });
      const index = (r: DashboardRowDto) => r.figures[SUCCESS_FIGURES.names.length] ?? -1;
      const rate = (r: DashboardRowDto) => r.figures[0] ?? -1;
      rows.sort((a, b) => index(b) - index(a) || rate(b) - rate(a) || a.label.localeCompare(b.label, 'nl'));
      let rank = 0;
      return {
        ...table, id: `league-${route}`, figureNames: [...table.figureNames, 'caseMixIndex', 'caseMixLow', 'caseMixHigh', 'rank'],
        rows: rows.map((r) => ({ ...r, figures: [...r.figures, index(r) < 0 ? null : ++rank] })),
        note: `counts: every ended trajectory; index: observed ÷ expected successes (100 = as expected for these clients) of the trajectories ended ${window ? `from ${window.from} to ${window.to}` : 'in the window of the latest score run (none yet)'}; ranked by the index where shown, unranked rows after`,
      };
    });
  }

  async provider(providerId: string): Promise<ProviderDrillDownDto> {
    if (!(await this.repository.providerExists(providerId))) throw new DomainException('NOT_FOUND', 'No such provider.');
    return this.cache.get(`provider:${providerId}`, async () => {
      const [names, participations, outcomes, regions] = await Promise.all([
        this.repository.providerNames([providerId]), this.repository.participations(providerId),
        this.outcomes.providerByYear(providerId), this.repository.trajectoriesByRoute('region', providerId),
      ]);
      return {
        providerId, name: names.get(providerId) ?? '',
        participations: participations.map((p) => ({ frameworkName: p.frameworkName, lot: p.lot, status: p.status, admittedOn: p.admittedAt ? p.admittedAt.toISOString().slice(0, 10) : null })),
        tables: [
          ...outcomes,
          this.table('provider-purchases-by-region', regions, { columns: ROUTES, label: (k) => REGION_NAMES.get(k) ?? k }),
        ],
      };
    });
  }

  async sample(query: CaseSampleQueryDto): Promise<CaseSampleDto> {
    const seed = query.seed ?? randomUUID();
    return { seed, items: await this.repository.sample(seed, query.size) };
  }

  async caseFile(trajectoryId: string): Promise<CaseSampleItemDto> {
    const file = await this.repository.caseFile(trajectoryId);
    if (!file) throw new DomainException('NOT_FOUND', 'No such case file.');
    return file;
  }

  private table(id: string, counts: readonly CountRow[], options: TableOptions): DashboardTableDto {
    return dashboardTable(id, counts, options, this.clock.now());
  }
}
