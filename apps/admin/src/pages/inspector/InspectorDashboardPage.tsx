import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { DashboardTableView } from '../../components/transparency/DashboardTableView.js';
import { useI18n } from '../../i18n/i18n.js';

/** TR-1/TR-6: the inspector's market overview, every table suppressed (TR-5) and downloadable as CSV (TR-4). */
export function InspectorDashboardPage() {
  const { t } = useI18n();
  usePageTitle(t('tr.dashboard.title'));
  const dashboard = useApiQuery('inspector-dashboard', (signal) => unwrap(api.GET('/api/inspector/dashboard', { signal })));
  return (
    <>
      <Heading1>{t('tr.dashboard.title')}</Heading1>
      <Paragraph>{t('tr.dashboard.intro')}</Paragraph>
      {dashboard.status === 'error' && <ProblemAlert error={dashboard.error} />}
      {dashboard.data?.tables.map((table) => <DashboardTableView key={table.id} table={table} csvHref={`/api/public/market/${table.id}/csv`} />)}
    </>
  );
}
