import { Heading1, Heading2, Link as DesignLink, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { PublicLayout } from '../../components/Layout.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { DashboardTableView } from '../../components/transparency/DashboardTableView.js';
import { useI18n } from '../../i18n/i18n.js';

/** TR-3/TR-4/TR-6: the market's figures for everyone (suppressed alike), the OCDS downloads and a CSV per table. */
export function MarketPage() {
  const { t } = useI18n();
  usePageTitle(t('tr.market.title'));
  const market = useApiQuery('public-market', (signal) => unwrap(api.GET('/api/public/market', { signal })));
  return (
    <PublicLayout>
      <Heading1>{t('tr.market.title')}</Heading1>
      <Paragraph>{t('tr.market.intro')}</Paragraph>
      <Heading2>{t('tr.market.ocds')}</Heading2>
      <UnorderedList>
        <UnorderedListItem><DesignLink href="/api/public/ocds/export">{t('tr.market.ocdsExport')}</DesignLink></UnorderedListItem>
        <UnorderedListItem><DesignLink href="/api/public/ocds/releases?limit=100">{t('tr.market.ocdsFeed')}</DesignLink></UnorderedListItem>
      </UnorderedList>
      {market.status === 'error' && <ProblemAlert error={market.error} />}
      {market.data?.tables.map((table) => <DashboardTableView key={table.id} table={table} csvHref={`/api/public/market/${table.id}/csv`} />)}
    </PublicLayout>
  );
}
