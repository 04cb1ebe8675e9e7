import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { ROUTES, type RankedProvider } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { PeriodSelect } from '../../components/scoring/PeriodSelect.js';
import { useFigureFormat } from '../../components/scoring/ScoreFigures.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;

/** SC-2/SC-3: the officer's (and inspector's) view of every provider, ranked by success rate where n ≥ 10. */
export function ScoresOverviewPage() {
  const { t, formatNumber } = useI18n();
  usePageTitle(t('scores.title'));
  const format = useFigureFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = searchParams.get('periode') ?? '';
  const route = ROUTES.find((r) => r === searchParams.get('dienst'));
  const page = positiveInt(searchParams.get('page'), 1);
  const query = { page, pageSize: PAGE_SIZE, ...(period ? { period } : {}), ...(route ? { route } : {}) };
  const ranked = useApiQuery(`scores:${JSON.stringify(query)}`, (signal) => unwrap(api.GET('/api/scores/providers', { params: { query }, signal })));
  const result = ranked.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const loading = ranked.status === 'loading';
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, { ...changes, page: null }));
  const figure = (row: RankedProvider, key: string) => row.measures.find((m) => m.key === key);
  const rate = (row: RankedProvider, key: string) => {
    const m = figure(row, key);
    return m ? `${format.value(m)} (${format.interval(m)})` : '—';
  };
  const detail = (row: RankedProvider) => `/prestaties/${row.providerId}${toSearch(new URLSearchParams({ ...(period ? { periode: period } : {}), ...(row.providerName ? { naam: row.providerName } : {}) }))}`;

  return (
    <>
      <Heading1>{t('scores.title')}</Heading1>
      <Paragraph>{t('scores.intro')}</Paragraph>
      <form role="search" aria-label={t('score.period')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        <PeriodSelect id="scores-period" value={period} onChange={(code) => update({ periode: code || null })} />
        <CodeSelect
          id="scores-route"
          className="rim-filters__region"
          label={t('score.route')}
          options={ROUTES.map((r) => ({ code: r, label: t(`route.${r}`) }))}
          emptyLabel={t('score.allRoutes')}
          value={route ?? ''}
          onChange={(code) => update({ dienst: code || null })}
        />
      </form>
      {ranked.status === 'error' && <ProblemAlert error={ranked.error} />}
      <ResultCount loading={loading} total={result?.total} one={t('scores.countOne')} many={(count) => t('scores.count', { count })} />
      {result && result.items.length === 0 && !loading && <Paragraph>{t('scores.empty')}</Paragraph>}
      {result && result.items.length > 0 && (
        <DataTable
          caption={t('scores.caption', { page: formatNumber(result.page), pages: formatNumber(pages) })}
          testId="scores-table"
          rowTestId="scores-row"
          busy={loading}
          rows={result.items}
          rowKey={(r) => `${r.providerId}:${r.route}`}
          columns={[
            { header: t('scores.rank'), numeric: true, cell: (r) => (r.rank === null ? '—' : formatNumber(r.rank)) },
            { header: t('scores.provider'), rowHeader: true, cell: (r) => <Link to={detail(r)}>{r.providerName ?? r.providerId}</Link> },
            { header: t('score.route'), cell: (r) => t(`route.${r.route as (typeof ROUTES)[number]}`) },
            { header: t('score.measure.completions'), numeric: true, cell: (r) => formatNumber(figure(r, 'completions')?.numerator ?? 0) },
            { header: t('score.measure.successRate'), nowrap: true, cell: (r) => rate(r, 'successRate') },
            { header: t('score.measure.earlyTerminationRate'), nowrap: true, cell: (r) => rate(r, 'earlyTerminationRate') },
            { header: t('score.measure.placementRate'), nowrap: true, cell: (r) => rate(r, 'placementRate') },
            { header: t('score.index'), numeric: true, cell: (r) => (r.caseMix?.index == null ? '—' : formatNumber(Math.round(r.caseMix.index * 100) / 100)) },
          ]}
        />
      )}
      {result && <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />}
    </>
  );
}
