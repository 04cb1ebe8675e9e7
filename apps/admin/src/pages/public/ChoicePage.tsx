import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ChoiceSetFinder } from '../../components/framework/ChoiceSetFinder.js';
import { PublicLayout } from '../../components/Layout.js';
import { ChoiceFigures } from '../../components/transparency/ChoiceFigures.js';
import { usePageTitle } from '../../components/page-title.js';
import { withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

function randomSeed(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The public client-choice page (FW-7). Each visit gets its own random order, so no provider is always on top;
 * the seed sits in the URL, so a reload or a shared link shows the same order.
 */
export function ChoicePage() {
  const { t } = useI18n();
  usePageTitle(t('choice.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const seed = searchParams.get('seed') ?? '';
  useEffect(() => {
    if (!seed) setSearchParams((current) => withParams(current, { seed: randomSeed() }), { replace: true });
  }, [seed, setSearchParams]);

  return (
    <PublicLayout>
      <Heading1>{t('choice.title')}</Heading1>
      <Paragraph>{t('choice.intro')}</Paragraph>
      <ChoiceSetFinder source="public" seed={seed} />
      <ChoiceFigures seed={seed} />
    </PublicLayout>
  );
}
