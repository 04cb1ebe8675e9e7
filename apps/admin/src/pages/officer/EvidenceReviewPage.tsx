import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { EvidenceReview } from '../../components/framework/EvidenceReview.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n } from '../../i18n/i18n.js';

/** FW-5: a provider's evidence documents for an officer to check, renewed certificates among them. */
export function EvidenceReviewPage() {
  const { organisationId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('evidenceReview.title'));
  return (
    <>
      <Paragraph>
        <Link to="/deelnemers" className="utrecht-link utrecht-link--html-a">
          {t('evidenceReview.back')}
        </Link>
      </Paragraph>
      <Heading1>{t('evidenceReview.title')}</Heading1>
      <Paragraph>{t('evidenceReview.intro')}</Paragraph>
      <EvidenceReview organisationId={organisationId} title={t('evidenceReview.documents')} />
    </>
  );
}
