import { EntityManager } from 'typeorm';
import { monthsBefore, quarterOf } from './score-periods.js';

/**
 * SC-8: the performance norms per framework lot (the lots are the routes WERKFIT and NAAR_WERK): a success rate
 * below the floor in each of two consecutive complete quarters, each with at least `minN` final outcomes.
 */
export const SCORE_NORMS = [
  { norm: 'SUCCESS_FLOOR', route: 'WERKFIT', floorBp: 4_000, minN: 20, quarters: 2 },
  { norm: 'SUCCESS_FLOOR', route: 'NAAR_WERK', floorBp: 2_000, minN: 20, quarters: 2 },
] as const;

/** Opens one FW-6 review case per breach (provider, lot, last quarter); returns how many were new. */
export async function openNormReviewCases(manager: EntityManager, runId: string, asOf: string, now: Date): Promise<number> {
  const lastEnd = monthsBefore(asOf, (Number(asOf.slice(5, 7)) - 1) % 3);
  const secondStart = monthsBefore(lastEnd, 3);
  const firstStart = monthsBefore(lastEnd, 6);
  let opened = 0;
  for (const n of SCORE_NORMS) {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO score_review_case (provider_id, route, norm, last_quarter, basis, status, run_id, opened_at)
       SELECT provider_id, route, $1, $2,
              jsonb_build_object('floorBp', $3::int, 'quarters', jsonb_build_array(
                jsonb_build_object('quarter', $9::varchar, 'n', n1, 'successes', s1), jsonb_build_object('quarter', $2::varchar, 'n', n2, 'successes', s2))),
              'OPEN', $4, $5
         FROM (SELECT provider_id, route,
                      sum(completions - pending) FILTER (WHERE month < $8) AS n1, sum(successes) FILTER (WHERE month < $8) AS s1,
                      sum(completions - pending) FILTER (WHERE month >= $8) AS n2, sum(successes) FILTER (WHERE month >= $8) AS s2
                 FROM score_cell WHERE route = $6 AND month >= $7 AND month < $10
                GROUP BY provider_id, route) q
        WHERE n1 >= $11 AND n2 >= $11 AND s1 * 10000 < $3 * n1 AND s2 * 10000 < $3 * n2
       ON CONFLICT (provider_id, route, norm, last_quarter) DO NOTHING
       RETURNING id`,
      [n.norm, quarterOf(secondStart), n.floorBp, runId, now, n.route, firstStart, secondStart, quarterOf(firstStart), lastEnd, n.minN],
    );
    opened += inserted.length;
  }
  return opened;
}
