import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Execution } from '../../../api/types.js';
import { useI18n } from '../../../i18n/i18n.js';
import { DataTable } from '../../DataTable.js';
import { useTrajectoryFormat } from '../format.js';

/** IC-7: what was delivered against the plan in force, the evaluations, placements and illness — the same view for both sides. */
export function ExecutionOverview({ execution }: { execution: Execution }) {
  const { t, formatNumber, formatDate } = useI18n();
  const format = useTrajectoryFormat();
  return (
    <section aria-labelledby="execution-title" data-testid="execution">
      <Heading2 id="execution-title">{t('execution.title')}</Heading2>
      <DataTable
        caption={t('execution.hoursCaption')}
        testId="delivered-hours"
        rowTestId="delivered-hours-row"
        rowData={(a) => ({ code: a.activityCode, planned: String(a.plannedHours), delivered: String(a.deliveredHours) })}
        rows={execution.deliveredHours}
        rowKey={(a) => a.activityCode}
        columns={[
          { header: t('execution.col.activity'), rowHeader: true, cell: (a) => format.code('activities', a.activityCode) },
          { header: t('execution.col.planned'), numeric: true, cell: (a) => formatNumber(a.plannedHours) },
          { header: t('execution.col.delivered'), numeric: true, cell: (a) => formatNumber(a.deliveredHours) },
        ]}
      />
      {execution.placements.length === 0 ? (
        <Paragraph>{t('placement.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('placement.title')}
          testId="placements"
          rowTestId="placement"
          rowData={(p) => ({ contract: p.contractType, start: p.start })}
          rows={execution.placements}
          rowKey={(p) => p.id}
          columns={[
            { header: t('placement.col.contract'), rowHeader: true, cell: (p) => format.contract(p.contractType, p.contractMonths) },
            { header: t('placement.col.hours'), numeric: true, cell: (p) => formatNumber(p.hoursPerWeek) },
            { header: t('placement.col.start'), nowrap: true, cell: (p) => formatDate(p.start) },
            { header: t('placement.col.end'), nowrap: true, cell: (p) => (p.end ? formatDate(p.end) : t('placement.ongoing')) },
          ]}
        />
      )}
      {execution.illness.length > 0 && (
        <>
          <Heading3>{t('illness.title')}</Heading3>
          <ul data-testid="illness-list">
            {execution.illness.map((i) => (
              <li key={i.from}>{t('illness.period', { from: formatDate(i.from), to: formatDate(i.to) })}</li>
            ))}
          </ul>
        </>
      )}
      {execution.evaluations.length > 0 && (
        <>
          <Heading3>{t('evaluationMoment.title')}</Heading3>
          <ul data-testid="evaluations">
            {execution.evaluations.map((e) => (
              <li key={e.moment} data-testid="evaluation" data-moment={e.moment} data-decision={e.decision ?? ''}>
                {t('evaluationMoment.summary', { moment: e.moment, progress: e.progress })}
                {e.stopRequested && ` ${t('evaluationMoment.stopRequested', { reason: e.stopReason ?? '' })}`}
                {e.decision && ` ${t(e.decision === 'STOP' ? 'evaluationMoment.decidedStop' : 'evaluationMoment.decidedContinue')}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {execution.satisfaction !== null && <Paragraph data-testid="satisfaction">{t('satisfaction.recorded', { score: execution.satisfaction })}</Paragraph>}
    </section>
  );
}
