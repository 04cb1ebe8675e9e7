import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '../../components/page-title.js';
import { TrajectoryTable } from '../../components/trajectory/TrajectoryTable.js';
import { useI18n } from '../../i18n/i18n.js';

/** The provider's "Opdrachten": plan requests and purchase orders, newest first. */
export function TrajectoriesPage() {
  const { t } = useI18n();
  usePageTitle(t('trajectories.title'));
  return (
    <>
      <Heading1>{t('trajectories.title')}</Heading1>
      <Paragraph>{t('trajectories.intro')}</Paragraph>
      <TrajectoryTable />
    </>
  );
}
