import fc from 'fast-check';
import { suppressSmallCells, type SuppressedTable } from './suppression.js';

/** The published table as one grid with its margins (last row: column totals, last column: row totals). */
function publishedGrid(t: SuppressedTable): (number | null)[][] {
  return [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.columnTotals, t.total]];
}

function trueGrid(counts: number[][]): number[][] {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0]!.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0))];
}

/** Rank of a real matrix by Gaussian elimination with partial pivoting (entries here are small integers). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let col = 0; col < (m[0]?.length ?? 0) && r < m.length; col++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![col]!) > Math.abs(m[pivot]![col]!)) pivot = i;
    if (Math.abs(m[pivot]![col]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![col]! / m[r]![col]!;
      for (let k = col; k < m[i]!.length; k++) m[i]![k]! -= f * m[r]![k]!;
    }
    r++;
  }
  return r;
}

/**
 * The attacker of the totals: every line of the grid is an equation (cells sum to the total). Hidden value k is
 * determined exactly when the unit vector e_k lies in the row space of the equations over the hidden values.
 */
function determinedByTotals(published: (number | null)[][]): [number, number][] {
  const unknowns: [number, number][] = [];
  published.forEach((row, i) => row.forEach((v, j) => { if (v === null) unknowns.push([i, j]); }));
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  const rows = published.length;
  const cols = published[0]!.length;
  const equations: number[][] = [];
  const line = (cells: [number, number, number][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j, sign] of cells) { const k = index.get(`${i},${j}`); if (k !== undefined) eq[k] = sign; }
    if (eq.some((x) => x !== 0)) equations.push(eq);
  };
  for (let i = 0; i < rows; i++) line([...Array.from({ length: cols - 1 }, (_, j) => [i, j, 1] as [number, number, number]), [i, cols - 1, -1]]);
  for (let j = 0; j < cols; j++) line([...Array.from({ length: rows - 1 }, (_, i) => [i, j, 1] as [number, number, number]), [rows - 1, j, -1]]);
  const base = rank(equations);
  return unknowns.filter((_, k) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
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

  it('TR-5: rejects ragged rows and negative or fractional counts', () => {
    expect(() => suppressSmallCells([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressSmallCells([[-1]])).toThrow(RangeError);
    expect(() => suppressSmallCells([[1.5]])).toThrow(RangeError);
  });
});
