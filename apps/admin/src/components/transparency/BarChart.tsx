import type { DashboardTable } from '../../api/types.js';

const COLOURS = ['#154273', '#e17000', '#39870c', '#a90061', '#5b5b5b'];
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 420;

interface BarChartProps {
  table: DashboardTable;
  title: string;
  label: string;
  columnName(code: string): string;
}

/**
 * TR-6: a stacked bar per row of the shown counts (hidden counts are left out, never estimated). The chart is an
 * image with a text alternative; the table next to it carries the same figures for screen readers.
 */
export function BarChart({ table, title, label, columnName }: BarChartProps) {
  const rows = table.rows.filter((r) => r.cells.some((c) => c !== null && c > 0));
  if (rows.length === 0) return null;
  const widest = Math.max(...rows.map((r) => r.cells.reduce<number>((s, c) => s + (c ?? 0), 0)));
  const height = rows.length * ROW_HEIGHT + 30;
  return (
    <figure className="rim-chart" data-testid={`chart-${table.id}`}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 10} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title>{title}</title>
        {rows.map((row, i) => {
          let x = LABEL_WIDTH;
          return (
            <g key={row.key} transform={`translate(0, ${i * ROW_HEIGHT})`}>
              <text x={LABEL_WIDTH - 6} y={15} textAnchor="end" fontSize="12" fill="#1a1a1a">{row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}</text>
              {row.cells.map((cell, j) => {
                if (!cell) return null;
                const width = (cell / widest) * BAR_WIDTH;
                const rect = <rect key={table.columns[j]} x={x} y={3} width={width} height={ROW_HEIGHT - 6} fill={COLOURS[j % COLOURS.length]} />;
                x += width;
                return rect;
              })}
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${rows.length * ROW_HEIGHT + 8})`}>
          {table.columns.map((code, j) => (
            <g key={code} transform={`translate(${j * 140}, 0)`}>
              <rect width={12} height={12} fill={COLOURS[j % COLOURS.length]} />
              <text x={16} y={11} fontSize="12" fill="#1a1a1a">{columnName(code)}</text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
