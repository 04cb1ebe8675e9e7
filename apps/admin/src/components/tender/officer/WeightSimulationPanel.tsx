import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrapUntyped } from '../../../api/client.js';
import type { ScenarioOutcome, Tender, WeightSimulation } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { DataTable } from '../../DataTable.js';
import { TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { CRITERIA, useTenderFormat } from '../format.js';
import { reached, useTenders } from '../tenders.js';
import { parseWeights, weightTexts, WeightsFields, type WeightTexts } from '../WeightsFields.js';

interface ScenarioDraft {
  name: string;
  weights: WeightTexts;
}

function Outcome({ outcome, lotName }: { outcome: ScenarioOutcome; lotName(lotId: string): string }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const s = outcome.summary;
  const decisive = CRITERIA.filter((c) => s.decidedBy[c] > 0).map((c) => t('simulation.decidesAlone', { criterion: format.criterion(c), count: s.decidedBy[c] }));
  const changed = outcome.lots.filter((l) => l.winnerChanged || l.rankingChanged || l.decisiveCriteria.length > 0);
  return (
    <section aria-label={outcome.name} data-testid="simulation-outcome" data-scenario={outcome.name}>
      <Heading3>{outcome.name}</Heading3>
      <Paragraph data-testid="simulation-summary">
        {t('simulation.summary', { compared: s.lotsCompared, winners: s.winnersChanged, rankings: s.rankingsChanged, single: s.decidedByOneCriterion })}
      </Paragraph>
      {decisive.length > 0 && <Paragraph>{decisive.join(' · ')}</Paragraph>}
      {changed.length > 0 && (
        <DataTable
          caption={t('simulation.lotsCaption', { scenario: outcome.name })}
          rows={changed}
          rowKey={(l) => l.lotId}
          columns={[
            { header: t('tender.lot'), rowHeader: true, cell: (l) => lotName(l.lotId) },
            { header: t('simulation.winnerChanged'), cell: (l) => (l.winnerChanged ? t('tender.yes') : t('tender.no')) },
            { header: t('simulation.rankingChanged'), cell: (l) => (l.rankingChanged ? t('tender.yes') : t('tender.no')) },
            { header: t('simulation.decisive'), cell: (l) => l.decisiveCriteria.map((c) => format.criterion(c)).join(', ') || '—' },
          ]}
        />
      )}
    </section>
  );
}

/** TD-10: before publication, how rankings on synthetic or an earlier tender's bids change under other weights. */
export function WeightSimulationPanel({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const action = useAction();
  const history = useTenders((x) => x.id !== tender.id && reached(x.status, 'EVALUATED'));
  const [historicalTenderId, setHistorical] = useState('');
  const [scenarios, setScenarios] = useState<ScenarioDraft[]>([{ name: t('simulation.defaultName', { n: 1 }), weights: weightTexts(tender.weights) }]);
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<WeightSimulation | null>(null);
  const lotName = (lotId: string) => {
    const lot = tender.lots.find((l) => l.id === lotId);
    return lot ? format.lotName(lot) : t('simulation.historicalLot');
  };
  const update = (i: number, patch: Partial<ScenarioDraft>) => setScenarios((all) => all.map((s, j) => (i === j ? { ...s, ...patch } : s)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = scenarios.map((s) => ({ name: s.name.trim(), weights: parseWeights(s.weights) }));
    const bad = parsed.some((s) => !s.name || !s.weights) || new Set(parsed.map((s) => s.name)).size !== parsed.length;
    setInvalid(bad);
    if (bad) return;
    const body = { scenarios: parsed.map((s) => ({ name: s.name, weights: s.weights! })), ...(historicalTenderId ? { historicalTenderId } : {}) };
    const simulation = await action.run(() => unwrapUntyped<WeightSimulation>(api.POST('/api/tenders/{id}/weight-simulation', { params: { path: { id: tender.id } }, body })));
    if (simulation) setResult(simulation);
  }

  return (
    <section aria-labelledby="simulation-title" data-testid="weight-simulation">
      <Heading2 id="simulation-title">{t('simulation.title')}</Heading2>
      <Paragraph>{t('simulation.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="simulation-title">
        {action.error && <ProblemAlert error={action.error} />}
        {invalid && <Paragraph className="rim-overdue">{t('simulation.invalid')}</Paragraph>}
        <CodeSelect
          id="simulation-history"
          label={t('simulation.bids')}
          options={(history.tenders ?? []).map((x) => ({ code: x.id, label: x.name }))}
          emptyLabel={t('simulation.synthetic')}
          value={historicalTenderId}
          onChange={setHistorical}
        />
        {scenarios.map((scenario, i) => (
          <div key={i} className="rim-card" data-testid="simulation-scenario">
            <TextField id={`scenario-${i}-name`} label={t('simulation.scenarioName', { n: i + 1 })} value={scenario.name} onChange={(name) => update(i, { name })} />
            <WeightsFields id={`scenario-${i}-weights`} legend={t('simulation.scenarioWeights', { n: i + 1 })} value={scenario.weights} onChange={(weights) => update(i, { weights })} showError={invalid} />
            {scenarios.length > 1 && (
              <Button type="button" appearance="subtle-button" onClick={() => setScenarios((all) => all.filter((_, j) => j !== i))}>
                {t('simulation.remove', { n: i + 1 })}
              </Button>
            )}
          </div>
        ))}
        <div className="rim-actions">
          {scenarios.length < 10 && (
            <Button type="button" appearance="secondary-action-button" onClick={() => setScenarios((all) => [...all, { name: t('simulation.defaultName', { n: all.length + 1 }), weights: weightTexts(tender.weights) }])}>
              {t('simulation.add')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
            {t('simulation.run')}
          </Button>
        </div>
      </form>
      {result && (
        <div aria-live="polite" data-testid="simulation-result">
          <Outcome outcome={{ ...result.base, name: t('simulation.base') }} lotName={lotName} />
          {result.alternatives.map((outcome) => (
            <Outcome key={outcome.name} outcome={outcome} lotName={lotName} />
          ))}
        </div>
      )}
    </section>
  );
}
