import { Injectable } from '@nestjs/common';
import { ChoiceSetService } from '../frameworks/choice-set.service.js';
import type { ChoicePageDto, ChoicePageQueryDto } from './dto/choice-page.dto.js';
import { OutcomeTables } from './outcome-tables.js';
import { TransparencyRepository } from './transparency.repository.js';

const percent = (bp: number) => `${Math.round(bp / 100)}%`;

function summaryNl(n: number | null, figures: (number | null)[], satisfaction: number | null): string {
  const [rate, low, high] = figures;
  const outcome = n === null || n < 10
    ? 'Te weinig afgeronde trajecten (minder dan 10) om cijfers te tonen.'
    : rate === null || low === null || high === null
      ? `Van de ${n} afgeronde trajecten tonen we het resultaat niet, om de privacy van kleine groepen elders in de cijfers te beschermen.`
      : `Van de ${n} afgeronde trajecten eindigde ${percent(rate)} met succes; het werkelijke percentage ligt waarschijnlijk tussen ${percent(low)} en ${percent(high)}.`;
  return satisfaction === null ? `${outcome} Nog te weinig beoordelingen door klanten.` : `${outcome} Klanten geven gemiddeld een ${satisfaction.toLocaleString('nl-NL')}.`;
}

/** TR-3: the public client-choice page: who can help in this region, target group and service, with verified figures. */
@Injectable()
export class ChoicePageService {
  constructor(
    private readonly choiceSets: ChoiceSetService,
    private readonly repository: TransparencyRepository,
    private readonly outcomes: OutcomeTables,
  ) {}

  async page(query: ChoicePageQueryDto): Promise<ChoicePageDto> {
    const { frameworkId, ...choiceQuery } = query;
    const set = await this.choiceSets.choiceSet(frameworkId, choiceQuery);
    const ids = set.items.map((i) => i.providerId);
    // The figures are the provider's row of the league table as TR-5 publishes it across all outcome tables.
    const [rows, satisfaction] = await Promise.all([this.outcomes.providerRows(set.lot, ids), this.repository.satisfaction(ids, set.lot)]);
    return {
      lot: set.lot, region: set.region, targetGroup: set.targetGroup, order: set.order, seed: set.seed,
      explanationNl: set.order === 'RANDOMISED'
        ? 'De aanbieders staan in willekeurige volgorde: de volgorde zegt niets over hun kwaliteit.'
        : 'De aanbieders staan op alfabetische volgorde.',
      providers: set.items.map((item, i) => {
        const row = rows[i]!;
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
