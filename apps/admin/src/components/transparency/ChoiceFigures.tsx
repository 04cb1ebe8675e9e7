import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { ChoicePage } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { pickFramework, useFrameworks } from '../framework/frameworks.js';
import { formatFigure } from './table-text.js';

type Provider = ChoicePage['providers'][number];

/**
 * TR-3: the verified figures of the providers in the public choice set (same choices, same order as the list
 * above): n, success with its interval and satisfaction, in plain Dutch; below 10 nothing is shown (TR-5).
 */
export function ChoiceFigures({ seed }: { seed: string }) {
  const { t, lang, formatNumber } = useI18n();
  const [searchParams] = useSearchParams();
  const frameworks = useFrameworks('public');
  const frameworkId = pickFramework(frameworks.data?.filter((f) => f.status === 'PUBLISHED'), searchParams.get('framework') ?? '')?.id ?? '';
  const query = { frameworkId, lot: searchParams.get('lot') ?? '', region: searchParams.get('region') ?? '', targetGroup: searchParams.get('targetGroup') ?? '', seed };
  const complete = Object.values(query).every(Boolean);
  const page = useApiQuery(`choice-page:${JSON.stringify(query)}`, (signal) => (complete ? unwrap(api.GET('/api/public/choice-page', { params: { query }, signal })) : Promise.resolve(null)));
  if (!page.data || page.data.providers.length === 0) return null;
  const percent = (bp: number | null) => formatFigure('rateBp', bp, formatNumber);
  return (
    <section aria-labelledby="choice-figures" data-testid="choice-figures">
      <Heading2 id="choice-figures">{t('tr.choice.title')}</Heading2>
      <Paragraph>{t('tr.choice.intro')}</Paragraph>
      <DataTable<Provider>
        caption={t('tr.choice.title')}
        rows={page.data.providers}
        rowKey={(p) => p.providerId}
        rowTestId="choice-figure"
        columns={[
          { header: t('tr.league.provider'), rowHeader: true, cell: (p) => p.name },
          { header: t('tr.choice.n'), numeric: true, cell: (p) => (p.n === null ? t('tr.choice.fewer') : formatNumber(p.n)) },
          { header: t('tr.figure.successRateBp'), numeric: true, nowrap: true, cell: (p) => (p.successRateBp === null ? '—' : `${percent(p.successRateBp)} (${percent(p.successLowBp)} – ${percent(p.successHighBp)})`) },
          { header: t('tr.choice.satisfaction'), numeric: true, cell: (p) => (p.satisfaction === null ? '—' : formatNumber(p.satisfaction)) },
          ...(lang === 'nl' ? [{ header: t('tr.choice.summary'), cell: (p: Provider) => p.summaryNl }] : []),
        ]}
      />
    </section>
  );
}
