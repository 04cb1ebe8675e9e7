import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { Tender } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { CRITERIA, useTenderFormat } from './format.js';

/** TD-1: the timetable (Dutch time), the weights fixed at publication and the other terms of a tender. */
export function TenderFacts({ tender }: { tender: Tender }) {
  const { t, formatDateTime } = useI18n();
  const format = useTenderFormat();
  const facts: [string, string][] = [
    [t('tender.questionsCloseAt'), formatDateTime(tender.questionsCloseAt)],
    [t('tender.selectionDeadlineAt'), formatDateTime(tender.selectionDeadlineAt)],
    [t('tender.bidDeadlineAt'), formatDateTime(tender.bidDeadlineAt)],
    [t('tender.standstillDays'), t('tender.days', { count: tender.standstillDays })],
    [t('tender.openingQuorum'), tender.openingQuorum ? t('tender.yes') : t('tender.no')],
    [t('tender.vrijeRuimteCap'), format.percent(tender.vrijeRuimteCapBp)],
    [t('tender.weights'), CRITERIA.map((c) => `${format.criterion(c)} ${tender.weights[c]}`).join(' · ')],
    ...(tender.merkleRoot ? [[t('tender.merkleRoot'), tender.merkleRoot] as [string, string]] : []),
  ];
  return (
    <DataList data-testid="tender-facts">
      {facts.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue value={value} className={key === t('tender.merkleRoot') ? 'rim-mono' : undefined}>
            {value}
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** TD-1: the lots from the target-group × region matrix with their terms. */
export function LotsTable({ tender }: { tender: Tender }) {
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  return (
    <DataTable
      caption={t('tender.lotsCaption', { count: tender.lots.length })}
      testId="lots-table"
      rows={tender.lots}
      rowKey={(l) => l.id}
      columns={[
        { header: t('tender.lot'), rowHeader: true, cell: (l) => format.lotName(l) },
        { header: t('tender.expectedVolume'), numeric: true, cell: (l) => formatNumber(l.expectedVolume) },
        { header: t('tender.tranches'), numeric: true, cell: (l) => l.tranches },
        { header: t('tender.minReferrals'), numeric: true, cell: (l) => formatNumber(l.minReferrals) },
        { header: t('tender.maxPrice'), numeric: true, nowrap: true, cell: (l) => format.euros(l.maxPriceCents) },
        { header: t('tender.maxDuration'), numeric: true, cell: (l) => t('tender.days', { count: l.maxDurationDays }) },
        { header: t('tender.track'), cell: (l) => (l.vrijeRuimtePurpose ? format.purpose(l.vrijeRuimtePurpose) : t('tender.regular')) },
      ]}
    />
  );
}
