import { Table, TableBody, TableCaption, TableCell, TableContainer, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The cell that names the row (a `th scope="row"`); at most one column. */
  rowHeader?: boolean;
  nowrap?: boolean;
  /** The column the rows are sorted by: `aria-sort` on its header. */
  sort?: 'ascending' | 'descending';
}

interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  testId?: string;
  rowTestId?: string;
  /** data-* attributes per row, for styling or tests that pick a row by what it holds. */
  rowData?(row: T): Readonly<Record<string, string>>;
  busy?: boolean;
  /** An extra class per row, e.g. to mark a row that needs attention. */
  rowClassName?(row: T): string | undefined;
}

/** The captioned, scrollable table every list page repeats: column headers, one row per item, a row header cell. */
export function DataTable<T>({ caption, columns, rows, rowKey, testId, rowTestId, rowData, busy, rowClassName }: DataTableProps<T>) {
  return (
    <TableContainer overflowInline className="rim-table-container">
      <Table busy={busy} data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.header} scope="col" numericColumn={column.numeric} aria-sort={column.sort}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} data-testid={rowTestId} className={rowClassName?.(row)} {...Object.fromEntries(Object.entries(rowData?.(row) ?? {}).map(([k, v]) => [`data-${k}`, v]))}>
              {columns.map((column) => {
                const className = [column.rowHeader ? 'rim-row-header' : '', column.nowrap ? 'rim-nowrap' : ''].filter(Boolean).join(' ') || undefined;
                return column.rowHeader ? (
                  <TableHeaderCell key={column.header} scope="row" className={className}>
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.header} numericColumn={column.numeric} className={className}>
                    {column.cell(row)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
