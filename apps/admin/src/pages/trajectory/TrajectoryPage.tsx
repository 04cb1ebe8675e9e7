import { Permission } from '@rim/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { hasPermission, useSessionUser } from '../../auth/auth.js';
import { Loading } from '../../auth/guards.js';
import { usePageTitle } from '../../components/page-title.js';
import { FactList } from '../../components/FactList.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ExecutionPanel } from '../../components/trajectory/execution/ExecutionPanel.js';
import { EndForm } from '../../components/trajectory/EndForm.js';
import { EndReportForm } from '../../components/trajectory/EndReportForm.js';
import { EndReportReviewForm } from '../../components/trajectory/EndReportReviewForm.js';
import { EndReportView } from '../../components/trajectory/EndReportView.js';
import { useTrajectoryFormat } from '../../components/trajectory/format.js';
import { PaymentsTable } from '../../components/trajectory/PaymentsTable.js';
import { PlanForm } from '../../components/trajectory/PlanForm.js';
import { PlanReviewForm } from '../../components/trajectory/PlanReviewForm.js';
import { PlanVersions } from '../../components/trajectory/PlanVersions.js';
import { PurchaseOrderForm } from '../../components/trajectory/PurchaseOrderForm.js';
import { ORDERED_STATES, REPORTED_STATES, useTrajectory } from '../../components/trajectory/trajectories.js';
import { TrajectoryStatusTag } from '../../components/trajectory/TrajectoryStatus.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

/**
 * One trajectory (IC-5 … IC-10) for the coach and the provider alike: where it stands, the plan versions, and the step
 * that is now the viewer's: the provider writes the plan, ends and reports; the coach reviews, orders and approves.
 */
export function TrajectoryPage() {
  const { id = '' } = useParams();
  const { t, formatNumber, formatDate } = useI18n();
  const user = useSessionUser();
  const format = useTrajectoryFormat();
  const trajectory = useTrajectory(id);
  usePageTitle(t('trajectory.title'));
  if (!trajectory.data) return trajectory.status === 'error' ? <ProblemAlert error={trajectory.error} /> : <Loading />;
  const x = trajectory.data;
  const coach = hasPermission(user, Permission.CaseManage);
  const provider = hasPermission(user, Permission.TrajectoryWriteOwn);
  const status = x.status;
  const dated = (rows: Array<[MessageKey, string | null]>): Array<[MessageKey, string]> => rows.flatMap(([key, date]) => (date ? [[key, formatDate(date)] as [MessageKey, string]] : []));
  const facts: Array<[MessageKey, string]> = [
    ['trajectory.route', format.route(x.route)],
    ['trajectory.provider', x.providerName],
    ['case.benefitType', format.code('benefit-types', x.client.benefitType)],
    ['case.targetGroup', format.code('target-groups', x.client.targetGroup)],
    ['case.region', format.code('regions', x.client.region)],
    ['case.hoursPerWeek', formatNumber(x.client.hoursPerWeek)],
    ...dated([
      ['trajectory.startedOn', x.startedOn],
      ['trajectory.endedOn', x.endedOn],
      ['trajectory.endReportDue', status === 'ENDED' || status === 'END_REPORT_RETURNED' ? x.endReportDue : null],
    ]),
    ...(x.endReason ? [['trajectory.endReason', format.code('end-reasons', x.endReason)] as [MessageKey, string]] : []),
    ...(x.placementJudgement ? [['trajectory.judgement', t(x.placementJudgement === 'SUCCESS' ? 'trajectory.judgement.SUCCESS' : 'trajectory.judgement.NO_SUCCESS')] as [MessageKey, string]] : []),
  ];
  const step = { trajectory: x, onSaved: trajectory.reload };
  return (
    <>
      <Heading1>{t('trajectory.heading', { route: format.route(x.route) })}</Heading1>
      <Paragraph>
        <TrajectoryStatusTag status={status} />
      </Paragraph>
      {trajectory.status === 'error' && <ProblemAlert error={trajectory.error} />}
      {coach && (
        <Paragraph>
          <Link to={`/clienten/${x.caseId}`} className="utrecht-link utrecht-link--html-a">
            {t('trajectory.toCase')}
          </Link>
        </Paragraph>
      )}
      <FactList testId="trajectory-facts" facts={facts.map(([key, value]) => [t(key), value] as const)} />
      {provider && (status === 'PLAN_REQUESTED' || status === 'CHANGES_REQUESTED') && <PlanForm key={x.version} {...step} />}
      {coach && (status === 'PLAN_SUBMITTED' || status === 'AWAITING_SECOND_APPROVAL' || status === 'ADJUSTMENT_SUBMITTED') && <PlanReviewForm key={x.version} {...step} />}
      {coach && status === 'APPROVED' && <PurchaseOrderForm {...step} />}
      {REPORTED_STATES.includes(status) && <EndReportView trajectoryId={x.id} version={x.version} />}
      {provider && (status === 'ENDED' || status === 'END_REPORT_RETURNED') && <EndReportForm key={x.version} {...step} />}
      {coach && status === 'END_REPORT_SUBMITTED' && <EndReportReviewForm {...step} />}
      {ORDERED_STATES.includes(status) && <ExecutionPanel trajectory={x} onChanged={trajectory.reload} />}
      {provider && status === 'ORDERED' && <EndForm {...step} />}
      <PlanVersions plans={x.plans} />
      {provider && status === 'ORDERED' && (
        <details className="rim-details" data-testid="adjustment">
          <summary>{t('plan.form.adjust')}</summary>
          <PlanForm key={x.version} {...step} />
        </details>
      )}
      {ORDERED_STATES.includes(status) && <PaymentsTable trajectoryId={x.id} version={x.version} />}
    </>
  );
}
