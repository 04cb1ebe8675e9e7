import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { Tender } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { useTenderFormat } from '../../components/tender/format.js';
import { BidForm, ObjectionForm, ParticipationForm } from '../../components/tender/provider/ProviderForms.js';
import { ScoreSheetTable } from '../../components/tender/ScoreSheetTable.js';
import { LotsTable, TenderFacts } from '../../components/tender/TenderFacts.js';
import { TenderStatusTag, TenderTimeline } from '../../components/tender/TenderStatus.js';
import { reached, useTender, useTenders } from '../../components/tender/tenders.js';
import { useI18n } from '../../i18n/i18n.js';

/** Published tenders a provider can take part in, bid on or follow. */
export function ProviderTendersPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('bidding.title'));
  const list = useTenders((x) => x.status !== 'DRAFT' && x.status !== 'CANCELLED');
  return (
    <>
      <Heading1>{t('bidding.title')}</Heading1>
      <Paragraph>{t('bidding.intro')}</Paragraph>
      {list.status === 'error' && <ProblemAlert error={list.error} />}
      <ResultCount loading={list.status === 'loading'} total={list.tenders?.length} one={t('tenders.countOne')} many={(count) => t('tenders.count', { count })} />
      {list.tenders && list.tenders.length > 0 && (
        <DataTable
          caption={t('bidding.caption')}
          testId="provider-tenders"
          rowTestId="provider-tender-row"
          rows={list.tenders}
          rowKey={(x) => x.id}
          columns={[
            { header: t('tender.name'), rowHeader: true, cell: (x) => <Link to={`/inschrijven/${x.id}`} className="utrecht-link utrecht-link--html-a">{x.name}</Link> },
            { header: t('selection.status'), cell: (x) => <TenderStatusTag status={x.status} /> },
            { header: t('tender.selectionDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.selectionDeadlineAt) },
            { header: t('tender.bidDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.bidDeadlineAt) },
          ]}
        />
      )}
    </>
  );
}

/** TD-5: this provider's receipts (commitments only; the salt was shown once, at submission). */
function Receipts({ tender, generation }: { tender: Tender; generation: number }) {
  const { t, formatDateTime } = useI18n();
  const format = useTenderFormat();
  const receipts = useApiQuery(`receipts:${tender.id}:${generation}`, (signal) => unwrap(api.GET('/api/tenders/{id}/receipts', { params: { path: { id: tender.id } }, signal })));
  const lotName = (lotId: string) => {
    const lot = tender.lots.find((l) => l.id === lotId);
    return lot ? format.lotName(lot) : lotId;
  };
  return (
    <section aria-labelledby="receipts-title">
      <Heading2 id="receipts-title">{t('receipts.title')}</Heading2>
      {receipts.status === 'error' && <ProblemAlert error={receipts.error} />}
      {receipts.data && receipts.data.length === 0 && <Paragraph>{t('receipts.none')}</Paragraph>}
      {receipts.data && receipts.data.length > 0 && (
        <DataTable
          caption={t('receipts.caption')}
          testId="receipts-table"
          rowTestId="receipt-row"
          rowData={(r) => ({ status: r.status, commitment: r.commitment })}
          rows={receipts.data}
          rowKey={(r) => r.bidId}
          columns={[
            { header: t('tender.lot'), rowHeader: true, cell: (r) => lotName(r.lotId) },
            { header: t('receipt.commitment'), cell: (r) => <span className="rim-mono">{r.commitment}</span> },
            { header: t('selection.status'), cell: (r) => t(`receiptStatus.${r.status as 'ACTIVE' | 'REPLACED' | 'WITHDRAWN'}`) },
            { header: t('receipts.submittedAt'), nowrap: true, cell: (r) => formatDateTime(r.submittedAt) },
          ]}
        />
      )}
    </section>
  );
}

/** TD-8: this provider's own score sheets, from the award notification on. */
function MyScoreSheets({ tender }: { tender: Tender }) {
  const { t } = useI18n();
  const format = useTenderFormat();
  const sheets = useApiQuery(`my-sheets:${tender.id}`, (signal) => unwrap(api.GET('/api/tenders/{id}/score-sheets/mine', { params: { path: { id: tender.id } }, signal })));
  return (
    <section aria-labelledby="sheets-title" data-testid="my-score-sheets">
      <Heading2 id="sheets-title">{t('sheets.title')}</Heading2>
      {sheets.status === 'error' && <ProblemAlert error={sheets.error} />}
      {sheets.data && sheets.data.length === 0 && <Paragraph>{t('sheets.none')}</Paragraph>}
      {sheets.data?.map((sheet) => {
        const lot = tender.lots.find((l) => l.id === sheet.lotId);
        return <ScoreSheetTable key={sheet.bidId} caption={t('sheets.caption', { lot: lot ? format.lotName(lot) : sheet.lotId })} sheets={[sheet]} />;
      })}
    </section>
  );
}

/** One tender from the provider's side: request participation, bid with a receipt, score sheets and objections. */
export function ProviderTenderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const tender = useTender(id);
  const [submitted, setSubmitted] = useState(0);
  usePageTitle(tender.data?.name ?? t('bidding.title'));
  if (!tender.data) return tender.status === 'error' ? <ProblemAlert error={tender.error} /> : <Loading />;
  const x = tender.data;
  return (
    <>
      <Heading1>{x.name}</Heading1>
      <Paragraph>
        <TenderStatusTag status={x.status} />
      </Paragraph>
      <TenderTimeline status={x.status} />
      {x.status === 'PUBLISHED' && <ParticipationForm tender={x} />}
      {x.status === 'SELECTION' && <Paragraph data-testid="selection-pending">{t('bidding.selectionPending')}</Paragraph>}
      {x.status === 'AWARD_PHASE' && <BidForm tender={x} onSubmitted={() => setSubmitted((n) => n + 1)} />}
      {reached(x.status, 'AWARD_PHASE') && <Receipts tender={x} generation={submitted} />}
      {reached(x.status, 'STANDSTILL') && <MyScoreSheets tender={x} />}
      {x.status === 'STANDSTILL' && <ObjectionForm tender={x} />}
      <section aria-labelledby="provider-terms-title">
        <Heading2 id="provider-terms-title">{t('tender.terms')}</Heading2>
        <TenderFacts tender={x} />
        <LotsTable tender={x} />
      </section>
    </>
  );
}
