import { Role } from '@rim/contracts';
import { createUser, eventually, insertSimulatedScoreEvents, startTestServer, TestServer, tokenFor } from '@rim/testing';
import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { assertWorkerBuilt, freePort, kill, startRedis, startWorker } from './support/processes.js';
import { recomputeScores, scoreCells } from './support/score-cells.js';

describe('SC-1 / SC-6 / SC-10 faults: worker SIGKILL mid-recompute, Redis restart and flush', () => {
  let redis: ChildProcess;
  let port: number;
  let server: TestServer;
  let worker: ChildProcess | undefined;
  const saved = { REDIS_URL: process.env.REDIS_URL, OUTBOX_REPUBLISH_SECONDS: process.env.OUTBOX_REPUBLISH_SECONDS };

  beforeAll(async () => {
    assertWorkerBuilt();
    port = await freePort();
    redis = await startRedis(port);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}/0`;
    process.env.OUTBOX_REPUBLISH_SECONDS = '2';
    server = await startTestServer();
  }, 60_000);

  afterAll(async () => {
    if (worker) await kill(worker);
    await server?.close();
    if (redis) await kill(redis);
    Object.assign(process.env, saved);
  });

  it('SC-1, SC-6, SC-10: after a SIGKILL mid-recompute, a Redis restart and a Redis flush, nothing is lost or counted twice and the totals equal a clean recompute', async () => {
    const db = server.app.get(DataSource);
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const today = new Date().toISOString().slice(0, 10);
    const market = await insertSimulatedScoreEvents(db, { seed: 7, providers: 40, trajectories: 900, fromYear: 2025, years: 2, until: today, followUpMonths: [6, 12] });
    const pending = async () => (await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE applied_at IS NULL`))[0].n as number;

    worker = startWorker();
    await eventually(async () => ((await pending()) < market.events * 0.8 ? true : undefined), 60_000);

    // Hold back the recompute at its table lock, so that the worker dies in the middle of it.
    const blocker = db.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE score_trajectory IN ROW EXCLUSIVE MODE');
    const accepted = await request(server.url).post('/api/score-runs').set('authorization', `Bearer ${officer}`);
    expect(accepted.status).toBe(202);
    const runStatus = async () => (await db.query(`SELECT status FROM score_run WHERE id = $1`, [accepted.body.runId]))[0]?.status as string | undefined;
    await eventually(async () => ((await runStatus()) === 'RUNNING' ? true : undefined), 30_000);
    await kill(worker);
    await blocker.rollbackTransaction();
    await blocker.release();
    expect(await runStatus()).toBe('RUNNING');

    // Redis restarts without its data: every queued event job and the recompute job are gone.
    await kill(redis);
    redis = await startRedis(port);
    worker = startWorker();
    await eventually(async () => ((await pending()) < market.events * 0.4 || (await pending()) === 0 ? true : undefined), 60_000);
    const { Redis } = await import('ioredis');
    const client = new Redis(port, '127.0.0.1');
    await client.flushall();
    client.disconnect();

    await eventually(async () => ((await pending()) === 0 && (await runStatus()) === 'DONE' ? true : undefined), 120_000);
    const [{ attempts }] = await db.query(`SELECT attempts FROM score_run WHERE id = $1`, [accepted.body.runId]);
    expect(attempts).toBeGreaterThanOrEqual(2);

    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE type = 'trajectory.started')::int AS starts, count(*) FILTER (WHERE type = 'trajectory.closed')::int AS completions,
              count(*) FILTER (WHERE type = 'satisfaction.recorded')::int AS "satisfactionN",
              count(*) FILTER (WHERE type = 'follow-up.recorded' AND payload->>'monthsAfterEnd' = '6')::int AS "followed6",
              count(*) FILTER (WHERE type = 'follow-up.recorded' AND payload->>'monthsAfterEnd' = '12')::int AS "followed12"
         FROM outbox_event WHERE payload->>'providerId' = ANY($1)`, [market.providerIds]);
    const [totals] = await db.query(
      `SELECT sum(starts)::int AS starts, sum(completions)::int AS completions, sum(satisfaction_n)::int AS "satisfactionN",
              sum(followed_6)::int AS "followed6", sum(followed_12)::int AS "followed12"
         FROM score_cell WHERE provider_id = ANY($1)`, [market.providerIds]);
    expect(totals).toEqual(counts);

    const afterFaults = await scoreCells(db, market.providerIds);
    await recomputeScores(db, server.url, officer);
    expect(await scoreCells(db, market.providerIds)).toEqual(afterFaults);
  }, 300_000);
});
