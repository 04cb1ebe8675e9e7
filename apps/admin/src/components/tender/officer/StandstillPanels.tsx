import { Button, Checkbox, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { Objection, Tender } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { DataTable } from '../../DataTable.js';
import { TextAreaField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTenderFormat } from '../format.js';

function ObjectionDecision({ tender, objection, onDecided }: { tender: Tender; objection: Objection; onDecided(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [upheld, setUpheld] = useState(false);
  const [decision, setDecision] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = `objection-${objection.id}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setInvalid(decision.trim().length < 10);
    if (decision.trim().length < 10) return;
    const done = await action.run(() => unwrap(api.POST('/api/tenders/{id}/objections/{objectionId}/decision', { params: { path: { id: tender.id, objectionId: objection.id } }, body: { upheld, decision: decision.trim() } })));
    if (done) onDecided();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-stack" aria-label={t('objections.decide')}>
      {action.error && <ProblemAlert error={action.error} />}
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor={`${id}-upheld`} type="checkbox" checked={upheld}>
            {t('objections.upheld')}
          </FormLabel>
        }
        input={<Checkbox id={`${id}-upheld`} checked={upheld} onChange={(event) => setUpheld(event.target.checked)} />}
      />
      <TextAreaField id={`${id}-decision`} label={t('objections.decisionText')} value={decision} onChange={setDecision} error={invalid ? t('evaluation.error.rationale') : null} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('objections.decide')}
      </Button>
    </form>
  );
}

/** TD-8: objections filed during the standstill; each is decided before any contract is created. */
export function ObjectionsPanel({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const objections = useApiQuery(`objections:${tender.id}`, (signal) => unwrap(api.GET('/api/tenders/{id}/objections', { params: { path: { id: tender.id } }, signal })));
  const lotName = (lotId: string) => {
    const lot = tender.lots.find((l) => l.id === lotId);
    return lot ? format.lotName(lot) : lotId;
  };
  const rows = objections.data ?? [];
  return (
    <section aria-labelledby="objections-title">
      <Heading2 id="objections-title">{t('objections.title')}</Heading2>
      {objections.status === 'error' && <ProblemAlert error={objections.error} />}
      {objections.data && rows.length === 0 && <Paragraph data-testid="objections-none">{t('objections.none')}</Paragraph>}
      {rows.length > 0 && (
        <DataTable
          caption={t('objections.caption')}
          testId="objections-table"
          rows={rows}
          rowKey={(o) => o.id}
          columns={[
            { header: t('tender.lot'), rowHeader: true, cell: (o) => lotName(o.lotId) },
            { header: t('objections.grounds'), cell: (o) => o.grounds },
            { header: t('selection.status'), cell: (o) => t(`objectionStatus.${o.status as 'PENDING' | 'UPHELD' | 'DISMISSED'}`) },
            { header: t('objections.decisionText'), cell: (o) => (o.status === 'PENDING' && tender.status === 'STANDSTILL' ? <ObjectionDecision tender={tender} objection={o} onDecided={objections.reload} /> : (o.decision ?? '')) },
          ]}
        />
      )}
    </section>
  );
}

/** TD-8: the contracts per tranche, at the winning bid's average price. */
export function ContractsPanel({ tender }: { tender: Tender }) {
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  const contracts = useApiQuery(`contracts:${tender.id}:${tender.status}`, (signal) => unwrap(api.GET('/api/tenders/{id}/contracts', { params: { path: { id: tender.id } }, signal })));
  return (
    <section aria-labelledby="contracts-title">
      <Heading2 id="contracts-title">{t('contracts.title')}</Heading2>
      {contracts.status === 'error' && <ProblemAlert error={contracts.error} />}
      {contracts.data && contracts.data.length === 0 && <Paragraph>{t('contracts.none')}</Paragraph>}
      {contracts.data && contracts.data.length > 0 && (
        <DataTable
          caption={t('contracts.caption')}
          testId="contracts-table"
          rows={contracts.data}
          rowKey={(c) => c.id}
          columns={[
            { header: t('tender.lot'), rowHeader: true, cell: (c) => format.lotCodeName(c.lotCode) },
            { header: t('contracts.tranche'), numeric: true, cell: (c) => c.trancheNo },
            { header: t('selection.provider'), cell: (c) => c.providerName },
            { header: t('tender.minReferrals'), numeric: true, cell: (c) => formatNumber(c.minReferrals) },
            { header: t('contracts.averagePrice'), numeric: true, nowrap: true, cell: (c) => format.euros(c.averagePriceCents) },
          ]}
        />
      )}
    </section>
  );
}
