import { Heading2, Link as DesignLink, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { DashboardTable } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable, type Column } from '../DataTable.js';
import { BarChart } from './BarChart.js';
import { figureColumns, formatFigure, tableText } from './table-text.js';

type Row = DashboardTable['rows'][number];

const TOTAL_KEY = '__total';

interface DashboardTableViewProps {
  table: DashboardTable;
  /** Where the same table downloads as CSV (TR-4); absent where there is none. */
  csvHref?: string;
  chart?: boolean;
  /** Renders the row's name, e.g. as a link to a drill-down. */
  rowName?(row: Row): ReactNode;
}

/** TR-1/TR-6: one suppressed dashboard table as a chart and a table, with its totals, suppression note and CSV link. */
export function DashboardTableView({ table, csvHref, chart = true, rowName }: DashboardTableViewProps) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const text = tableText(t);
  const title = text.title(table.id);
  const count = (value: number | null) => (value === null ? <span className="rim-hidden-count" title={t('tr.hidden')}>—</span> : formatNumber(value));
  const columns: Column<Row>[] = [
    { header: t('tr.rowHeader'), rowHeader: true, cell: (r) => (r.key !== TOTAL_KEY && rowName?.(r)) || r.label },
    ...table.columns.map((code, j) => ({ header: text.column(code), numeric: true, cell: (r: Row) => count(r.cells[j] ?? null) })),
    { header: t('tr.total'), numeric: true, cell: (r) => count(r.total) },
    ...figureColumns(table.figureNames).map(({ name, index, interval }) => ({
      header: interval ? t('tr.withInterval', { figure: text.figure(name) }) : text.figure(name),
      numeric: true,
      nowrap: true,
      cell: (r: Row) => {
        const shown = (j: number) => formatFigure(name, r.figures[j] ?? null, formatNumber);
        return interval && r.figures[index] != null ? `${shown(index)} (${shown(interval.low)}–${shown(interval.high)})` : shown(index);
      },
    })),
  ];
  const totalsRow: Row = { key: TOTAL_KEY, label: t('tr.total'), cells: table.columnTotals, total: table.total, figures: table.figureNames.map(() => null) };
  return (
    <section className="rim-dashboard-table" aria-labelledby={`table-${table.id}`} data-testid={`dashboard-${table.id}`}>
      <Heading2 id={`table-${table.id}`}>{title}</Heading2>
      {chart && <BarChart table={table} title={title} label={t('tr.chartLabel', { title })} columnName={text.column} />}
      <DataTable caption={title} rows={[...table.rows, totalsRow]} rowKey={(r) => r.key} columns={columns} rowTestId={`row-${table.id}`} />
      <Paragraph className="rim-table-note">
        {table.suppressed > 0 && `${t('tr.suppression', { count: formatNumber(table.suppressed), threshold: table.threshold })} `}
        {t('tr.asOf', { date: formatDateTime(table.asOf) })} {text.note(table.id, table.note)}
      </Paragraph>
      {csvHref && <Paragraph><DesignLink href={csvHref} download={`${table.id}.csv`}>{t('tr.csv')}: {title}</DesignLink></Paragraph>}
    </section>
  );
}
