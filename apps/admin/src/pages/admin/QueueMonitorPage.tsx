import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n } from '../../i18n/i18n.js';

const COUNT_COLUMNS = ['waiting', 'active', 'completed', 'failed', 'delayed'] as const;

/** SC-10: the admins' view of the job queues and the outbox relay (SC-1). */
export function QueueMonitorPage() {
  const { t, formatNumber, formatDateTime, formatTime } = useI18n();
  usePageTitle(t('queues.title'));
  const monitor = useApiQuery('admin/queues', (signal) => unwrap(api.GET('/api/admin/queues', { signal })));
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const data = monitor.data;

  useEffect(() => {
    if (monitor.status === 'success') setUpdatedAt(new Date());
  }, [monitor.status, monitor.data]);

  return (
    <>
      <Heading1>{t('queues.title')}</Heading1>
      <Paragraph>{t('queues.intro')}</Paragraph>
      <div className="rim-actions">
        <Button type="button" appearance="secondary-action-button" onClick={monitor.reload} busy={monitor.status === 'loading'} data-testid="queues-refresh">
          {t('queues.refresh')}
        </Button>
        <p role="status" className="rim-muted">
          {updatedAt && monitor.status !== 'loading' ? t('queues.updatedAt', { time: formatTime(updatedAt) }) : ''}
        </p>
      </div>
      {monitor.status === 'error' && <ProblemAlert error={monitor.error} />}
      {monitor.status === 'loading' && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="queues-outbox">
            <Heading2 id="queues-outbox">{t('queues.outbox')}</Heading2>
            <DataList data-testid="outbox-status">
              <DataListItem>
                <DataListKey>{t('queues.outboxPending')}</DataListKey>
                <DataListValue value={String(data.outbox.pending)}>{formatNumber(data.outbox.pending)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('queues.outboxOldest')}</DataListKey>
                <DataListValue value={data.outbox.oldestPendingAt ?? ''}>
                  {data.outbox.oldestPendingAt ? formatDateTime(data.outbox.oldestPendingAt) : t('queues.none')}
                </DataListValue>
              </DataListItem>
            </DataList>
          </section>
          <TableContainer overflowInline className="rim-table-container">
            <Table data-testid="queues-table">
              <TableCaption>{t('queues.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('queues.col.name')}</TableHeaderCell>
                  {COUNT_COLUMNS.map((column) => (
                    <TableHeaderCell scope="col" numericColumn key={column}>
                      {t(`queues.col.${column}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.queues.map((queue) => (
                  <TableRow key={queue.name}>
                    <TableHeaderCell scope="row" className="rim-row-header rim-mono">
                      {queue.name}
                    </TableHeaderCell>
                    {COUNT_COLUMNS.map((column) => (
                      <TableCell numericColumn key={column}>
                        {formatNumber(queue.counts[column])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {data.queues.map((queue) => (
            <section key={queue.name} aria-labelledby={`failed-${queue.name}`}>
              <Heading3 id={`failed-${queue.name}`}>{t('queues.failedTitle', { queue: queue.name })}</Heading3>
              {queue.failed.length === 0 ? (
                <Paragraph>{t('queues.noFailed')}</Paragraph>
              ) : (
                <TableContainer overflowInline className="rim-table-container">
                  <Table>
                    <TableCaption className="rim-visually-hidden">{t('queues.failedTitle', { queue: queue.name })}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('queues.failed.id')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('queues.failed.name')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('queues.failed.reason')}</TableHeaderCell>
                        <TableHeaderCell scope="col" numericColumn>
                          {t('queues.failed.attempts')}
                        </TableHeaderCell>
                        <TableHeaderCell scope="col">{t('queues.failed.at')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {queue.failed.map((job) => (
                        <TableRow key={job.id}>
                          <TableCell className="rim-mono">{job.id}</TableCell>
                          <TableCell className="rim-mono">{job.name}</TableCell>
                          <TableCell>{job.failedReason}</TableCell>
                          <TableCell numericColumn>{formatNumber(job.attemptsMade)}</TableCell>
                          <TableCell className="rim-nowrap">{formatDateTime(job.timestamp)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
