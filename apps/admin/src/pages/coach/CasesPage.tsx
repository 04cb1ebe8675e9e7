import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { DataTable } from '../../components/DataTable.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useTrajectoryFormat } from '../../components/trajectory/format.js';
import { TrajectoryStatusTag } from '../../components/trajectory/TrajectoryStatus.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;

/** "Mijn cliënten": the coach's own cases, newest first, each with its latest trajectory; and a new case. */
export function CasesPage() {
  const { t, formatDate } = useI18n();
  const format = useTrajectoryFormat();
  usePageTitle(t('cases.title'));
  const [searchParams] = useSearchParams();
  const page = positiveInt(searchParams.get('page'), 1);
  const cases = useApiQuery(`cases:${page}`, (signal) => unwrap(api.GET('/api/cases', { params: { query: { page, pageSize: PAGE_SIZE } }, signal })));
  return (
    <>
      <Heading1>{t('cases.title')}</Heading1>
      <Paragraph>
        <Link to="/clienten/nieuw" className="utrecht-link utrecht-link--html-a" data-testid="new-case-link">
          {t('case.new')}
        </Link>
      </Paragraph>
      {cases.status === 'error' && <ProblemAlert error={cases.error} />}
      {!cases.data && cases.status === 'loading' && <Loading />}
      {cases.data && cases.data.items.length === 0 && <Paragraph>{t('cases.none')}</Paragraph>}
      {cases.data && cases.data.items.length > 0 && (
        <>
          <DataTable
            caption={t('cases.title')}
            testId="cases"
            rowTestId="case-row"
            rowData={(c) => ({ id: c.id, status: c.status ?? '' })}
            rows={cases.data.items}
            rowKey={(c) => c.id}
            busy={cases.status === 'loading'}
            columns={[
              {
                header: t('trajectories.col.client'),
                rowHeader: true,
                cell: (c) => (
                  <Link to={`/clienten/${c.id}`} className="utrecht-link utrecht-link--html-a">
                    {t('trajectories.clientName', { benefit: format.code('benefit-types', c.benefitType), region: format.code('regions', c.region) })}
                  </Link>
                ),
              },
              { header: t('case.createdAt'), nowrap: true, cell: (c) => formatDate(c.createdAt) },
              { header: t('trajectory.route'), cell: (c) => (c.route ? format.route(c.route) : '') },
              { header: t('cases.col.provider'), cell: (c) => c.providerName ?? '' },
              { header: t('trajectories.col.status'), cell: (c) => (c.status ? <TrajectoryStatusTag status={c.status} /> : t('cases.noTrajectory')) },
            ]}
          />
          <Pagination page={page} pages={Math.max(1, Math.ceil(cases.data.total / PAGE_SIZE))} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />
        </>
      )}
    </>
  );
}
