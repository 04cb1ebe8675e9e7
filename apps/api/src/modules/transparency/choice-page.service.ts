import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock.service.js';
import { ChoiceSetService } from '../frameworks/choice-set.service.js';
import { dashboardTable } from './dashboard-table.js';
import type { ChoicePageDto, ChoicePageQueryDto } from './dto/choice-page.dto.js';
import { SUCCESS_FIGURES } from './success-figures.js';
import { OUTCOMES, TransparencyRepository } from './transparency.repository.js';

const percent = (bp: number) => `${Math.round(bp / 100)}%`;

function summaryNl(n: number | null, figures: (number | null)[], satisfaction: number | null): string {
  const [rate, low, high] = figures;
  const outcome = n === null || rate === null || low === null || high === null
    ? 'Te weinig afgeronde trajecten (minder dan 10) om cijfers te tonen.'
    : `Van de ${n} afgeronde trajecten eindigde ${percent(rate)} met succes; het werkelijke percentage ligt waarschijnlijk tussen ${percent(low)} en ${percent(high)}.`;
  return satisfaction === null ? `${outcome} Nog te weinig beoordelingen door klanten.` : `${outcome} Klanten geven gemiddeld een ${satisfaction.toLocaleString('nl-NL')}.`;
}

/** TR-3: the public client-choice page: who can help in this region, target group and service, with verified figures. */
@Injectable()
export class ChoicePageService {
  constructor(
    private readonly choiceSets: ChoiceSetService,
    private readonly repository: TransparencyRepository,
    private readonly clock: Clock,
  ) {}

  async page(query: ChoicePageQueryDto): Promise<ChoicePageDto> {
    const { frameworkId, ...choiceQuery } = query;
    const set = await this.choiceSets.choiceSet(frameworkId, choiceQuery);
    const ids = set.items.map((i) => i.providerId);
    const [counts, satisfaction] = await Promise.all([this.repository.providerOutcomes(ids, set.lot), this.repository.satisfaction(ids, set.lot)]);
    // Each provider is its own table: the page publishes no totals across providers, so no provider's figures are
    // hidden to protect another's (TR-5 still hides every count below 10).
    const rowOf = (id: string) => dashboardTable('choice-page', counts.filter((c) => c.row === id), { rows: [id], columns: OUTCOMES, figures: SUCCESS_FIGURES }, this.clock.now()).rows[0]!;
    return {
      lot: set.lot, region: set.region, targetGroup: set.targetGroup, order: set.order, seed: set.seed,
      explanationNl: set.order === 'RANDOMISED'
        ? 'De aanbieders staan in willekeurige volgorde: de volgorde zegt niets over hun kwaliteit.'
        : 'De aanbieders staan op alfabetische volgorde.',
      providers: set.items.map((item) => {
        const row = rowOf(item.providerId);
        const s = satisfaction.get(item.providerId);
        const shownSatisfaction = s && s.n >= 10 ? s.mean : null;
        return {
          providerId: item.providerId, name: item.name, city: item.city, freeCapacity: item.freeCapacity, n: row.total,
          successRateBp: row.figures[0] ?? null, successLowBp: row.figures[1] ?? null, successHighBp: row.figures[2] ?? null,
          satisfaction: shownSatisfaction, satisfactionN: shownSatisfaction === null ? null : s!.n,
          summaryNl: summaryNl(row.total, row.figures, shownSatisfaction),
        };
      }),
    };
  }
}
