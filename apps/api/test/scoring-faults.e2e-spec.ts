import { Role } from '@rim/contracts';
import { createUser, eventually, insertSimulatedScoreEvents, startTestServer, TestServer, tokenFor } from '@rim/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { DataSource } from 'typeorm';

/** The built worker: a separate process, so that it can be killed with SIGKILL like a crashed container. */
const WORKER_ENTRY = fileURLToPath(new URL('../dist/worker.js', import.meta.url));

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await eventually(async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await client.connect();
      return (await client.ping()) === 'PONG' ? true : undefined;
    } catch {
      return undefined;
    } finally {
      client.disconnect();
    }
  }, 10_000);
  return proc;
}

const kill = (proc: ChildProcess) => new Promise<void>((resolve) => {
  if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
  proc.once('exit', () => resolve());
  proc.kill('SIGKILL');
});

const startWorker = (): ChildProcess => spawn(process.execPath, [WORKER_ENTRY], { env: process.env, stdio: 'ignore' });

const CELLS = `SELECT provider_id, route, benefit_type, region, month::text, starts, completions, successes, unsuccessful, early_terminations, pending, placements,
                      duration_days::text, price_cents::text, planned_centihours::text, delivered_centihours::text, reports_on_time, followed_6, working_6,
                      followed_12, working_12, satisfaction_n, satisfaction_sum
                 FROM score_cell WHERE provider_id = ANY($1) ORDER BY provider_id, route, benefit_type, region, month`;

describe('SC-1 / SC-6 / SC-10 faults: worker SIGKILL mid-recompute, Redis restart and flush', () => {
  let redis: ChildProcess;
  let port: number;
  let server: TestServer;
  let worker: ChildProcess | undefined;
  const saved = { REDIS_URL: process.env.REDIS_URL, OUTBOX_REPUBLISH_SECONDS: process.env.OUTBOX_REPUBLISH_SECONDS };

  beforeAll(async () => {
    if (!existsSync(WORKER_ENTRY)) throw new Error(`build the API first (npm run build:api): ${WORKER_ENTRY} is missing`);
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

    const afterFaults = await db.query(CELLS, [market.providerIds]);
    const clean = await request(server.url).post('/api/score-runs').set('authorization', `Bearer ${officer}`);
    await eventually(async () => ((await db.query(`SELECT status FROM score_run WHERE id = $1`, [clean.body.runId]))[0]?.status === 'DONE' ? true : undefined), 60_000);
    expect(await db.query(CELLS, [market.providerIds])).toEqual(afterFaults);
  }, 300_000);
});
