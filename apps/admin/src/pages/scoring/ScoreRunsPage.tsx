import { Permission } from '@rim/contracts';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import type { ScoreRun } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { hasPermission, useSessionUser } from '../../auth/auth.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n } from '../../i18n/i18n.js';

/** SC-6/SC-10: the history of recomputes with their snapshots; officers start one (202 + run id, never waiting). */
export function ScoreRunsPage() {
  const { t, formatNumber, formatDateTime } = useI18n();
  usePageTitle(t('runs.title'));
  const user = useSessionUser();
  const runs = useApiQuery('score-runs', (signal) => unwrap(api.GET('/api/score-runs', { params: { query: { pageSize: 50 } }, signal })));
  const action = useAction();
  const [started, setStarted] = useState<string | null>(null);
  async function start() {
    const run = await action.run(() => unwrap(api.POST('/api/score-runs')));
    if (run) {
      setStarted(run.runId);
      runs.reload();
    }
  }
  const seconds = (r: ScoreRun) => (r.startedAt && r.finishedAt ? `${formatNumber(Math.round((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 100) / 10)} s` : '—');

  return (
    <>
      <Heading1>{t('runs.title')}</Heading1>
      <Paragraph>{t('runs.intro')}</Paragraph>
      <div className="rim-actions">
        {hasPermission(user, Permission.ScoreManage) && (
          <Button type="button" appearance="primary-action-button" busy={action.busy} onClick={() => void start()} data-testid="score-run-start">
            {t('runs.start')}
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" busy={runs.status === 'loading'} onClick={runs.reload}>
          {t('runs.refresh')}
        </Button>
        {started && (
          <p role="status" data-testid="score-run-started">
            {t('runs.started', { id: started })}
          </p>
        )}
      </div>
      {action.error && <ProblemAlert error={action.error} />}
      {runs.status === 'error' && <ProblemAlert error={runs.error} />}
      {runs.data && runs.data.items.length === 0 && <Paragraph>{t('runs.empty')}</Paragraph>}
      {runs.data && runs.data.items.length > 0 && (
        <DataTable
          caption={t('runs.caption')}
          testId="score-runs-table"
          rowTestId="score-run"
          rows={runs.data.items}
          rowKey={(r) => r.id}
          rowData={(r) => ({ status: r.status })}
          columns={[
            { header: t('runs.requestedAt'), rowHeader: true, nowrap: true, cell: (r) => formatDateTime(r.requestedAt) },
            { header: t('runs.trigger'), cell: (r) => t(`runTrigger.${r.trigger as 'ON_DEMAND' | 'NIGHTLY' | 'CONTEST'}`) },
            { header: t('runs.status'), cell: (r) => t(`runStatus.${r.status as 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'}`) },
            { header: t('runs.duration'), numeric: true, cell: seconds },
            { header: t('runs.watermark'), numeric: true, cell: (r) => r.watermarkSeq ?? '—' },
            { header: t('runs.methodology'), cell: (r) => (r.methodologyVersion ? `${r.methodologyVersion} · ${r.codeVersion ?? ''}` : '—') },
            { header: t('runs.size'), numeric: true, cell: (r) => (r.trajectories === null ? '—' : `${formatNumber(r.trajectories)} / ${formatNumber(r.cells ?? 0)}`) },
            { header: t('runs.error'), cell: (r) => r.error ?? '' },
          ]}
        />
      )}
    </>
  );
}
