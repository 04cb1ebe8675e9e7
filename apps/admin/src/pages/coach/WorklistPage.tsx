import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { Worklist, WorklistItem } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { DataTable } from '../../components/DataTable.js';
import { usePageTitle } from '../../components/page-title.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTrajectoryFormat } from '../../components/trajectory/format.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

const LISTS: ReadonlyArray<[keyof Worklist, MessageKey]> = [
  ['endReportsOverdue', 'worklist.endReportsOverdue'],
  ['plansToReview', 'worklist.plansToReview'],
  ['secondApprovals', 'worklist.secondApprovals'],
  ['adjustmentsToReview', 'worklist.adjustmentsToReview'],
  ['evaluationsToDecide', 'worklist.evaluationsToDecide'],
  ['endReportsToReview', 'worklist.endReportsToReview'],
  ['endReportsDue', 'worklist.endReportsDue'],
];

/** "Werkvoorraad": what waits for the coach, the overdue end reports (IC-8: 14 days) first. */
export function WorklistPage() {
  const { t, formatDate, formatDateTime } = useI18n();
  const format = useTrajectoryFormat();
  usePageTitle(t('worklist.title'));
  const worklist = useApiQuery('worklist', (signal) => unwrap(api.GET('/api/worklist', { signal })));
  if (!worklist.data) return worklist.status === 'error' ? <ProblemAlert error={worklist.error} /> : <Loading />;
  const data = worklist.data;
  const empty = LISTS.every(([key]) => data[key].length === 0);
  return (
    <>
      <Heading1>{t('worklist.title')}</Heading1>
      <Paragraph>{t('worklist.intro')}</Paragraph>
      {empty && <Paragraph data-testid="worklist-empty">{t('worklist.empty')}</Paragraph>}
      {LISTS.filter(([key]) => data[key].length > 0).map(([key, title]) => (
        <section key={key} data-testid={`worklist-${key}`}>
          <DataTable<WorklistItem>
            caption={`${t(title)} (${data[key].length})`}
            rowTestId="worklist-item"
            rowData={(item) => ({ trajectory: item.trajectoryId, status: item.status })}
            rowClassName={() => (key === 'endReportsOverdue' ? 'rim-row--overdue' : undefined)}
            rows={data[key]}
            rowKey={(item) => item.trajectoryId}
            columns={[
              {
                header: t('worklist.col.provider'),
                rowHeader: true,
                cell: (item) => (
                  <Link to={`/trajecten/${item.trajectoryId}`} className="utrecht-link utrecht-link--html-a">
                    {item.providerName}
                  </Link>
                ),
              },
              { header: t('trajectory.route'), cell: (item) => format.route(item.route) },
              { header: t('trajectories.col.status'), cell: (item) => format.status(item.status) },
              { header: t('worklist.col.since'), nowrap: true, cell: (item) => formatDateTime(item.since) },
              { header: t('worklist.col.due'), nowrap: true, cell: (item) => (item.dueOn ? formatDate(item.dueOn) : '') },
            ]}
          />
        </section>
      ))}
    </>
  );
}
