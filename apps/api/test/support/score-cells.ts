import { eventually } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

const CELLS = `SELECT provider_id, route, benefit_type, region, month::text, starts, completions, successes, unsuccessful, early_terminations, pending, placements,
                      duration_days::text, price_cents::text, planned_centihours::text, delivered_centihours::text, reports_on_time, followed_6, working_6,
                      followed_12, working_12, satisfaction_n, satisfaction_sum
                 FROM score_cell WHERE provider_id = ANY($1) ORDER BY provider_id, route, benefit_type, region, month`;

/** Every score cell of the providers, every measure as text or integer: what two computations must agree on exactly. */
export const scoreCells = (db: DataSource, providerIds: string[]): Promise<Record<string, unknown>[]> => db.query(CELLS, [providerIds]);

/** SC-6: a full recompute from scratch through the API, run by the worker; resolves when it is done. */
export async function recomputeScores(db: DataSource, url: string, officerToken: string): Promise<void> {
  const accepted = await request(url).post('/api/score-runs').set('authorization', `Bearer ${officerToken}`);
  if (accepted.status !== 202) throw new Error(`score run refused: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  await eventually(async () => ((await db.query(`SELECT status FROM score_run WHERE id = $1`, [accepted.body.runId]))[0]?.status === 'DONE' ? true : undefined), 60_000);
}
