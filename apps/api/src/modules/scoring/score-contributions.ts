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
  { column: 'planned_hours', atStart: '0', atEnd: 'coalesce(f.planned_hours, 0)' },
  { column: 'delivered_hours', atStart: '0', atEnd: 'coalesce(f.delivered_hours, 0)' },
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

/** The contribution rows of the trajectories in `source` (a table name or a parenthesised query with its columns). */
function contributions(source: string): string {
  const columns = CELL_MEASURES.join(', ');
  return `SELECT f.provider_id, f.route, f.benefit_type, f.region, c.month, ${CELL_MEASURES.map((m) => `c.${m}`).join(', ')}
      FROM ${source} f
      CROSS JOIN LATERAL (SELECT coalesce(f.judged_outcome, f.closed_outcome) AS o) outcome
      CROSS JOIN LATERAL (VALUES
        (date_trunc('month', f.started_on)::date, ${MEASURES.map((m) => m.atStart).join(', ')}),
        (date_trunc('month', f.ended_on)::date, ${MEASURES.map((m) => m.atEnd).join(', ')})
      ) AS c(month, ${columns})
     WHERE c.month IS NOT NULL AND NOT f.excluded
       AND f.provider_id IS NOT NULL AND f.route IS NOT NULL AND f.benefit_type IS NOT NULL AND f.region IS NOT NULL`;
}

const sums = (factor: string) => CELL_MEASURES.map((m) => `sum(${factor}${m}) AS ${m}`).join(', ');

/** SC-6 full recompute: every cell from every trajectory, in one statement (after the cells were emptied). */
export const REBUILD_CELLS_SQL = `INSERT INTO score_cell (${KEY}, ${CELL_MEASURES.join(', ')})
  SELECT ${KEY}, ${sums('')} FROM (${contributions('score_trajectory')}) x GROUP BY ${KEY}`;

/**
 * SC-1 incremental: adds the new row's contributions of trajectory $2 and takes away those of its previous state
 * ($1, the row as JSON before the event). Cells are touched in key order, so concurrent applies cannot deadlock.
 * Returns the touched cells that are now empty.
 */
export const APPLY_DELTA_SQL = `INSERT INTO score_cell AS cell (${KEY}, ${CELL_MEASURES.join(', ')})
  SELECT ${KEY}, ${sums('sign * ')} FROM (
    SELECT -1 AS sign, * FROM (${contributions('(SELECT * FROM jsonb_populate_record(NULL::score_trajectory, $1::jsonb))')}) before
    UNION ALL
    SELECT 1 AS sign, * FROM (${contributions('(SELECT * FROM score_trajectory WHERE trajectory_id = $2)')}) after
  ) delta
  GROUP BY ${KEY} ORDER BY ${KEY}
  ON CONFLICT (${KEY}) DO UPDATE SET ${CELL_MEASURES.map((m) => `${m} = cell.${m} + excluded.${m}`).join(', ')}
  RETURNING provider_id, route, benefit_type, region, month::text AS month, starts = 0 AND completions = 0 AS empty`;

/** A cell no trajectory contributes to any more is removed, as a rebuild would never have written it. */
export const DELETE_EMPTY_CELL_SQL = `DELETE FROM score_cell WHERE (${KEY}) = ($1, $2, $3, $4, $5) AND starts = 0 AND completions = 0`;

/** SC-6: names the code that computes the cells; it changes whenever the definition above changes. */
export const CELLS_CODE_VERSION = `cells-${createHash('sha256').update(REBUILD_CELLS_SQL).update(APPLY_DELTA_SQL).digest('hex').slice(0, 12)}`;
