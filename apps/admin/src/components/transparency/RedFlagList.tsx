import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { RedFlag, RedFlagCode } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { useFlagAmount, useRecordKind, useRedFlagTitles } from './red-flag-titles.js';
import { DataTable } from '../DataTable.js';
import { ProblemAlert } from '../ProblemAlert.js';

interface RedFlagListProps {
  code?: string;
  providerId?: string;
  /** A completed run to list (default: the latest). */
  runId?: string;
  page?: number;
  /** Changes when the list should be read again (a finished run). */
  generation?: number;
}

/** TR-2: the flags of the latest run (or of `runId`), each with its measured value against the threshold and a link to its explanation. */
export function RedFlagList({ code, providerId, runId, page = 1, generation = 0 }: RedFlagListProps) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const title = useRedFlagTitles();
  const amount = useFlagAmount();
  const recordKind = useRecordKind();
  const query = { page, pageSize: 50, ...(code ? { code: code as RedFlagCode } : {}), ...(providerId ? { providerId } : {}), ...(runId ? { runId } : {}) };
  const flags = useApiQuery(`red-flags:${JSON.stringify(query)}:${generation}`, (signal) => unwrap(api.GET('/api/inspector/red-flags', { params: { query }, signal })));
  if (flags.status === 'error') return <ProblemAlert error={flags.error} />;
  if (!flags.data) return null;
  if (flags.data.items.length === 0) return <Paragraph>{flags.data.runId ? '—' : t('tr.flags.none')}</Paragraph>;
  return (
    <DataTable<RedFlag>
      caption={t(flags.data.latestRun ? 'tr.flags.caption' : 'tr.flags.captionEarlier', { page: formatNumber(page) })}
      testId="red-flags"
      rowTestId="red-flag"
      rows={flags.data.items}
      rowKey={(f) => f.id}
      columns={[
        { header: t('tr.flags.code'), rowHeader: true, cell: (f) => title(f.code) },
        { header: t('tr.flags.value'), numeric: true, nowrap: true, cell: (f) => `${amount(f.value, f.unit)} (≥ ${amount(f.threshold, f.unit)})` },
        { header: t('tr.flags.record'), cell: (f) => `${recordKind(f.recordType)} ${f.recordId.slice(0, 8)}` },
        { header: t('tr.flags.explain'), cell: (f) => <Link to={`/inspectie/signalen/${f.id}`}>{t('tr.flags.explain')} <span className="rim-visually-hidden">{formatDateTime(f.detectedAt)}</span></Link> },
      ]}
    />
  );
}
