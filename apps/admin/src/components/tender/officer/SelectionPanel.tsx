import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { SelectionRequest, Tender } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { DataTable } from '../../DataTable.js';
import { TextAreaField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTenderFormat } from '../format.js';

/** TD-3: shortlist, or refuse with a reason (required); newcomers are exempt from the experience criterion. */
function Decision({ tender, request, onDecided }: { tender: Tender; request: SelectionRequest; onDecided(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  async function decide(shortlist: boolean) {
    if (!shortlist && !reason.trim()) {
      setMissing(true);
      return;
    }
    const body = shortlist ? { shortlist } : { shortlist, reason: reason.trim() };
    const done = await action.run(() => unwrap(api.POST('/api/tenders/{id}/selection-requests/{requestId}/decision', { params: { path: { id: tender.id, requestId: request.id } }, body })));
    if (done) onDecided();
  }
  if (request.status !== 'REQUESTED') return <>{request.reason ?? ''}</>;
  const id = `selection-${request.id}`;
  return (
    <div className="rim-stack">
      {action.error && <ProblemAlert error={action.error} />}
      {refusing ? (
        <>
          <TextAreaField id={`${id}-reason`} label={t('selection.reasonFor', { provider: request.providerName })} value={reason} onChange={setReason} error={missing ? t('selection.reasonRequired') : null} />
          <Button type="button" appearance="secondary-action-button" busy={action.busy} onClick={() => void decide(false)}>
            {t('selection.confirmReject')}
          </Button>
        </>
      ) : (
        <div className="rim-actions rim-actions--compact">
          <Button type="button" appearance="primary-action-button" busy={action.busy} onClick={() => void decide(true)} aria-label={t('selection.shortlistLabel', { provider: request.providerName })}>
            {t('selection.shortlist')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setRefusing(true)} aria-label={t('selection.rejectLabel', { provider: request.providerName })}>
            {t('selection.reject')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The participation requests per lot and the officer's decisions (TD-3). */
export function SelectionPanel({ tender }: { tender: Tender }) {
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  const requests = useApiQuery(`selection:${tender.id}:${tender.status}`, (signal) => unwrap(api.GET('/api/tenders/{id}/selection-requests', { params: { path: { id: tender.id } }, signal })));
  const rows = requests.data ?? [];
  return (
    <section aria-labelledby="selection-title">
      <Heading2 id="selection-title">{t('selection.title')}</Heading2>
      {requests.status === 'error' && <ProblemAlert error={requests.error} />}
      {requests.data && rows.length === 0 && <Paragraph>{t('selection.none')}</Paragraph>}
      {rows.length > 0 && (
        <DataTable
          caption={t('selection.caption', { count: rows.length })}
          testId="selection-table"
          rowTestId="selection-row"
          rowData={(r) => ({ status: r.status, provider: r.providerName })}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t('selection.provider'), rowHeader: true, cell: (r) => r.providerName },
            { header: t('tender.lot'), cell: (r) => format.lotCodeName(r.lotCode) },
            { header: t('selection.newcomer'), cell: (r) => (r.newcomer ? t('tender.yes') : t('tender.no')) },
            { header: t('selection.experience'), numeric: true, cell: (r) => formatNumber(r.experienceTrajectories) },
            { header: t('selection.status'), cell: (r) => t(`selectionStatus.${r.status}`) },
            { header: t('selection.decision'), cell: (r) => (tender.status === 'SELECTION' ? <Decision tender={tender} request={r} onDecided={requests.reload} /> : (r.reason ?? '')) },
          ]}
        />
      )}
    </section>
  );
}
