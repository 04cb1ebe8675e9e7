import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { WorkPlan } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { DataTable } from '../../components/DataTable.js';
import { usePageTitle } from '../../components/page-title.js';
import { FactList } from '../../components/FactList.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CaseIdentity } from '../../components/trajectory/coach/CaseIdentity.js';
import { ProviderChoiceForm } from '../../components/trajectory/coach/ProviderChoiceForm.js';
import { WorkPlanForm } from '../../components/trajectory/coach/WorkPlanForm.js';
import { useTrajectoryFormat } from '../../components/trajectory/format.js';
import { useTrajectories } from '../../components/trajectory/trajectories.js';
import { TrajectoryStatusTag } from '../../components/trajectory/TrajectoryStatus.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

/** A client case (IC-1) with its work plan (IC-2), the provider choice (IC-3) and the trajectories that followed. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, formatNumber, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const format = useTrajectoryFormat();
  const clientCase = useApiQuery(`case:${id}`, (signal) => unwrap(api.GET('/api/cases/{id}', { params: { path: { id } }, signal })));
  const trajectories = useTrajectories();
  const [saved, setSaved] = useState<WorkPlan | null>(null);
  usePageTitle(t('case.title'));
  if (!clientCase.data) return clientCase.status === 'error' ? <ProblemAlert error={clientCase.error} /> : <Loading />;
  const c = clientCase.data;
  const own = (trajectories.data ?? []).filter((x) => x.caseId === id);
  const workPlan = c.workPlan;
  const facts: Array<[MessageKey, string]> = [
    ['case.benefitType', format.code('benefit-types', c.benefitType)],
    ['case.targetGroup', format.code('target-groups', c.targetGroup)],
    ['case.region', format.code('regions', c.region)],
    ['case.distance', String(c.distanceToLabourMarket)],
    ['case.ageBand', c.ageBand],
    ['case.hoursPerWeek', formatNumber(c.hoursPerWeek)],
    ['case.barriers', c.barriers.length ? c.barriers.join(', ') : '—'],
    ['case.createdAt', formatDateTime(c.createdAt)],
  ];
  return (
    <>
      <Heading1>{t('case.title')}</Heading1>
      {c.returningClient && (
        <Alert type="info" data-testid="case-returning">
          <Paragraph>{t('case.returning')}</Paragraph>
        </Alert>
      )}
      <FactList testId="case-facts" facts={facts.map(([key, value]) => [t(key), value] as const)} />
      <CaseIdentity caseId={id} />
      {own.length > 0 && (
        <section aria-labelledby="case-trajectories-title">
          <Heading2 id="case-trajectories-title">{t('case.trajectories')}</Heading2>
          <DataTable
            caption={t('case.trajectories')}
            testId="case-trajectories"
            rowTestId="case-trajectory"
            rowData={(x) => ({ status: x.status })}
            rows={own}
            rowKey={(x) => x.id}
            columns={[
              {
                header: t('trajectory.route'),
                rowHeader: true,
                cell: (x) => (
                  <Link to={`/trajecten/${x.id}`} className="utrecht-link utrecht-link--html-a">
                    {format.route(x.route)}
                  </Link>
                ),
              },
              { header: t('trajectory.provider'), cell: (x) => x.providerName },
              { header: t('trajectories.col.status'), cell: (x) => <TrajectoryStatusTag status={x.status} /> },
            ]}
          />
        </section>
      )}
      <WorkPlanForm
        key={workPlan?.id ?? 'none'}
        caseId={id}
        latest={workPlan}
        onSaved={(plan) => {
          setSaved(plan);
          clientCase.reload();
        }}
      />
      {saved && (
        <Paragraph role="status" data-testid="work-plan-saved">
          {t('workPlan.saved', { version: saved.versionNo, route: format.route(saved.route) })}
        </Paragraph>
      )}
      {workPlan ? (
        <ProviderChoiceForm key={workPlan.id} caseId={id} route={workPlan.route} onChosen={(trajectoryId) => void navigate(`/trajecten/${trajectoryId}`)} />
      ) : (
        <Paragraph data-testid="choice-needs-plan">{t('providerChoice.needsPlan')}</Paragraph>
      )}
    </>
  );
}
