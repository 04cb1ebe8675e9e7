import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { ChoiceSet, ChoiceSetItem } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';
import { FactList } from '../FactList.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { withParams } from '../search-params.js';
import { FrameworkSelect } from './FrameworkSelect.js';
import { pickFramework, useFrameworks } from './frameworks.js';

interface ChoiceSetFinderProps {
  /** The public endpoint (no login) or the coaches' one. */
  source: 'public' | 'signedIn';
  /** What seeds the order: the client case reference (coach) or a random one per visit (public). Kept in the URL. */
  seed: string;
  /** Extra fields above the three choices (the coach's case reference). */
  children?: ReactNode;
}

function ProviderFacts({ item }: { item: ChoiceSetItem }) {
  const { t, formatNumber, formatDate } = useI18n();
  const facts: Array<[MessageKey, string]> = [
    ['choice.fact.kvk', item.kvkNumber],
    ['choice.fact.city', item.city ?? t('choice.unknown')],
    ['choice.fact.locations', item.locations.length ? item.locations.map((l) => `${l.city} (${l.postcode})`).join(', ') : t('choice.unknown')],
    ['choice.fact.freeCapacity', formatNumber(item.freeCapacity)],
    ['choice.fact.admittedSince', formatDate(item.admittedSince)],
    ['choice.fact.quality', item.qualityCertificateValidUntil ? t('choice.validUntil', { date: formatDate(item.qualityCertificateValidUntil) }) : t('choice.unknown')],
  ];
  return <FactList facts={facts.map(([key, value]) => [t(key), value] as const)} />;
}

function ChoiceSetList({ choiceSet }: { choiceSet: ChoiceSet }) {
  const { t, formatNumber } = useI18n();
  return (
    <section aria-labelledby="choice-providers" data-testid="choice-set" data-seed={choiceSet.seed}>
      <Heading2 id="choice-providers">{t('choice.providers', { count: formatNumber(choiceSet.items.length) })}</Heading2>
      <Alert type="info" data-testid="choice-order-note">
        <Paragraph>{choiceSet.order === 'RANDOMISED' ? t('choice.randomNote') : t('choice.alphabeticalNote')}</Paragraph>
        <Paragraph>{t('choice.sameFactsNote')}</Paragraph>
      </Alert>
      {choiceSet.items.length === 0 ? (
        <Paragraph data-testid="choice-empty">{t('choice.empty')}</Paragraph>
      ) : (
        // A plain list, not a numbered one: the position is no ranking (FW-7).
        <ul className="rim-card-list" data-testid="choice-list">
          {choiceSet.items.map((item) => (
            <li key={item.providerId} className="rim-card" data-testid="choice-item" data-kvk={item.kvkNumber}>
              <Heading3>{item.name}</Heading3>
              <ProviderFacts item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * FW-7 / FW-8: a client picks a lot, region and target group and sees every provider that can take them on, in a
 * random order reproducible from the seed, with the same verified facts for each. The choices live in the URL.
 */
export function ChoiceSetFinder({ source, seed, children }: ChoiceSetFinderProps) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const lot = searchParams.get('lot') ?? '';
  const region = searchParams.get('region') ?? '';
  const targetGroup = searchParams.get('targetGroup') ?? '';
  const frameworks = useFrameworks(source);
  const published = frameworks.data?.filter((f) => f.status === 'PUBLISHED');
  const framework = pickFramework(published, searchParams.get('framework') ?? '');
  const regions = useCodeList('regions', { sortByLabel: true });
  const targetGroups = useCodeList('target-groups');
  const services = useCodeList('services');

  const frameworkId = framework?.id ?? '';
  const complete = Boolean(frameworkId && lot && region && targetGroup && seed);
  const query = { lot, region, targetGroup, seed };
  const choiceSet = useApiQuery(`choice-set:${source}:${frameworkId}:${JSON.stringify(query)}`, async (signal) => {
    if (!complete) return null;
    const params = { path: { id: frameworkId }, query };
    return source === 'public'
      ? unwrap(api.GET('/api/public/frameworks/{id}/choice-set', { params, signal }))
      : unwrap(api.GET('/api/frameworks/{id}/choice-set', { params, signal }));
  });
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, changes), { replace: true });

  return (
    <>
      {frameworks.status === 'error' && <ProblemAlert error={frameworks.error} />}
      {published?.length === 0 && <Paragraph>{t('framework.noneOpen')}</Paragraph>}
      <form aria-label={t('choice.filters')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        {children}
        {framework && published && (
          <FrameworkSelect id="choice-framework" className="rim-filters__region" frameworks={published} value={framework.id} onChange={(id) => update({ framework: id, lot: null })} />
        )}
        <CodeSelect
          id="choice-lot"
          className="rim-filters__region"
          label={t('framework.lot')}
          options={(framework?.terms.lots ?? []).map((l) => ({ code: l.lot, label: services.label(l.lot) }))}
          emptyLabel={t('form.chooseOption')}
          value={lot}
          onChange={(code) => update({ lot: code })}
        />
        <CodeSelect
          id="choice-region"
          className="rim-filters__region"
          label={t('choice.region')}
          options={regions.options}
          busy={regions.loading}
          emptyLabel={t('form.chooseOption')}
          value={region}
          onChange={(code) => update({ region: code })}
        />
        <CodeSelect
          id="choice-targetGroup"
          className="rim-filters__region"
          label={t('choice.targetGroup')}
          description={t('targetGroups.illustrative')}
          options={targetGroups.options}
          busy={targetGroups.loading}
          emptyLabel={t('form.chooseOption')}
          value={targetGroup}
          onChange={(code) => update({ targetGroup: code })}
        />
      </form>
      {!complete && <Paragraph data-testid="choice-incomplete">{t('choice.chooseAll')}</Paragraph>}
      {choiceSet.status === 'error' && <ProblemAlert error={choiceSet.error} />}
      {choiceSet.status === 'loading' && complete && (
        <p className="rim-loading" role="status">
          {t('a11y.loading')}
        </p>
      )}
      {complete && choiceSet.status === 'success' && choiceSet.data && <ChoiceSetList choiceSet={choiceSet.data} />}
    </>
  );
}
