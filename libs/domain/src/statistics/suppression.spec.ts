import fc from 'fast-check';
import { suppressLinkedTables, suppressSmallCells, type LinkedTable, type SuppressedTable } from './suppression.js';

/** The published table as one grid with its margins (last row: column totals, last column: row totals). */
function publishedGrid(t: SuppressedTable): (number | null)[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.columnTotals, t.total]];
}

function trueGrid(counts: number[][]): number[][] {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0]!.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0))];
}

/**
 * Which unknowns a linear system pins down: after reduction to row echelon form, unknown k is determined exactly when
 * it is a pivot whose row has no free unknown in it (the null space is zero at k). Entries here are small integers.
 */
function pinnedUnknowns(matrix: number[][], unknowns: number): boolean[] {
  const m = matrix.map((row) => [...row]);
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < unknowns && r < m.length; col++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![col]!) > Math.abs(m[pivot]![col]!)) pivot = i;
    if (Math.abs(m[pivot]![col]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![col]! / m[r]![col]!;
      if (f !== 0) for (let k = col; k < unknowns; k++) m[i]![k]! -= f * m[r]![k]!;
    }
    pivots.push(col);
    r++;
  }
  const isPivot = new Set(pivots);
  const pinned = new Array<boolean>(unknowns).fill(false);
  pivots.forEach((col, row) => {
    pinned[col] = m[row]!.every((x, k) => isPivot.has(k) || Math.abs(x) < 1e-9);
  });
  return pinned;
}

/** A published table and the shared name of each of its values (see LinkedTable.key). */
interface Published {
  grid: (number | null)[][];
  key?(i: number, j: number): string | undefined;
}

/**
 * The attacker of the totals, across tables: every line of every grid is an equation (cells sum to the total), a value
 * shared by several tables is one unknown unless one of them shows it. Returns the unknowns the equations pin down.
 */
function determinedAcross(tables: readonly Published[]): string[] {
  const name = (n: number, i: number, j: number) => tables[n]!.key?.(i, j) ?? `${n}:${i},${j}`;
  const shown = new Set<string>();
  tables.forEach((t, n) => t.grid.forEach((row, i) => row.forEach((v, j) => { if (v !== null) shown.add(name(n, i, j)); })));
  const unknowns = [...new Set(tables.flatMap((t, n) => t.grid.flatMap((row, i) => row.flatMap((v, j) => (v === null && !shown.has(name(n, i, j)) ? [name(n, i, j)] : [])))))];
  const index = new Map(unknowns.map((u, k) => [u, k]));
  const equations: number[][] = [];
  tables.forEach((t, n) => {
    const rows = t.grid.length;
    const cols = t.grid[0]!.length;
    const line = (cells: [number, number, number][]) => {
      const eq = new Array<number>(unknowns.length).fill(0);
      for (const [i, j, sign] of cells) { const k = index.get(name(n, i, j)); if (k !== undefined) eq[k] = sign; }
      if (eq.some((x) => x !== 0)) equations.push(eq);
    };
    for (let i = 0; i < rows; i++) line([...Array.from({ length: cols - 1 }, (_, j) => [i, j, 1] as [number, number, number]), [i, cols - 1, -1]]);
    for (let j = 0; j < cols; j++) line([...Array.from({ length: rows - 1 }, (_, i) => [i, j, 1] as [number, number, number]), [rows - 1, j, -1]]);
  });
  const pinned = pinnedUnknowns(equations, unknowns.length);
  return unknowns.filter((_, k) => pinned[k]);
}

const determinedByTotals = (published: (number | null)[][]): string[] => determinedAcross([{ grid: published }]);

/**
 * Linked tables of one population counted by group × year × outcome: by group, by year, and per group by year (the
 * inspector's league, market table and provider drill-downs). Each group's table has the group's row of the first as
 * its margins, and the year table shares the column totals of the first.
 */
function linkedTables(cube: number[][][]): LinkedTable[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const groups = cube.length;
  const years = cube[0]!.length;
  const outcomes = cube[0]![0]!.length;
  const byGroup = cube.map((g) => Array.from({ length: outcomes }, (_, c) => sum(g.map((y) => y[c]!))));
  const byYear = Array.from({ length: years }, (_, y) => Array.from({ length: outcomes }, (_, c) => sum(cube.map((g) => g[y]![c]!))));
  const total = (i: number, j: number, rows: number) => (i === rows ? `total/${j}` : undefined);
  return [
    { counts: byGroup, key: (i, j) => (i === groups ? `total/${j}` : `group${i}/${j}`) },
    { counts: byYear, key: (i, j) => total(i, j, years) },
    ...cube.map((g, n): LinkedTable => ({ counts: g, key: (i, j) => (i === years ? `group${n}/${j}` : undefined) })),
  ];
}

/**
 * Every non-negative integer 2 × 2 table that publishes the same way. A hidden cell ranges up to the smallest shown
 * total of its lines (or `bound` when all of them are hidden); the last cell follows from a shown total when one is.
 */
function consistentTables(published: (number | null)[][], bound: number): number[][][] {
  const found: number[][][] = [];
  const range = (i: number, j: number): number[] => {
    const v = published[i]![j]!;
    if (v !== null) return [v];
    const limit = Math.min(bound, ...[published[i]![2]!, published[2]![j]!, published[2]![2]!].filter((t): t is number => t !== null));
    return Array.from({ length: limit + 1 }, (_, x) => x);
  };
  for (const a of range(0, 0)) for (const b of range(0, 1)) for (const c of range(1, 0)) {
    const fromTotal = published[1]![2] !== null ? published[1]![2]! - c : published[2]![1] !== null ? published[2]![1]! - b : published[2]![2] !== null ? published[2]![2]! - a - b - c : null;
    for (const d of fromTotal === null ? range(1, 1) : fromTotal >= 0 ? [fromTotal] : []) {
      const grid = trueGrid([[a, b], [c, d]]);
      if (grid.every((row, i) => row.every((v, j) => published[i]![j] === null || published[i]![j] === v))) found.push(grid);
    }
  }
  return found;
}

const table = (maxRows: number, maxCols: number, maxValue: number) =>
  fc.tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols })).chain(([r, c]) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: maxValue })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

describe('small-cell suppression (SPEC TR-5)', () => {
  it('TR-5: every value below 10, totals included, is hidden (bar the zeros of an empty line); every shown value is the true one', () => {
    fc.assert(fc.property(table(8, 6, 60), (counts) => {
      const truth = trueGrid(counts);
      const last = truth[0]!.length - 1;
      publishedGrid(suppressSmallCells(counts)).forEach((row, i) => row.forEach((v, j) => {
        const emptyLine = truth[i]![last] === 0 || truth[truth.length - 1]![j] === 0;
        if (truth[i]![j]! < 10 && !emptyLine) expect(v).toBeNull();
        if (v !== null) expect(v).toBe(truth[i]![j]);
      }));
    }));
  });

  it('TR-5: no hidden value can be recovered from the shown values and the row and column totals', () => {
    fc.assert(fc.property(table(7, 6, 80), (counts) => {
      expect(determinedByTotals(publishedGrid(suppressSmallCells(counts)))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('TR-5: trying every non-negative table that publishes alike never pins a hidden value down', () => {
    fc.assert(fc.property(table(2, 2, 25).filter((t) => t.length === 2 && t[0]!.length === 2), (counts) => {
      const published = publishedGrid(suppressSmallCells(counts));
      if (published.flat().every((v) => v === null)) return;
      const candidates = consistentTables(published, 60);
      published.forEach((row, i) => row.forEach((v, j) => {
        if (v === null) expect(new Set(candidates.map((g) => g[i]![j])).size).toBeGreaterThan(1);
      }));
    }), { numRuns: 60 });
  });

  it('TR-5: a small cell is not recovered by subtracting the shown cells of its row from the row total', () => {
    const counts = [[40, 3, 25], [30, 20, 50], [12, 18, 11]];
    const t = suppressSmallCells(counts);
    expect(t.cells[0]![1]).toBeNull();
    const shownInRow = t.cells[0]!.filter((v): v is number => v !== null);
    expect(shownInRow.length === 2 && t.rowTotals[0] !== null).toBe(false);
    const shownInColumn = t.cells.map((row) => row[1]!).filter((v): v is number => v !== null);
    expect(shownInColumn.length === 2 && t.columnTotals[1] !== null).toBe(false);
    expect(determinedByTotals(publishedGrid(t))).toEqual([]);
  });

  it('TR-5: two hidden zeros in one line are not recovered from a line total that equals the shown cells', () => {
    const t = suppressSmallCells([[0, 0, 50], [20, 30, 40], [25, 35, 45]]);
    const hidden = t.cells[0]!.map((v, j) => (v === null ? j : -1)).filter((j) => j >= 0);
    const shownSum = t.cells[0]!.reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(hidden.length === 2 && t.rowTotals[0] === shownSum).toBe(false);
  });

  it('TR-5: the zeros of an empty row or column are shown, and the rest is still protected', () => {
    const t = suppressSmallCells([[0, 0, 0], [40, 3, 25], [30, 20, 50]]);
    expect(t.cells[0]).toEqual([0, 0, 0]);
    expect(t.rowTotals[0]).toBe(0);
    expect(t.cells[1]![1]).toBeNull();
    expect(determinedByTotals(publishedGrid(t))).toEqual([]);
  });

  it('TR-5: a table with every value of 10 or more is published whole', () => {
    const counts = [[10, 20], [30, 40]];
    expect(suppressSmallCells(counts)).toEqual({ cells: counts, rowTotals: [30, 70], columnTotals: [40, 60], total: 100 });
  });

  const cube = fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 3 })).chain(([g, y, c]) =>
    fc.array(fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 })), { minLength: c, maxLength: c }), { minLength: y, maxLength: y }), { minLength: g, maxLength: g }));

  it('TR-5 across tables: linked tables publish every shared value alike, and no hidden value follows from all their lines together', () => {
    fc.assert(fc.property(cube, (data) => {
      const tables = linkedTables(data);
      const published = suppressLinkedTables(tables).map((t, n): Published => ({ grid: publishedGrid(t), key: tables[n]!.key }));
      const shared = new Map<string, Set<number | null>>();
      published.forEach((t) => {
        t.grid.forEach((row, i) => row.forEach((v, j) => {
          const key = t.key!(i, j);
          if (key !== undefined) shared.set(key, (shared.get(key) ?? new Set()).add(v));
        }));
      });
      for (const values of shared.values()) expect(values.size).toBe(1);
      expect(determinedAcross(published)).toEqual([]);
    }), { numRuns: 200 });
  });

  it('TR-5 across tables: each table protected on its own gives a hidden value away through a neighbour; linked, it does not', () => {
    // Group 0 has 3 early terminations: its own table hides them; the by-group table must hide a complement whose
    // value a drill-down of another group would otherwise show as that group's margin.
    const data = [[[30, 20, 3]], [[25, 15, 12]], [[40, 35, 30]]];
    const tables = linkedTables(data);
    const alone = tables.map((t): Published => ({ grid: publishedGrid(suppressSmallCells(t.counts)), key: t.key }));
    expect(determinedAcross(alone)).not.toEqual([]);
    const linked = suppressLinkedTables(tables).map((t, n): Published => ({ grid: publishedGrid(t), key: tables[n]!.key }));
    expect(determinedAcross(linked)).toEqual([]);
  });

  it('TR-5: rejects ragged rows and negative or fractional counts', () => {
    expect(() => suppressSmallCells([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressSmallCells([[-1]])).toThrow(RangeError);
    expect(() => suppressSmallCells([[1.5]])).toThrow(RangeError);
  });
});
