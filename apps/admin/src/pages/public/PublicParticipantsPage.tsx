import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { FrameworkSelect } from '../../components/framework/FrameworkSelect.js';
import { pickFramework, useFrameworks } from '../../components/framework/frameworks.js';
import { PublicLayout } from '../../components/Layout.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;

/** TR-3 / FW-4: who takes part in an open framework, per lot and region, for anyone to see. */
export function PublicParticipantsPage() {
  const { t, formatNumber, formatDate } = useI18n();
  usePageTitle(t('publicParticipants.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const lot = searchParams.get('lot') ?? '';
  const region = searchParams.get('region') ?? '';
  const page = positiveInt(searchParams.get('page'), 1);
  const frameworks = useFrameworks('public');
  const framework = pickFramework(frameworks.data, searchParams.get('framework') ?? '');
  const regions = useCodeList('regions', { sortByLabel: true });
  const services = useCodeList('services');

  const query = { page, pageSize: PAGE_SIZE, ...(lot ? { lot } : {}), ...(region ? { region } : {}) };
  const frameworkId = framework?.id ?? '';
  const participants = useApiQuery(`public-participants:${frameworkId}:${JSON.stringify(query)}`, async (signal) =>
    frameworkId ? unwrap(api.GET('/api/public/frameworks/{id}/participants', { params: { path: { id: frameworkId }, query }, signal })) : null,
  );
  const result = participants.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const loading = participants.status === 'loading';
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, { ...changes, page: null }));

  return (
    <PublicLayout>
      <Heading1>{t('publicParticipants.title')}</Heading1>
      <Paragraph>{t('publicParticipants.intro')}</Paragraph>
      {frameworks.status === 'error' && <ProblemAlert error={frameworks.error} />}
      {frameworks.data?.length === 0 && <Paragraph>{t('framework.noneOpen')}</Paragraph>}
      {framework && (
        <form role="search" aria-label={t('publicParticipants.filters')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
          <FrameworkSelect id="participants-framework" className="rim-filters__region" frameworks={frameworks.data ?? []} value={framework.id} onChange={(id) => update({ framework: id, lot: null })} />
          <CodeSelect
            id="participants-lot"
            className="rim-filters__region"
            label={t('framework.lot')}
            options={framework.terms.lots.map((l) => ({ code: l.lot, label: services.label(l.lot) }))}
            emptyLabel={t('framework.allLots')}
            value={lot}
            onChange={(code) => update({ lot: code })}
          />
          <CodeSelect
            id="participants-region"
            className="rim-filters__region"
            label={t('register.region')}
            options={regions.options}
            busy={regions.loading}
            emptyLabel={t('register.allRegions')}
            value={region}
            onChange={(code) => update({ region: code })}
          />
        </form>
      )}
      {participants.status === 'error' && <ProblemAlert error={participants.error} />}
      <ResultCount loading={loading} total={result?.total} one={t('publicParticipants.countOne')} many={(count) => t('publicParticipants.count', { count })} />
      {result && result.items.length === 0 && !loading && <Paragraph data-testid="participants-empty">{t('publicParticipants.empty')}</Paragraph>}
      {result && result.items.length > 0 && (
        <DataTable
          caption={t('publicParticipants.caption', { framework: framework?.name ?? '', page: formatNumber(result.page), pages: formatNumber(pages) })}
          testId="public-participants-table"
          busy={loading}
          rowTestId="public-participant-row"
          rows={result.items}
          rowKey={(p) => `${p.kvkNumber}:${p.lot}`}
          columns={[
            { header: t('register.col.name'), rowHeader: true, cell: (p) => p.providerName },
            { header: t('register.col.kvk'), nowrap: true, cell: (p) => p.kvkNumber },
            { header: t('framework.lot'), cell: (p) => services.label(p.lot) },
            { header: t('publicParticipants.col.regions'), cell: (p) => p.regions.map((code) => regions.label(code)).join(', ') },
            { header: t('publicParticipants.col.since'), nowrap: true, cell: (p) => formatDate(p.admittedSince) },
          ]}
        />
      )}
      {result && <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />}
    </PublicLayout>
  );
}
