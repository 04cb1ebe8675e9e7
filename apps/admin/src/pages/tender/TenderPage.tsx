import { Permission } from '@rim/contracts';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../auth/guards.js';
import { hasPermission, useSessionUser } from '../../auth/auth.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { AwardReport } from '../../components/tender/officer/AwardReport.js';
import { EvaluationPanel } from '../../components/tender/officer/EvaluationPanel.js';
import { SelectionPanel } from '../../components/tender/officer/SelectionPanel.js';
import { ContractsPanel, ObjectionsPanel } from '../../components/tender/officer/StandstillPanels.js';
import { TenderActions } from '../../components/tender/officer/TenderActions.js';
import { WeightSimulationPanel } from '../../components/tender/officer/WeightSimulationPanel.js';
import { LotsTable, TenderFacts } from '../../components/tender/TenderFacts.js';
import { TenderStatusTag, TenderTimeline } from '../../components/tender/TenderStatus.js';
import { reached, useTender } from '../../components/tender/tenders.js';
import { useI18n } from '../../i18n/i18n.js';

/** One tender: where it stands (TD-9), its terms, and for officers what can be done now and each phase's work. */
export function TenderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useSessionUser();
  const tender = useTender(id);
  usePageTitle(tender.data?.name ?? t('tenders.title'));
  if (!tender.data) return tender.status === 'error' ? <ProblemAlert error={tender.error} /> : <Loading />;
  const x = tender.data;
  const manager = hasPermission(user, Permission.TenderManage);
  const status = x.status;
  return (
    <>
      <Heading1>{x.name}</Heading1>
      <Paragraph>
        <TenderStatusTag status={status} />
      </Paragraph>
      {tender.status === 'error' && <ProblemAlert error={tender.error} />}
      <TenderTimeline status={status} />
      {hasPermission(user, Permission.TenderBid) && (
        <Paragraph>
          <Link to={`/inschrijven/${x.id}`} className="utrecht-link utrecht-link--html-a">
            {t('tenders.toBidding')}
          </Link>
        </Paragraph>
      )}
      {manager && <TenderActions tender={x} onChanged={tender.reload} />}
      {manager && status === 'DRAFT' && <WeightSimulationPanel tender={x} />}
      {manager && reached(status, 'SELECTION') && <SelectionPanel tender={x} />}
      {manager && reached(status, 'OPENED') && <EvaluationPanel tender={x} />}
      {manager && reached(status, 'AWARD_DECIDED') && <AwardReport tender={x} />}
      {manager && reached(status, 'STANDSTILL') && <ObjectionsPanel tender={x} />}
      {manager && status === 'CONTRACTED' && <ContractsPanel tender={x} />}
      <section aria-labelledby="tender-terms-title">
        <Heading2 id="tender-terms-title">{t('tender.terms')}</Heading2>
        <TenderFacts tender={x} />
        <LotsTable tender={x} />
      </section>
    </>
  );
}
