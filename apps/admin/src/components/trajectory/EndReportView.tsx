import { Heading2 } from '@utrecht/component-library-react';
import { Loading } from '../../auth/guards.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { FactList } from '../FactList.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useTrajectoryFormat } from './format.js';
import { useEndReport } from './trajectories.js';

/**
 * IC-8: the latest end report as the provider submitted it: per activity the planned against the reported hours and the
 * justification of a deviation, the coded success reason and follow-up advice. The coach reads it before the verdict;
 * the provider keeps it as its record (with the coach's comment when it came back).
 */
export function EndReportView({ trajectoryId, version }: { trajectoryId: string; version: number }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const format = useTrajectoryFormat();
  const report = useEndReport(trajectoryId, version);
  if (!report.data) return report.status === 'error' ? <ProblemAlert error={report.error} /> : <Loading />;
  const r = report.data;
  const yesNo = (value: boolean) => t(value ? 'reportView.yes' : 'reportView.no');
  const facts: Array<[MessageKey, string | null]> = [
    ['reportView.submittedAt', r.late ? t('reportView.lateOn', { date: formatDateTime(r.submittedAt) }) : formatDateTime(r.submittedAt)],
    ['reportView.outcome', t(r.success ? 'reportView.success' : 'reportView.noSuccess')],
    ['report.successReason', r.successReason && format.code('success-reasons', r.successReason)],
    ['report.followUp', format.code('follow-up-advice', r.followUpAdvice)],
    ['report.explanation', r.explanation],
    ['reportView.signedOff', yesNo(r.clientSignedOff)],
    ['reportView.review', t(r.review ? `reportView.review.${r.review}` : 'reportView.review.pending')],
    ['reportView.reviewComment', r.reviewComment],
  ];
  return (
    <section aria-labelledby="end-report-title" data-testid="end-report" data-version={r.versionNo} data-review={r.review ?? 'PENDING'}>
      <Heading2 id="end-report-title">{t('reportView.title', { n: r.versionNo })}</Heading2>
      <FactList testId="end-report-facts" facts={facts.flatMap(([key, value]) => (value ? [[t(key), value] as const] : []))} />
      <DataTable
        caption={t('reportView.caption')}
        testId="end-report-activities"
        rowTestId="end-report-activity"
        rowData={(a) => ({ code: a.code, planned: String(a.plannedHours), hours: String(a.hours), delivered: String(a.delivered) })}
        rows={r.activities}
        rowKey={(a) => a.code}
        columns={[
          { header: t('execution.col.activity'), rowHeader: true, cell: (a) => format.code('activities', a.code) },
          { header: t('reportView.col.planned'), numeric: true, cell: (a) => formatNumber(a.plannedHours) },
          { header: t('reportView.col.reported'), numeric: true, cell: (a) => formatNumber(a.hours) },
          { header: t('reportView.col.delivered'), cell: (a) => yesNo(a.delivered) },
          { header: t('reportView.col.justification'), cell: (a) => a.justification ?? '' },
          { header: t('reportView.col.consulted'), cell: (a) => yesNo(a.coachConsulted) },
        ]}
      />
    </section>
  );
}
