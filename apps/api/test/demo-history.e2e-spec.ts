import { generateProviders, generateTrajectories, scoreEventsOf } from '@rim/market-sim';
import { startTestServer, TestServer } from '@rim/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ScoreApplyService } from '../src/modules/scoring/score-apply.service.js';
import { foldScoreFacts } from '../src/seed/score-history.js';

describe('the demo history\'s bulk-folded scoring facts (seed) equal what the worker\'s apply makes of the same events (SC-1)', () => {
  let server: TestServer;
  let db: DataSource;
  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
  });
  afterAll(() => server.close());

  it('SC-1: for 300 simulated trajectories of every route and outcome, fold and apply give the same score_trajectory rows', async () => {
    const providers = generateProviders({ seed: 7, count: 40 });
    const sims = [...generateTrajectories({ seed: 7, providers, fromYear: 2022, years: 2, scale: 0.005 })].slice(0, 300);
    expect(new Set(sims.map((t) => `${t.route}:${t.outcome}`)).size).toBe(9);
    const apply = server.app.get(ScoreApplyService);
    const pairs: [string, string][] = [];
    await db.transaction(async (manager) => {
      for (const t of sims) {
        const events = scoreEventsOf(t, { providerId: randomUUID(), followUpMonths: [6, 12] });
        const [applied, folded] = [randomUUID(), randomUUID()];
        for (const e of events) await apply.apply(manager, { eventId: randomUUID(), type: e.type, aggregateType: 'trajectory', aggregateId: applied, occurredAt: `${e.on}T12:00:00Z`, payload: e.payload });
        await manager.query(`INSERT INTO score_trajectory SELECT * FROM json_populate_record(NULL::score_trajectory, $1::json)`, [JSON.stringify(foldScoreFacts(folded, events))]);
        pairs.push([applied, folded]);
      }
    });
    const rows = new Map((await db.query(`SELECT trajectory_id, to_jsonb(f) - 'trajectory_id' AS facts FROM score_trajectory f`)).map((r: { trajectory_id: string; facts: object }) => [r.trajectory_id, r.facts]));
    const differing = pairs.filter(([a, b]) => JSON.stringify(rows.get(a)) !== JSON.stringify(rows.get(b)));
    expect(differing.map(([a, b]) => ({ applied: rows.get(a), folded: rows.get(b) })).slice(0, 2)).toEqual([]);
  });
});
