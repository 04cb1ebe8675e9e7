import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { ROUTES } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { DashboardTableView } from '../../components/transparency/DashboardTableView.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;

/** TR-1: one service's league table, ranked by the case-mix index, with intervals; suppression and ranks are the whole table's. */
export function LeaguePage() {
  const { t } = useI18n();
  usePageTitle(t('nav.league'));
  const [searchParams, setSearchParams] = useSearchParams();
  const page = positiveInt(searchParams.get('page'), 1);
  const route = ROUTES.find((r) => r === searchParams.get('dienst')) ?? 'WERKFIT';
  const league = useApiQuery(`league:${route}:${page}`, (signal) => unwrap(api.GET('/api/inspector/league', { params: { query: { route, page, pageSize: PAGE_SIZE } }, signal })));
  const pages = league.data ? Math.max(1, Math.ceil(league.data.totalRows / PAGE_SIZE)) : 1;
  return (
    <>
      <Heading1>{t('nav.league')}</Heading1>
      <Paragraph>{t('tr.league.intro')}</Paragraph>
      <form role="search" aria-label={t('score.route')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        <CodeSelect
          id="league-route"
          label={t('score.route')}
          options={ROUTES.map((r) => ({ code: r, label: t(`route.${r}`) }))}
          value={route}
          onChange={(code) => setSearchParams((current) => withParams(current, { dienst: code || null, page: null }))}
        />
      </form>
      {league.status === 'error' && <ProblemAlert error={league.error} />}
      {league.data && (
        <DashboardTableView table={league.data.table} chart={false} rowName={(row) => <Link to={`/inspectie/aanbieders/${row.key}`}>{row.label}</Link>} />
      )}
      <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />
    </>
  );
}
