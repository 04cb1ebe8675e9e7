import { Checkbox, FormField, FormLabel, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { ApplicationQuery, ApplicationStatus } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { OverdueMark } from '../../components/framework/ApplicationOverview.js';
import { FrameworkSelect } from '../../components/framework/FrameworkSelect.js';
import { useFrameworks } from '../../components/framework/frameworks.js';
import { StatusTag } from '../../components/framework/StatusTag.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;
const STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED', 'ADMITTED', 'REJECTED', 'WITHDRAWN', 'DRAFT'];

function statusFrom(value: string | null): ApplicationStatus | undefined {
  return STATUSES.find((s) => s === value);
}

/** FW-3: the officers' queue of applications, oldest decision due first, with the reviews past their due date marked. */
export function ReviewQueuePage() {
  const { t, formatNumber, formatDateTime, formatLastDay } = useI18n();
  usePageTitle(t('review.queueTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFrom(searchParams.get('status'));
  const overdue = searchParams.get('overdue') === '1';
  const frameworkId = searchParams.get('framework') ?? '';
  const page = positiveInt(searchParams.get('page'), 1);
  const frameworks = useFrameworks('signedIn');
  const services = useCodeList('services');

  const query: ApplicationQuery = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}), ...(overdue ? { overdue: true } : {}), ...(frameworkId ? { frameworkId } : {}) };
  const queue = useApiQuery(`review-queue:${JSON.stringify(query)}`, (signal) => unwrap(api.GET('/api/applications', { params: { query }, signal })));
  const result = queue.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const loading = queue.status === 'loading';
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, { ...changes, page: null }));

  return (
    <>
      <Heading1>{t('review.queueTitle')}</Heading1>
      <Paragraph>{t('review.queueIntro')}</Paragraph>
      <form role="search" aria-label={t('review.filters')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        <CodeSelect
          id="queue-status"
          className="rim-filters__region"
          label={t('application.status')}
          options={STATUSES.map((s) => ({ code: s, label: t(`applicationStatus.${s}`) }))}
          emptyLabel={t('review.allStatuses')}
          value={status ?? ''}
          onChange={(code) => update({ status: code })}
        />
        {frameworks.data && (
          <FrameworkSelect id="queue-framework" className="rim-filters__region" allowAll frameworks={frameworks.data} value={frameworkId} onChange={(id) => update({ framework: id })} />
        )}
        <FormField
          type="checkbox"
          className="rim-filters__reset"
          label={
            <FormLabel htmlFor="queue-overdue" type="checkbox" checked={overdue}>
              {t('review.overdueOnly')}
            </FormLabel>
          }
          input={<Checkbox id="queue-overdue" checked={overdue} onChange={(event) => update({ overdue: event.target.checked ? '1' : null })} />}
        />
      </form>
      {queue.status === 'error' && <ProblemAlert error={queue.error} />}
      <ResultCount loading={loading} total={result?.total} one={t('review.countOne')} many={(count) => t('review.count', { count })} />
      {result && result.items.length === 0 && !loading && <Paragraph data-testid="queue-empty">{t('review.empty')}</Paragraph>}
      {result && result.items.length > 0 && (
        <DataTable
          caption={t('review.caption', { page: formatNumber(result.page), pages: formatNumber(pages) })}
          testId="review-queue-table"
          busy={loading}
          rowTestId="queue-row"
          rowData={(a) => ({ kvk: a.kvkNumber, overdue: String(a.overdue) })}
          rowClassName={(a) => (a.overdue ? 'rim-row--overdue' : undefined)}
          rows={result.items}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t('application.provider'),
              rowHeader: true,
              cell: (a) => (
                <Link to={`/beoordelen/${a.id}`} className="utrecht-link utrecht-link--html-a">
                  {a.providerName}
                </Link>
              ),
            },
            { header: t('register.col.kvk'), nowrap: true, cell: (a) => a.kvkNumber },
            { header: t('framework.lot'), cell: (a) => services.label(a.lot) },
            { header: t('application.status'), cell: (a) => <StatusTag kind="application" status={a.status} /> },
            { header: t('application.submittedAt'), cell: (a) => (a.submittedAt ? formatDateTime(a.submittedAt) : '—') },
            {
              header: t('application.decisionDueAt'),
              sort: 'ascending',
              cell: (a) => (
                <>
                  {a.decisionDueAt ? formatLastDay(a.decisionDueAt) : '—'}
                  {a.overdue && <OverdueMark />}
                </>
              ),
            },
          ]}
        />
      )}
      {result && <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />}
    </>
  );
}
