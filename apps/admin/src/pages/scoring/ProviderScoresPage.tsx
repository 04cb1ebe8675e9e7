import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useSessionUser } from '../../auth/auth.js';
import { Loading } from '../../auth/guards.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { CaseMixTable, MeasuresTable } from '../../components/scoring/ScoreFigures.js';
import { PeriodSelect } from '../../components/scoring/PeriodSelect.js';
import { withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const BREAKDOWNS = ['benefitType', 'region'] as const;

/**
 * SC-2 … SC-5: a provider's scores per service with n, 95% interval, provisional marks and how each figure is
 * computed, and the case-mix index (SC-4). The provider's own page (`/mijn-prestaties`), or any provider's for
 * officers and inspectors (`/prestaties/:providerId`).
 */
export function ProviderScoresPage() {
  const { t, formatDate } = useI18n();
  const user = useSessionUser();
  const params = useParams();
  const providerId = params.providerId ?? user.organisationId;
  const own = providerId === user.organisationId;
  const [searchParams, setSearchParams] = useSearchParams();
  const period = searchParams.get('periode') ?? '';
  const breakdown = BREAKDOWNS.find((b) => b === searchParams.get('uitsplitsing'));
  const name = searchParams.get('naam');
  const title = own ? t('myScores.title') : t('scores.detailTitle', { name: name || providerId });
  usePageTitle(title);
  const query = { ...(period ? { period } : {}), ...(breakdown ? { breakdown } : {}) };
  const scores = useApiQuery(`scores:${providerId}:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/scores/providers/{providerId}', { params: { path: { providerId }, query }, signal })));
  const data = scores.data;
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, changes));

  return (
    <>
      <Heading1>{title}</Heading1>
      {own && <Paragraph>{t('myScores.intro')}</Paragraph>}
      <form role="search" aria-label={t('score.period')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        <PeriodSelect id="scores-period" value={period} onChange={(code) => update({ periode: code || null })} />
        <CodeSelect
          id="scores-breakdown"
          className="rim-filters__region"
          label={t('score.breakdown')}
          options={BREAKDOWNS.map((b) => ({ code: b, label: t(`score.breakdown.${b}`) }))}
          emptyLabel={t('score.breakdownNone')}
          value={breakdown ?? ''}
          onChange={(code) => update({ uitsplitsing: code || null })}
        />
      </form>
      {scores.status === 'error' && <ProblemAlert error={scores.error} />}
      {scores.status === 'loading' && !data && <Loading />}
      {data && (
        <>
          <Paragraph className="rim-muted" data-testid="scores-as-of">
            {t('score.asOf', { date: formatDate(data.asOf), from: formatDate(data.period.from), to: formatDate(data.period.to) })}
          </Paragraph>
          {!data.scored && <Paragraph data-testid="scores-not-scored">{t('score.notScored')}</Paragraph>}
          {data.groups.map((group) => (
            <MeasuresTable key={`${group.route}:${group.group ?? ''}`} group={group} testId={`scores-${group.route}`} />
          ))}
          <CaseMixTable rows={data.caseMix} />
        </>
      )}
    </>
  );
}
