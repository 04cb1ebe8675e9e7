import { Button, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap, unwrapEmpty } from '../../../api/client.js';
import type { EvaluationCell, Tender } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { useI18n, type MessageKey } from '../../../i18n/i18n.js';
import { CheckboxGroup } from '../../CheckboxGroup.js';
import { DataTable } from '../../DataTable.js';
import { TextAreaField, TextField, wholeNumber } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTenderFormat } from '../format.js';

/** The panel: every active evaluator, those on this tender marked; the officer adds members. */
function PanelPicker({ tender, onChanged }: { tender: Tender; onChanged(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [selected, setSelected] = useState<string[]>([]);
  const members = useApiQuery(`panel:${tender.id}`, (signal) => unwrap(api.GET('/api/tenders/{id}/evaluators', { params: { path: { id: tender.id } }, signal })));
  const all = members.data ?? [];
  const assigned = all.filter((m) => m.assigned);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await action.run(async () => {
      for (const userId of selected) await unwrapEmpty(api.POST('/api/tenders/{id}/evaluators', { params: { path: { id: tender.id } }, body: { userId } }));
      return true;
    });
    if (done) {
      setSelected([]);
      members.reload();
      onChanged();
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="panel-title">
      <Heading3 id="panel-title">{t('evaluation.panelTitle')}</Heading3>
      {members.status === 'error' && <ProblemAlert error={members.error} />}
      {action.error && <ProblemAlert error={action.error} />}
      <Paragraph data-testid="panel-assigned">{assigned.length ? t('evaluation.panelAssigned', { names: assigned.map((m) => m.name).join(', ') }) : t('evaluation.panelEmpty')}</Paragraph>
      <CheckboxGroup
        id="panel-candidates"
        legend={t('evaluation.panelAdd')}
        options={all.filter((m) => !m.assigned).map((m) => ({ code: m.id, label: `${m.name} (${m.email})` }))}
        selected={selected}
        onChange={setSelected}
      />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy || selected.length === 0}>
        {t('evaluation.panelSubmit')}
      </Button>
    </form>
  );
}

/** TD-7: the agreed score (0–10) on one cell with its written rationale (at least 10 characters). */
function ConsensusForm({ tender, cell, label, onSaved }: { tender: Tender; cell: EvaluationCell; label: string; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [score, setScore] = useState(cell.consensus === null ? '' : String(cell.consensus));
  const [rationale, setRationale] = useState(cell.rationale ?? '');
  const [errors, setErrors] = useState<{ score?: MessageKey; rationale?: MessageKey }>({});
  const id = `consensus-${cell.bidId}-${cell.criterion}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = wholeNumber(score);
    const found = { ...(value === null || value > 10 ? { score: 'evaluation.error.score' as const } : {}), ...(rationale.trim().length < 10 ? { rationale: 'evaluation.error.rationale' as const } : {}) };
    setErrors(found);
    if (value === null || Object.keys(found).length) return;
    const done = await action.run(() =>
      unwrap(api.PUT('/api/tenders/{id}/bids/{bidId}/consensus/{criterion}', { params: { path: { id: tender.id, bidId: cell.bidId, criterion: cell.criterion } }, body: { score: value, rationale: rationale.trim() } })),
    );
    if (done) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-stack" aria-label={label} data-testid="consensus-form">
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id={`${id}-score`} inputMode="numeric" label={t('evaluation.consensusScore', { cell: label })} value={score} onChange={setScore} error={errors.score ? t(errors.score) : null} />
      <TextAreaField id={`${id}-rationale`} label={t('evaluation.rationale', { cell: label })} value={rationale} onChange={setRationale} error={errors.rationale ? t(errors.rationale) : null} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('evaluation.consensusSubmit')}
      </Button>
    </form>
  );
}

/** TD-7: per bid and qualitative criterion, the panel's progress; scores stay hidden until all have scored. */
export function EvaluationPanel({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const cells = useApiQuery(`evaluation:${tender.id}:${tender.status}`, (signal) => unwrap(api.GET('/api/tenders/{id}/evaluation', { params: { path: { id: tender.id } }, signal })));
  const lotName = (lotId: string) => {
    const lot = tender.lots.find((l) => l.id === lotId);
    return lot ? format.lotName(lot) : lotId;
  };
  const label = (c: EvaluationCell) => `${c.providerName}, ${format.criterion(c.criterion)}`;
  const editable = tender.status === 'OPENED';
  const rows = cells.data ?? [];
  return (
    <section aria-labelledby="evaluation-title">
      <Heading2 id="evaluation-title">{t('evaluation.title')}</Heading2>
      <Paragraph>{t('evaluation.intro')}</Paragraph>
      {editable && <PanelPicker tender={tender} onChanged={cells.reload} />}
      <div className="rim-actions">
        <Button type="button" appearance="subtle-button" onClick={cells.reload} data-testid="evaluation-refresh">
          {t('evaluation.refresh')}
        </Button>
      </div>
      {cells.status === 'error' && <ProblemAlert error={cells.error} />}
      {cells.data && rows.length === 0 && <Paragraph>{t('evaluation.noBids')}</Paragraph>}
      {rows.length > 0 && (
        <DataTable
          caption={t('evaluation.caption')}
          testId="evaluation-table"
          rowTestId="evaluation-cell"
          rowData={(c) => ({ provider: c.providerName, criterion: c.criterion, divergent: String(c.divergent), complete: String(c.scores.length > 0) })}
          rows={rows}
          rowKey={(c) => `${c.bidId}:${c.criterion}`}
          columns={[
            { header: t('selection.provider'), rowHeader: true, cell: (c) => c.providerName },
            { header: t('tender.lot'), cell: (c) => lotName(c.lotId) },
            { header: t('evaluation.criterion'), cell: (c) => format.criterion(c.criterion) },
            { header: t('evaluation.progress'), cell: (c) => t('evaluation.scoredOf', { scored: c.scored, evaluators: c.evaluators }) },
            { header: t('evaluation.scores'), cell: (c) => (c.scores.length ? c.scores.join(', ') : t('evaluation.hidden')) },
            { header: t('evaluation.spread'), numeric: true, cell: (c) => c.spread ?? '—' },
            {
              header: t('evaluation.divergence'),
              cell: (c) => (c.divergent ? <StatusBadge status="warning" data-testid="divergent-flag">{t('evaluation.divergent')}</StatusBadge> : c.spread === null ? '—' : t('evaluation.notDivergent')),
            },
            {
              header: t('evaluation.consensus'),
              cell: (c) =>
                editable && c.scores.length > 0 ? (
                  <>
                    {c.consensus !== null && <Paragraph data-testid="consensus-recorded">{t('evaluation.recorded', { score: c.consensus })}</Paragraph>}
                    <ConsensusForm key={`${c.consensus}`} tender={tender} cell={c} label={label(c)} onSaved={cells.reload} />
                  </>
                ) : c.consensus === null ? (
                  '—'
                ) : (
                  `${c.consensus} — ${c.rationale ?? ''}`
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
