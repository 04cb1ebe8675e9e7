import { dashboardTable, shareBp, tableCsv } from './dashboard-table.js';

const AS_OF = new Date('2026-03-01T12:00:00Z');

describe('dashboard tables (SPEC TR-4, TR-5)', () => {
  const counts = [
    { row: 'A', column: 'X', n: 40 }, { row: 'A', column: 'Y', n: 3 },
    { row: 'B', column: 'X', n: 25 }, { row: 'B', column: 'Y', n: 30 },
    { row: 'C', column: 'X', n: 12 }, { row: 'C', column: 'Y', n: 20 },
  ];

  it('TR-5: a table is built from counts through the suppression, every row kept in the given order, zeros included', () => {
    const t = dashboardTable('t', counts, { rows: ['C', 'B', 'A', 'D'], columns: ['X', 'Y'], label: (k) => `row ${k}` }, AS_OF);
    expect(t.rows.map((r) => r.key)).toEqual(['C', 'B', 'A', 'D']);
    expect(t.rows[2]!.cells[1]).toBeNull();
    expect(t.rows[3]).toEqual({ key: 'D', label: 'row D', cells: [0, 0], total: 0, figures: [] });
    expect(t.suppressed).toBeGreaterThanOrEqual(4);
    expect(t).toMatchObject({ threshold: 10, asOf: AS_OF.toISOString() });
  });

  it('TR-5: derived figures see only the shown counts', () => {
    const t = dashboardTable('t', counts, { columns: ['X', 'Y'], figures: { names: ['xShareBp'], of: (row) => [shareBp(row.cells[0]!, row.total)] } }, AS_OF);
    expect(t.rows.some((r) => r.cells[0] === null || r.total === null)).toBe(true);
    for (const r of t.rows) {
      expect(r.figures).toEqual([r.cells[0] === null || r.total === null ? null : Math.round((r.cells[0] * 10_000) / r.total)]);
    }
    expect(shareBp(1, 3)).toBe(3_333);
    expect(shareBp(null, 3)).toBeNull();
    expect(shareBp(0, 0)).toBeNull();
  });

  it('TR-4: the CSV has a header, one line per row and a totals line; hidden values are empty fields; text is quoted', () => {
    const t = dashboardTable('t', counts, { columns: ['X', 'Y'], label: (k) => (k === 'B' ? 'Noord, "Oost"' : k) }, AS_OF);
    const lines = tableCsv(t).split('\r\n');
    expect(lines[0]).toBe('key,label,X,Y,total');
    expect(lines[2]).toBe('B,"Noord, ""Oost""",25,30,55');
    expect(lines[1]!.split(',').filter((f) => f === '').length).toBe([...t.rows[0]!.cells, t.rows[0]!.total].filter((v) => v === null).length);
    expect(lines[4]!.startsWith('TOTAL,Totaal,')).toBe(true);
    expect(lines[5]).toBe('');
  });
});
