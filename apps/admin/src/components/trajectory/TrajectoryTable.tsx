import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { useSessionUser } from '../../auth/auth.js';
import { Loading } from '../../auth/guards.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useTrajectoryFormat } from './format.js';
import { trajectoryPath, useTrajectories } from './trajectories.js';
import { TrajectoryStatusTag } from './TrajectoryStatus.js';

/** The trajectories the user may see (a coach: all; a provider: its own), newest first, each linking to its page. */
export function TrajectoryTable() {
  const { t } = useI18n();
  const user = useSessionUser();
  const format = useTrajectoryFormat();
  const trajectories = useTrajectories();
  if (!trajectories.data) return trajectories.status === 'error' ? <ProblemAlert error={trajectories.error} /> : <Loading />;
  if (trajectories.data.length === 0) return <Paragraph>{t('trajectories.none')}</Paragraph>;
  return (
    <DataTable
      caption={t('trajectories.caption')}
      testId="trajectories"
      rowTestId="trajectory-row"
      rowData={(x) => ({ id: x.id, status: x.status, route: x.route })}
      rows={trajectories.data}
      rowKey={(x) => x.id}
      busy={trajectories.status === 'loading'}
      columns={[
        {
          header: t('trajectories.col.client'),
          rowHeader: true,
          cell: (x) => (
            <Link to={trajectoryPath(user, x.id)} className="utrecht-link utrecht-link--html-a">
              {t('trajectories.clientName', { benefit: format.code('benefit-types', x.client.benefitType), region: format.code('regions', x.client.region) })}
            </Link>
          ),
        },
        { header: t('trajectory.route'), cell: (x) => format.route(x.route) },
        { header: t('trajectories.col.status'), cell: (x) => <TrajectoryStatusTag status={x.status} /> },
        { header: t('trajectories.col.price'), numeric: true, nowrap: true, cell: (x) => { const plan = x.plans.at(-1); return plan ? format.euros(plan.priceCents) : ''; } },
      ]}
    />
  );
}
