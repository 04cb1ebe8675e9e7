import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { CaseSample } from '../../api/types.js';
import { useCodeList } from '../../api/reference.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { withParams } from '../../components/search-params.js';
import { messageOr, useI18n } from '../../i18n/i18n.js';

type Item = CaseSample['items'][number];

/** TR-1: a reproducible random sample of case files without direct identifiers; the code sits in the URL. */
export function CaseSamplesPage() {
  const { t, formatNumber } = useI18n();
  usePageTitle(t('tr.samples.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const seed = searchParams.get('code') ?? 'inspectie-1';
  const sample = useApiQuery(`samples:${seed}`, (signal) => unwrap(api.GET('/api/inspector/case-samples', { params: { query: { seed, size: 20 } }, signal })));
  const endReasons = useCodeList('end-reasons');
  const successReasons = useCodeList('success-reasons');
  const draw = () => setSearchParams((current) => withParams(current, { code: `inspectie-${Date.now().toString(36)}` }));
  return (
    <>
      <Heading1>{t('tr.samples.title')}</Heading1>
      <Paragraph>{t('tr.samples.intro')}</Paragraph>
      <Paragraph>{t('tr.samples.seed')}: <code>{seed}</code></Paragraph>
      <Button appearance="secondary-action-button" onClick={draw}>{t('tr.samples.draw')}</Button>
      {sample.status === 'error' && <ProblemAlert error={sample.error} />}
      {sample.data && (
        <DataTable<Item>
          caption={t('tr.samples.caption', { seed: sample.data.seed, count: formatNumber(sample.data.items.length) })}
          testId="case-samples"
          rows={sample.data.items}
          rowKey={(i) => i.trajectoryId}
          columns={[
            { header: t('tr.samples.route'), rowHeader: true, cell: (i) => messageOr(t, `route.${i.route}`, i.route) },
            { header: t('tr.samples.client'), cell: (i) => `${i.benefitType}, ${i.targetGroup}, ${i.region}, ${i.ageBand}` },
            { header: t('tr.samples.period'), nowrap: true, cell: (i) => `${i.startedMonth ?? '—'} – ${i.endedMonth ?? '—'}` },
            { header: t('tr.samples.outcome'), cell: (i) => (i.endReason ? endReasons.label(i.endReason) : messageOr(t, `trajectoryStatus.${i.status}`, i.status)) },
            { header: t('tr.samples.plan'), nowrap: true, cell: (i) => (i.planHours === null ? '—' : `${formatNumber(i.planHours)} u, € ${formatNumber(Math.round((i.planPriceCents ?? 0) / 100))}`) },
            { header: t('tr.samples.report'), cell: (i) => [i.endReportReview && messageOr(t, `reportView.review.${i.endReportReview}`, i.endReportReview), i.successReason && successReasons.label(i.successReason)].filter(Boolean).join(', ') || '—' },
          ]}
        />
      )}
    </>
  );
}
