import { createHash } from 'node:crypto';

/**
 * SC-2: what one trajectory (a `score_trajectory` row, alias `f`, its outcome `o`) adds to the cell of the month it
 * started and to the cell of the month it ended. The incremental apply adds the difference a trajectory's new row
 * makes; the full recompute sums every row. Both use this one definition, so they agree exactly.
 */
const MEASURES: readonly { column: string; atStart: string; atEnd: string }[] = [
  { column: 'starts', atStart: '1', atEnd: '0' },
  { column: 'completions', atStart: '0', atEnd: '1' },
  { column: 'successes', atStart: '0', atEnd: `(o = 'SUCCESS')::int` },
  { column: 'unsuccessful', atStart: '0', atEnd: `(o = 'UNSUCCESSFUL')::int` },
  { column: 'early_terminations', atStart: '0', atEnd: `(o = 'EARLY_TERMINATION')::int` },
  { column: 'pending', atStart: '0', atEnd: `(o = 'PENDING')::int` },
  { column: 'placements', atStart: '0', atEnd: 'f.placed::int' },
  { column: 'duration_days', atStart: '0', atEnd: 'coalesce(f.ended_on - f.started_on, 0)' },
  { column: 'price_cents', atStart: '0', atEnd: 'coalesce(f.price_cents, 0)' },
  { column: 'planned_centihours', atStart: '0', atEnd: 'coalesce(f.planned_centihours, 0)' },
  { column: 'delivered_centihours', atStart: '0', atEnd: 'coalesce(f.delivered_centihours, 0)' },
  { column: 'reports_on_time', atStart: '0', atEnd: '(f.end_report_late IS FALSE)::int' },
  { column: 'followed_6', atStart: '0', atEnd: '(f.follow_up_known >> 5) & 1' },
  { column: 'working_6', atStart: '0', atEnd: '(f.follow_up_working >> 5) & 1' },
  { column: 'followed_12', atStart: '0', atEnd: '(f.follow_up_known >> 11) & 1' },
  { column: 'working_12', atStart: '0', atEnd: '(f.follow_up_working >> 11) & 1' },
  { column: 'satisfaction_n', atStart: '0', atEnd: '(f.satisfaction IS NOT NULL)::int' },
  { column: 'satisfaction_sum', atStart: '0', atEnd: 'coalesce(f.satisfaction, 0)' },
];

export const CELL_KEY = ['provider_id', 'route', 'benefit_type', 'region', 'month'] as const;
export const CELL_MEASURES = MEASURES.map((m) => m.column);
const KEY = CELL_KEY.join(', ');

const COUNTED = `NOT f.excluded AND f.provider_id IS NOT NULL AND f.route IS NOT NULL AND f.benefit_type IS NOT NULL AND f.region IS NOT NULL`;

/**
 * The contribution rows of the trajectories in `source` (a table name or a parenthesised query with its columns): one
 * for the start month, one for the end month. Two plain scans under UNION ALL, which PostgreSQL can run in parallel.
 */
function contributions(source: string): string {
  const row = (month: string, side: 'atStart' | 'atEnd') =>
    `SELECT f.provider_id, f.route, f.benefit_type, f.region, date_trunc('month', f.${month})::date AS month, ${MEASURES.map((m) => `${m[side]} AS ${m.column}`).join(', ')}
       FROM (SELECT *, coalesce(judged_outcome, closed_outcome) AS o FROM ${source} s) f
      WHERE f.${month} IS NOT NULL AND ${COUNTED}`;
  return `${row('started_on', 'atStart')}\n  UNION ALL\n  ${row('ended_on', 'atEnd')}`;
}

const sums = (factor: string) => CELL_MEASURES.map((m) => `sum(${factor}${m}) AS ${m}`).join(', ');

/** SC-6 full recompute: every cell from every trajectory, in one statement (after the cells were emptied). */
export const REBUILD_CELLS_SQL = `INSERT INTO score_cell (${KEY}, ${CELL_MEASURES.join(', ')})
  SELECT ${KEY}, ${sums('')} FROM (${contributions('score_trajectory')}) x GROUP BY ${KEY}`;

/**
 * SC-1 incremental, one statement: applies `set` (an UPDATE's SET list over $1 = the trajectory id and the values
 * from $2) to the trajectory's row, adds the new row's contributions and takes away those of the row as it was
 * (`$${beforeParam}`, its JSON, read under the row lock). Cells are touched in key order, so concurrent applies cannot
 * deadlock. Returns the touched cells that are now empty.
 */
export function applyDeltaSql(set: string, beforeParam: number): string {
  return `WITH after AS (UPDATE score_trajectory SET ${set} WHERE trajectory_id = $1 RETURNING *)
  INSERT INTO score_cell AS cell (${KEY}, ${CELL_MEASURES.join(', ')})
  SELECT ${KEY}, ${sums('sign * ')} FROM (
    SELECT -1 AS sign, * FROM (${contributions(`(SELECT * FROM jsonb_populate_record(NULL::score_trajectory, $${beforeParam}::jsonb))`)}) before
    UNION ALL
    SELECT 1 AS sign, * FROM (${contributions('after')}) after
  ) delta
  GROUP BY ${KEY} ORDER BY ${KEY}
  ON CONFLICT (${KEY}) DO UPDATE SET ${CELL_MEASURES.map((m) => `${m} = cell.${m} + excluded.${m}`).join(', ')}
  RETURNING provider_id, route, benefit_type, region, month::text AS month, starts = 0 AND completions = 0 AS empty`;
}

/** A cell no trajectory contributes to any more is removed, as a rebuild would never have written it. */
export const DELETE_EMPTY_CELL_SQL = `DELETE FROM score_cell WHERE (${KEY}) = ($1, $2, $3, $4, $5) AND starts = 0 AND completions = 0`;

/** SC-6: names the code that computes the cells; it changes whenever the definition above changes. */
export const CELLS_CODE_VERSION = `cells-${createHash('sha256').update(REBUILD_CELLS_SQL).update(applyDeltaSql('', 0)).digest('hex').slice(0, 12)}`;
