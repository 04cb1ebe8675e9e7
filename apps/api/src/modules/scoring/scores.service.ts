import { Injectable } from '@nestjs/common';
import { Permission } from '@rim/contracts';
import { localDate, MIN_REPORTABLE_N, observedExpectedFromMoments, type KpiFigures } from '@rim/domain';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { DomainException } from '../../common/problem/error-code.js';
import { CaseMixIndexDto, ProviderScoreQueryDto, ProviderScoresDto, RankedProviderPageDto, ScoreListQueryDto } from './dto/score.dto.js';
import { measuresOf } from './score-measures.js';
import { parsePeriod, type ScorePeriod } from './score-periods.js';
import { CaseMixRow, ScoringRepository, type CaseMixWindow } from './scoring.repository.js';

const CASE_MIX_COMPUTATION = 'observed successes ÷ Σ expected success probabilities of the same clients under the market-wide logistic model (benefit type, distance to the labour market, age band, barrier count, region); interval ± 1.96·√Σp(1 − p) ÷ Σp';

function caseMixDto(row: CaseMixRow, runId: string): CaseMixIndexDto {
  const index = observedExpectedFromMoments(row);
  return { n: row.n, observed: row.observed, expected: row.expected, index: index.index, low: index.low, high: index.high, runId, computation: CASE_MIX_COMPUTATION };
}

/** SC-2 … SC-5 reads: a provider's own figures and the officer's ranked view, with n, intervals and definitions. */
@Injectable()
export class ScoresService {
  constructor(
    private readonly repository: ScoringRepository,
    private readonly clock: Clock,
  ) {}

  async providerScores(actor: Actor, providerId: string, query: ProviderScoreQueryDto): Promise<ProviderScoresDto> {
    if (!actor.can(Permission.ScoreReadAny) && actor.organisationId !== providerId) throw new DomainException('NOT_FOUND', 'No scores for this provider.');
    const { asOf, period } = this.period(query.period);
    const rows = await this.repository.providerTotals(providerId, period, query.breakdown ?? null);
    const groups = rows.flatMap((r) => {
      const measures = measuresOf(r, period, asOf);
      return measures ? [{ route: r.route, group: r.group, measures }] : [];
    });
    const { runId, rows: indices } = await this.repository.caseMixIndices({ providerIds: [providerId] });
    return {
      providerId, period, asOf, scored: groups.length > 0, groups,
      caseMix: runId ? indices.map((row) => ({ route: row.route, caseMix: caseMixDto(row, runId) })) : [],
    };
  }

  async rankedProviders(query: ScoreListQueryDto): Promise<RankedProviderPageDto> {
    const { asOf, period } = this.period(query.period);
    const rows = await this.repository.rankedProviders(period, query.route, query.page, query.pageSize);
    const { runId, rows: indices } = await this.repository.caseMixIndices({ providerIds: [...new Set(rows.map((r) => r.providerId))] });
    const index = new Map(indices.map((row) => [`${row.providerId}/${row.route}`, row]));
    return {
      period, page: query.page, pageSize: query.pageSize, total: rows[0]?.total ?? 0,
      items: rows.map((r) => {
        const cm = index.get(`${r.providerId}/${r.route}`);
        return { providerId: r.providerId, providerName: r.providerName, route: r.route, rank: r.rank, measures: measuresOf(r, period, asOf) ?? [], caseMix: cm && runId ? caseMixDto(cm, runId) : null };
      }),
    };
  }

  /** SC-4: every provider's case-mix index in one route (latest completed run) and the window it covers, for the inspector's league table. */
  async caseMixIndices(route: string): Promise<{ window: CaseMixWindow | null; byProvider: Map<string, CaseMixIndexDto> }> {
    const { runId, window, rows } = await this.repository.caseMixIndices({ route });
    return { window, byProvider: new Map(runId ? rows.map((row) => [row.providerId, caseMixDto(row, runId)]) : []) };
  }

  /**
   * SC-7 for TD-7: each provider's realised drop-out, placement and duration over the 12 complete months before today
   * (all routes and regions unless `scope` narrows them, e.g. to a lot's region); absent for a provider with fewer
   * than 10 final outcomes, so that the evaluation falls back to the promise. Drop-out and placement in basis points
   * of completions, duration as the mean in days.
   */
  async realisedKpis(providerIds: readonly string[], scope: { route?: string; region?: string } = {}): Promise<Map<string, KpiFigures>> {
    const { period } = this.period(undefined);
    const realised = new Map<string, KpiFigures>();
    for (const [providerId, t] of await this.repository.totalsByProvider(providerIds, period, scope)) {
      const decided = t.completions - t.pending;
      if (decided < MIN_REPORTABLE_N) continue;
      realised.set(providerId, {
        dropOutBp: Math.round((t.earlyTerminations * 10_000) / decided),
        placementBp: Math.round((t.placements * 10_000) / t.completions),
        durationDays: Math.round(t.durationDays / t.completions),
      });
    }
    return realised;
  }

  private period(text: string | undefined): { asOf: string; period: ScorePeriod } {
    const asOf = localDate(this.clock.now());
    return { asOf, period: parsePeriod(text, asOf) };
  }
}
