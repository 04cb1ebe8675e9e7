import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { ProviderDrillDown } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { DashboardTableView } from '../../components/transparency/DashboardTableView.js';
import { RedFlagList } from '../../components/transparency/RedFlagList.js';
import { messageOr, useI18n } from '../../i18n/i18n.js';

type Participation = ProviderDrillDown['participations'][number];

/** TR-1: one provider: its framework participations, its own suppressed tables and the red flags about it. */
export function ProviderDrillDownPage() {
  const { providerId = '' } = useParams();
  const { t, formatDate } = useI18n();
  const provider = useApiQuery(`drill-down:${providerId}`, (signal) => unwrap(api.GET('/api/inspector/providers/{providerId}', { params: { path: { providerId } }, signal })));
  usePageTitle(provider.data ? t('tr.provider.title', { name: provider.data.name }) : null);
  return (
    <>
      {provider.status === 'error' && <ProblemAlert error={provider.error} />}
      {provider.data && (
        <>
          <Heading1>{t('tr.provider.title', { name: provider.data.name })}</Heading1>
          <Heading2>{t('tr.provider.participations')}</Heading2>
          {provider.data.participations.length === 0 ? <Paragraph>—</Paragraph> : (
            <DataTable<Participation>
              caption={t('tr.provider.participations')}
              rows={provider.data.participations}
              rowKey={(p) => `${p.frameworkName}:${p.lot}`}
              columns={[
                { header: t('tr.provider.framework'), rowHeader: true, cell: (p) => p.frameworkName },
                { header: t('tr.provider.lot'), cell: (p) => messageOr(t, `route.${p.lot}`, p.lot) },
                { header: t('tr.provider.status'), cell: (p) => messageOr(t, `participationStatus.${p.status}`, p.status) },
                { header: t('tr.provider.admittedOn'), cell: (p) => (p.admittedOn ? formatDate(p.admittedOn) : '—') },
              ]}
            />
          )}
          {provider.data.tables.map((table) => <DashboardTableView key={table.id} table={table} />)}
          <Heading2>{t('tr.provider.flags')}</Heading2>
          <RedFlagList providerId={providerId} />
        </>
      )}
    </>
  );
}
