import { MIN_REPORTABLE_N } from './wilson.js';

/** A count table as published: every value, total or cell, is either shown exactly or suppressed (null). */
export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

type Grid = number[][];
/**
 * What tables published beside this one decide about its values, by position in the grid with margins (row `rows`
 * holds the column totals, column `columns` the row totals): hidden there, so hidden here too; or a zero shown there.
 */
export interface Neighbours {
  hidden(i: number, j: number): boolean;
  shownZero(i: number, j: number): boolean;
}
const ALONE: Neighbours = { hidden: () => false, shownZero: () => false };

/** The table with its margins as one (R + 1) × (C + 1) grid: the last row holds column totals, the last column row totals. */
function withMargins(counts: readonly (readonly number[])[], columns: number): Grid {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0));
  return [...rows, totals];
}

/**
 * A hidden value that the shown values pin down. With the margins as a row and a column of the grid, every line of the
 * grid is one linear relation (its cells sum to its total), and the hidden values are the edges of the bipartite graph
 * of grid rows and grid columns. A hidden value can move (so it cannot be recovered, neither from the sums nor from
 * non-negativity) when it lies on a cycle whose other edges are all non-zero: moving ±1 around the cycle keeps every
 * sum and every value ≥ 0. So, in the graph of the non-zero hidden values, a non-zero value is exposed when its edge is
 * a bridge (Tarjan), and a hidden zero when its row and column are not connected.
 */
function exposed(grid: Grid, hidden: boolean[][]): [number, number][] {
  const rowCount = grid.length;
  const adjacency: { to: number; cell: [number, number] }[][] = Array.from({ length: rowCount + grid[0]!.length }, () => []);
  const zeros: [number, number][] = [];
  hidden.forEach((row, i) => row.forEach((h, j) => {
    if (!h) return;
    const cell: [number, number] = [i, j];
    if (grid[i]![j] === 0) return void zeros.push(cell);
    adjacency[i]!.push({ to: rowCount + j, cell });
    adjacency[rowCount + j]!.push({ to: i, cell });
  }));
  const order = new Array<number>(adjacency.length).fill(-1);
  const low = new Array<number>(adjacency.length).fill(0);
  const component = new Array<number>(adjacency.length).fill(-1);
  let clock = 0;
  const found: [number, number][] = [];
  const visit = (node: number, via: [number, number] | null, root: number): void => {
    order[node] = low[node] = clock++;
    component[node] = root;
    for (const { to, cell } of adjacency[node]!) {
      if (cell === via) continue;
      if (order[to] === -1) {
        visit(to, cell, root);
        low[node] = Math.min(low[node]!, low[to]!);
        if (low[to]! > order[node]!) found.push(cell);
      } else {
        low[node] = Math.min(low[node]!, order[to]!);
      }
    }
  };
  adjacency.forEach((_, node) => { if (order[node] === -1) visit(node, null, node); });
  return [...found, ...zeros.filter(([i, j]) => component[i] !== component[rowCount + j])];
}

/**
 * The cheapest rectangle that puts the hidden value (r, c) on a cycle of non-zero values: (r, c2), (r2, c) and (r2, c2),
 * none of them zero, are hidden too. Cost is the sum of the newly hidden values; null when no such rectangle exists.
 */
function cheapestRectangle(grid: Grid, hidden: boolean[][], r: number, c: number): [number, number][] | null {
  const cost = (i: number, j: number) => (grid[i]![j] === 0 ? Infinity : hidden[i]![j] ? 0 : grid[i]![j]!);
  let best: { cost: number; r2: number; c2: number } | null = null;
  for (let c2 = 0; c2 < grid[0]!.length; c2++) {
    if (c2 === c || cost(r, c2) === Infinity) continue;
    for (let r2 = 0; r2 < grid.length; r2++) {
      if (r2 === r) continue;
      const total = cost(r, c2) + cost(r2, c) + cost(r2, c2);
      if (total < (best?.cost ?? Infinity)) best = { cost: total, r2, c2 };
    }
  }
  return best ? [[r, best.c2], [best.r2, c], [best.r2, best.c2]] : null;
}

/**
 * Hides a rectangle for each exposed value; false when one has none. A rectangle added in this pass may already
 * protect a later exposed value in one of its rows, so those wait for the next pass rather than hide more.
 */
function protect(grid: Grid, hidden: boolean[][], open: readonly [number, number][]): boolean {
  const touched = new Set<number>();
  for (const [r, c] of open) {
    if (touched.has(r)) continue;
    const rectangle = cheapestRectangle(grid, hidden, r, c);
    if (!rectangle) return false;
    for (const [i, j] of rectangle) {
      hidden[i]![j] = true;
      touched.add(i);
    }
    touched.add(r);
  }
  return true;
}

/**
 * TR-5: the one small-cell suppression of every inspector and public table. A count table (rows × columns of
 * non-negative integers) is published with its row totals, column totals and grand total. Primary suppression hides
 * every value, margins included, with n < `threshold` (10: SC-3), except the zeros of an empty row or column (they
 * describe nobody, and could not be protected). Complementary suppression then hides further
 * (non-zero) values until no hidden value can be recovered from the shown ones, the row and column sums and
 * non-negativity (see exposed). When no complement is left, the whole table is hidden. `neighbours` (see
 * suppressLinkedTables) add the values other tables hide to the primary suppression, and show the zeros they show.
 */
export function suppressSmallCells(counts: readonly (readonly number[])[], threshold: number = MIN_REPORTABLE_N, neighbours: Neighbours = ALONE): SuppressedTable {
  const columns = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== columns) throw new RangeError('every row needs the same number of columns');
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new RangeError(`counts must be non-negative integers: ${value}`);
  }
  const grid = withMargins(counts, columns);
  const emptyColumns = grid[grid.length - 1]!.map((total) => total === 0);
  const hidden = grid.map((row, i) => row.map((value, j) => !neighbours.shownZero(i, j) && (neighbours.hidden(i, j) || (value < threshold && row[columns]! > 0 && !emptyColumns[j]))));
  for (let open = exposed(grid, hidden); open.length > 0; open = exposed(grid, hidden)) {
    if (!protect(grid, hidden, open)) {
      hidden.forEach((row) => row.fill(true));
      break;
    }
  }
  const shown = grid.map((row, i) => row.map((value, j) => (hidden[i]![j] ? null : value)));
  const totalsRow = shown[counts.length]!;
  return {
    cells: shown.slice(0, counts.length).map((row) => row.slice(0, columns)),
    rowTotals: shown.slice(0, counts.length).map((row) => row[columns]!),
    columnTotals: totalsRow.slice(0, columns),
    total: totalsRow[columns]!,
  };
}

/** A table published beside others that show some of the same values (a margin here is a cell there). */
export interface LinkedTable {
  counts: readonly (readonly number[])[];
  /** The shared name of the value at (i, j) of the grid with margins, or undefined when only this table shows it. */
  key(i: number, j: number): string | undefined;
}

/** Every value of a published table with its position in the grid with margins. */
function publishedValues(table: SuppressedTable): [number, number, number | null][] {
  const rows = table.cells.length;
  return [
    ...table.cells.flatMap((row, i) => [...row, table.rowTotals[i]!].map((v, j): [number, number, number | null] => [i, j, v])),
    ...[...table.columnTotals, table.total].map((v, j): [number, number, number | null] => [rows, j, v]),
  ];
}

/**
 * TR-5 across tables: tables that share values are suppressed together, so that no table shows a value that another
 * one hides (which would undo the complements protecting it there). Each round, a value hidden in any table is hidden
 * in every table, which then finds complements for it in its own lines; the hidden values only grow, so the rounds
 * end with every shared value published alike. The one exception is a zero of an empty line (shown, as it describes
 * nobody): it is shown in every table, and the others protect their hidden values around it.
 */
export function suppressLinkedTables(tables: readonly LinkedTable[], threshold: number = MIN_REPORTABLE_N): SuppressedTable[] {
  const hidden = new Set<string>();
  const zeros = new Set<string>();
  const tablesOf = new Map<string, number[]>();
  tables.forEach((t, n) => {
    const rows = t.counts.length;
    const columns = t.counts[0]?.length ?? 0;
    for (let i = 0; i <= rows; i++) {
      for (let j = 0; j <= columns; j++) {
        const key = t.key(i, j);
        if (key !== undefined) tablesOf.set(key, [...(tablesOf.get(key) ?? []), n]);
      }
    }
  });
  const published: SuppressedTable[] = new Array(tables.length);
  // Each round recomputes only the tables whose shared values another table changed in the round before.
  for (let dirty = new Set(tables.keys()); dirty.size > 0;) {
    const changed = new Set<number>();
    for (const n of dirty) {
      const t = tables[n]!;
      published[n] = suppressSmallCells(t.counts, threshold, { hidden: (i, j) => hidden.has(t.key(i, j) ?? ''), shownZero: (i, j) => zeros.has(t.key(i, j) ?? '') });
    }
    for (const n of dirty) {
      for (const [i, j, value] of publishedValues(published[n]!)) {
        const key = tables[n]!.key(i, j);
        const into = key === undefined ? undefined : value === null ? hidden : value === 0 ? zeros : undefined;
        if (key === undefined || !into || into.has(key)) continue;
        into.add(key);
        for (const m of tablesOf.get(key)!) changed.add(m);
      }
    }
    dirty = changed;
  }
  return published;
}
