import { Injectable } from '@nestjs/common';
import { BENEFIT_TYPES, suppressLinkedTables, type LinkedTable } from '@rim/domain';
import { Clock } from '../../common/clock/clock.service.js';
import { groupBy } from '../../common/group-by.js';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { ROUTES } from '../trajectories/entities/work-plan.entity.js';
import { countGrid, publishTable, type TableOptions } from './dashboard-table.js';
import type { DashboardRowDto, DashboardTableDto } from './dto/dashboard-table.dto.js';
import { SUCCESS_FIGURES } from './success-figures.js';
import { OUTCOMES, TransparencyRepository, type CountRow, type OutcomeCell } from './transparency.repository.js';

const BENEFIT_TYPE_NAMES = new Map(BENEFIT_TYPES.map((b) => [b.code, b.nameNl]));

/** Every outcome table, suppressed together because they share values. */
interface OutcomeFamily {
  byRoute: DashboardTableDto;
  byBenefitType: DashboardTableDto;
  /** Per route: one row per provider with ended trajectories in it. */
  league: Map<string, DashboardTableDto>;
  /** Per provider, per route: its outcomes by year. */
  providerByYear: Map<string, DashboardTableDto[]>;
}

interface FamilyMember {
  id: string;
  /** The provider of a drill-down table. */
  providerId?: string;
  counts: CountRow[];
  options: TableOptions;
  /** The shared name of a value by its row key and column (undefined for a margin), or undefined for its own values. */
  key(row: string | undefined, column: string | undefined): string | undefined;
}

const union = (listed: readonly string[], found: Iterable<string>) => [...new Set([...listed, ...found])];

/**
 * TR-5 across tables. The outcome tables show the same numbers from different sides: a route's row of the market
 * table is the margin of that route's league table, whose provider rows are the margins of the providers' drill-downs
 * and the figures of the public choice page. Suppressed one by one, a complement hidden in one table would be shown
 * by another and give the small cell away; so they are suppressed together (suppressLinkedTables), once per data
 * version.
 */
@Injectable()
export class OutcomeTables {
  constructor(
    private readonly repository: TransparencyRepository,
    private readonly cache: DataVersionCache,
    private readonly clock: Clock,
  ) {}

  async byRoute(): Promise<DashboardTableDto> {
    return (await this.family()).byRoute;
  }

  async byBenefitType(): Promise<DashboardTableDto> {
    return (await this.family()).byBenefitType;
  }

  /** The providers' outcomes in one route, figures derived from the shown counts; empty when nobody ended one. */
  async league(route: string): Promise<DashboardTableDto | undefined> {
    return (await this.family()).league.get(route);
  }

  async providerByYear(providerId: string): Promise<DashboardTableDto[]> {
    return (await this.family()).providerByYear.get(providerId) ?? [];
  }

  /** These providers' outcomes in one route as the league shows them, in their order; a row of zeros for one that ended none. */
  async providerRows(route: string, providerIds: readonly string[]): Promise<Pick<DashboardRowDto, 'total' | 'figures'>[]> {
    const rows = new Map((await this.league(route))?.rows.map((r) => [r.key, r]));
    return providerIds.map((id) => rows.get(id) ?? { total: 0, figures: SUCCESS_FIGURES.names.map(() => null) });
  }

  private family(): Promise<OutcomeFamily> {
    return this.cache.get('outcome-family', async () => this.suppressed(await this.repository.outcomeCube()));
  }

  private suppressed(cube: readonly OutcomeCell[]): OutcomeFamily {
    const count = (row: (c: OutcomeCell) => string, cells: readonly OutcomeCell[] = cube): CountRow[] => cells.map((c) => ({ row: row(c), column: c.outcome, n: c.n }));
    const routes = union(ROUTES, cube.map((c) => c.route));
    const members: FamilyMember[] = [
      {
        id: 'outcomes-by-route', counts: count((c) => c.route), options: { rows: routes, columns: OUTCOMES, figures: SUCCESS_FIGURES },
        key: (route, column) => `${route ?? '*'}/${column ?? '*'}`,
      },
      {
        id: 'outcomes-by-benefit-type', counts: count((c) => c.benefitType),
        options: { rows: union(BENEFIT_TYPES.map((b) => b.code), cube.map((c) => c.benefitType)), columns: OUTCOMES, label: (k) => BENEFIT_TYPE_NAMES.get(k) ?? k, figures: SUCCESS_FIGURES },
        key: (row, column) => (row === undefined ? `*/${column ?? '*'}` : undefined),
      },
    ];
    const byRoute = groupBy(cube, (c) => c.route);
    for (const route of routes) {
      const inRoute = byRoute.get(route) ?? [];
      members.push({
        id: `league-${route}`, counts: count((c) => c.providerId, inRoute), options: { columns: OUTCOMES, figures: SUCCESS_FIGURES },
        key: (provider, column) => `${route}/${provider === undefined ? '' : `${provider}/`}${column ?? '*'}`,
      });
      for (const [providerId, cells] of groupBy(inRoute, (c) => c.providerId)) {
        members.push({
          id: `provider-outcomes-by-year-${route}`, providerId, counts: count((c) => c.year, cells), options: { columns: OUTCOMES, figures: SUCCESS_FIGURES },
          key: (year, column) => (year === undefined ? `${route}/${providerId}/${column ?? '*'}` : undefined),
        });
      }
    }
    const grids = members.map((m) => countGrid(m.counts, m.options));
    const linked = members.map((m, n): LinkedTable => {
      const { keys } = grids[n]!;
      return { counts: grids[n]!.grid, key: (i, j) => m.key(keys[i], m.options.columns[j]) };
    });
    const asOf = this.clock.now();
    const tables = suppressLinkedTables(linked).map((shown, n) => publishTable(members[n]!.id, grids[n]!.keys, shown, members[n]!.options, asOf));
    const family: OutcomeFamily = { byRoute: tables[0]!, byBenefitType: tables[1]!, league: new Map(), providerByYear: new Map() };
    members.forEach((m, n) => {
      if (m.id.startsWith('league-')) family.league.set(m.id.slice('league-'.length), tables[n]!);
      if (m.providerId) family.providerByYear.set(m.providerId, [...(family.providerByYear.get(m.providerId) ?? []), tables[n]!]);
    });
    return family;
  }
}
