import { MIN_REPORTABLE_N, suppressSmallCells, type SuppressedTable } from '@rim/domain';
import type { DashboardRowDto, DashboardTableDto } from './dto/dashboard-table.dto.js';
import type { CountRow } from './transparency.repository.js';

export interface TableOptions {
  /** Row keys in display order; every key gets a row (zeros included). Default: the keys found, sorted. */
  rows?: readonly string[];
  columns: readonly string[];
  label?: (key: string) => string;
  /** Figures derived per row from the shown (suppressed) counts only, so they cannot reveal a hidden count. */
  figures?: { names: readonly string[]; of: (row: Omit<DashboardRowDto, 'figures'>) => (number | null)[] };
  note?: string;
}

/** Counts laid out as a table: row keys in display order and one count per row and column. */
export interface CountGrid {
  keys: string[];
  grid: number[][];
}

export function countGrid(counts: readonly CountRow[], options: Pick<TableOptions, 'rows' | 'columns'>): CountGrid {
  const keys = [...(options.rows ?? [...new Set(counts.map((c) => c.row))].sort())];
  const rowIndex = new Map(keys.map((k, i) => [k, i]));
  const columnIndex = new Map(options.columns.map((c, j) => [c, j]));
  const grid = keys.map(() => options.columns.map(() => 0));
  for (const c of counts) {
    const i = rowIndex.get(c.row);
    const j = columnIndex.get(c.column);
    if (i !== undefined && j !== undefined) grid[i]![j]! += c.n;
  }
  return { keys, grid };
}

/** A table as published from its suppressed counts, with the figures derived from what is shown. */
export function publishTable(id: string, keys: readonly string[], shown: SuppressedTable, options: TableOptions, asOf: Date): DashboardTableDto {
  const rows = keys.map((key, i) => {
    const row = { key, label: options.label?.(key) ?? key, cells: shown.cells[i]!, total: shown.rowTotals[i]! };
    return { ...row, figures: options.figures?.of(row) ?? [] };
  });
  const hidden = [...shown.cells.flat(), ...shown.rowTotals, ...shown.columnTotals, shown.total].filter((v) => v === null).length;
  return {
    id, columns: [...options.columns], figureNames: [...(options.figures?.names ?? [])], rows,
    columnTotals: shown.columnTotals, total: shown.total, suppressed: hidden, threshold: MIN_REPORTABLE_N, asOf: asOf.toISOString(),
    ...(options.note ? { note: options.note } : {}),
  };
}

/**
 * TR-5 in one place: every inspector and public table is built from counts and published only after suppressSmallCells
 * (cells below 10 and their complements hidden, margins included), or suppressLinkedTables where tables share values
 * (see OutcomeTables).
 */
export function dashboardTable(id: string, counts: readonly CountRow[], options: TableOptions, asOf: Date): DashboardTableDto {
  const { keys, grid } = countGrid(counts, options);
  return publishTable(id, keys, suppressSmallCells(grid), options, asOf);
}

/** A shown count divided by a shown total, in basis points; null when either is hidden or the total is zero. */
export function shareBp(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : Math.round((part * 10_000) / whole);
}

const csvField = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** TR-4: the CSV export of a dashboard table, with the same suppression (hidden values are empty fields). */
export function tableCsv(table: DashboardTableDto): string {
  const lines = [
    ['key', 'label', ...table.columns, 'total', ...table.figureNames],
    ...table.rows.map((r) => [r.key, r.label, ...r.cells, r.total, ...r.figures]),
    ['TOTAL', 'Totaal', ...table.columnTotals, table.total, ...table.figureNames.map(() => null)],
  ];
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
