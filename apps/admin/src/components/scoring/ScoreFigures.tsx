import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { CaseMixIndex, ProviderScores, ScoreMeasure } from '../../api/types.js';
import { isMessageKey, useI18n, type MessageKey } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';

const label = (t: (key: MessageKey) => string, key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);

/** A figure as shown: rates and ratios in per cent, money in euros, the rest as numbers; '—' without a value. */
export function useFigureFormat() {
  const { formatNumber } = useI18n();
  const percent = (v: number) => `${formatNumber(Math.round(v * 1000) / 10)}%`;
  return {
    percent,
    value(m: ScoreMeasure): string {
      if (m.value === null) return '—';
      if (m.kind === 'RATE' || m.kind === 'RATIO') return percent(m.value);
      if (m.key.endsWith('Cents')) return `€ ${formatNumber(Math.round(m.value) / 100)}`;
      return formatNumber(Math.round(m.value * 10) / 10);
    },
    interval: (m: ScoreMeasure) => (m.low === null || m.high === null ? '—' : `${percent(m.low)} – ${percent(m.high)}`),
  };
}

/** SC-2 … SC-5: one route's (or one breakdown group's) figures with n, interval, marks and how each is computed. */
export function MeasuresTable({ group, testId }: { group: ProviderScores['groups'][number]; testId?: string }) {
  const { t, formatNumber } = useI18n();
  const format = useFigureFormat();
  return (
    <DataTable
      caption={t('score.groupCaption', { route: label(t, `route.${group.route}`, group.route), group: group.group ? ` · ${group.group}` : '' })}
      testId={testId}
      rowTestId="score-measure"
      rows={group.measures}
      rowKey={(m) => m.key}
      rowData={(m) => ({ key: m.key, reportable: String(m.reportable), provisional: String(m.provisional) })}
      columns={[
        { header: t('score.figure'), rowHeader: true, cell: (m) => label(t, `score.measure.${m.key}`, m.key) },
        { header: t('score.value'), numeric: true, nowrap: true, cell: (m) => format.value(m) },
        { header: t('score.n'), numeric: true, cell: (m) => formatNumber(m.n) },
        { header: t('score.interval'), nowrap: true, cell: (m) => format.interval(m) },
        {
          header: t('score.marks'),
          cell: (m) => [m.kind !== 'COUNT' && !m.reportable ? t('score.notReportable') : '', m.provisional ? t('score.provisional') : ''].filter(Boolean).join('; ') || '—',
        },
        { header: t('score.how'), cell: (m) => label(t, `score.how.${m.key}`, m.computation) },
      ]}
    />
  );
}

/** SC-4: observed ÷ expected per route, from the latest recompute's model. */
export function CaseMixTable({ rows }: { rows: ProviderScores['caseMix'] }) {
  const { t, formatNumber } = useI18n();
  const index = (c: CaseMixIndex) => (c.index === null ? '—' : formatNumber(Math.round(c.index * 100) / 100));
  const interval = (c: CaseMixIndex) => (c.low === null || c.high === null ? '—' : `${formatNumber(Math.round(c.low * 100) / 100)} – ${formatNumber(Math.round(c.high * 100) / 100)}`);
  return (
    <section aria-labelledby="score-case-mix">
      <Heading2 id="score-case-mix">{t('score.caseMix')}</Heading2>
      <Paragraph>{t('score.caseMixIntro')}</Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t('score.noCaseMix')}</Paragraph>
      ) : (
        <DataTable
          caption={t('score.caseMixCaption')}
          testId="score-case-mix"
          rows={rows}
          rowKey={(r) => r.route}
          columns={[
            { header: t('score.route'), rowHeader: true, cell: (r) => label(t, `route.${r.route}`, r.route) },
            { header: t('score.observed'), numeric: true, cell: (r) => formatNumber(r.caseMix.observed) },
            { header: t('score.expected'), numeric: true, cell: (r) => formatNumber(Math.round(r.caseMix.expected * 10) / 10) },
            { header: t('score.n'), numeric: true, cell: (r) => formatNumber(r.caseMix.n) },
            { header: t('score.index'), numeric: true, cell: (r) => index(r.caseMix) },
            { header: t('score.interval'), nowrap: true, cell: (r) => interval(r.caseMix) },
          ]}
        />
      )}
    </section>
  );
}
