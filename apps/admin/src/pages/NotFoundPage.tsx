import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title.js';
import { useI18n } from '../i18n/i18n.js';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('page.notFound.title'));
  return (
    <>
      <Heading1>{t('page.notFound.title')}</Heading1>
      <Paragraph>{t('page.notFound.body')}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link utrecht-link--html-a">
          {t('page.backHome')}
        </Link>
      </Paragraph>
    </>
  );
}
