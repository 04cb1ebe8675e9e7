import { Role } from '@rim/contracts';
import { allEventsApplied, caseInput, createUser, eventually, openTrajectory, OpenTrajectory, orderTrajectory, startTestServer, TestServer, tokenFor, trajectoryStep } from '@rim/testing';
import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { PrivatePostgres, startPrivatePostgres } from './support/private-postgres.js';
import { assertWorkerBuilt, freePort, kill, startRedis, startWorker } from './support/processes.js';
import { recomputeScores, scoreCells } from './support/score-cells.js';

const PLAN = { activities: [{ code: 'NW-G1-01', hours: 10 }, { code: 'NW-G2-01', hours: 6 }], durationMonths: 6 };
/** A request still unanswered after this is hung: the API must answer (if only with 503) well before. */
const HUNG_MS = 15_000;
const PACE_MS = 60;

/** One HTTP attempt of a client, kept to check that every failure during the outages was a clean one. */
interface Attempt {
  status: number | string;
  problem: boolean;
  code?: string;
}

describe('PostgreSQL restarted during writes (SPEC §11; SC-1 outbox, IC-10 no payment twice, §8 audit chain and Idempotency-Key)', () => {
  let postgres: PrivatePostgres | undefined;
  let redis: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let server: TestServer | undefined;
  let db: DataSource | undefined;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL, OUTBOX_REPUBLISH_SECONDS: process.env.OUTBOX_REPUBLISH_SECONDS };

  beforeAll(async () => {
    assertWorkerBuilt();
    postgres = await startPrivatePostgres();
    process.env.DATABASE_URL = `${postgres.serverUrl}postgres`;
    db = await createDataSource({ DATABASE_URL: process.env.DATABASE_URL }, 3).initialize();
    await db.runMigrations({ transaction: 'each' });
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    process.env.REDIS_URL = `redis://127.0.0.1:${redisPort}/0`;
    process.env.OUTBOX_REPUBLISH_SECONDS = '2';
    server = await startTestServer();
    worker = startWorker();
  }, 90_000);

  afterAll(async () => {
    try {
      if (worker) await kill(worker);
      await server?.close();
      await db?.destroy();
      if (redis) await kill(redis);
    } finally {
      await postgres?.destroy();
      Object.assign(process.env, saved);
    }
  }, 60_000);

  it('SC-1, IC-10, §8: through a fast restart and a crash of PostgreSQL, requests fail with 503 and never hang, /health follows, and every acknowledged write is stored exactly once, audited, and applied once by the worker', async () => {
    const { url } = server!;
    const ordered: OpenTrajectory[] = [await openTrajectory('NAAR_WERK')];
    for (let i = 0; i < 2; i += 1) ordered.push(await openTrajectory('NAAR_WERK', { sameProviderAs: ordered[0] }));
    for (const t of ordered) await orderTrajectory(t, PLAN);
    const approved: OpenTrajectory[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t = await openTrajectory('NAAR_WERK', { sameProviderAs: ordered[0] });
      for (const [token, path, body] of [[t.provider, 'plans', PLAN], [t.coach, 'plan-review', { decision: 'APPROVE' }]] as const) {
        expect((await trajectoryStep(token, t.trajectoryId, path, body)).status).toBe(200);
      }
      approved.push(t);
    }
    const { provider, coach, providerId } = ordered[0]!;
    const trajectory = async (id: string) => (await request(url).get(`/api/trajectories/${id}`).set('authorization', `Bearer ${coach}`)).body as { version: number; startedOn: string };
    const startedOn = (await trajectory(ordered[0]!.trajectoryId)).startedOn;
    const [{ coachId }] = await db!.query(`SELECT coach_id AS "coachId" FROM client_case WHERE id = $1`, [ordered[0]!.caseId]);
    const versions = await Promise.all(approved.map(async (t) => (await trajectory(t.trajectoryId)).version));
    const casesBefore = await count(`SELECT count(*) FROM client_case WHERE coach_id = $1`, [coachId]);

    const attempts: Attempt[] = [];
    const keys: string[] = [];
    /** A careful client: one Idempotency-Key for every attempt of a submission, retried after a 503 or a key still in use. */
    const submit = async (token: string, path: string, body: object, ifMatch?: number) => {
      const key = randomUUID();
      keys.push(key);
      for (;;) {
        if (giveUp) throw new Error('the test failed elsewhere');
        const req = request(url).post(path).set('authorization', `Bearer ${token}`).set('idempotency-key', key);
        const res = await (ifMatch === undefined ? req : req.set('if-match', `"${ifMatch}"`)).send(body).timeout(HUNG_MS)
          .catch((err: { code?: string; timeout?: number; message: string }) => (err.timeout ? 'hung' : (err.code ?? err.message)));
        if (typeof res === 'string') {
          attempts.push({ status: res, problem: false });
        } else {
          attempts.push({ status: res.status, problem: String(res.headers['content-type']).startsWith('application/problem+json'), code: res.body?.code });
          if (res.status < 300 || res.body?.code === 'IDEMPOTENT_RESPONSE_LOST') return;
          if (res.status !== 503 && res.body?.code !== 'IDEMPOTENCY_KEY_IN_USE') throw new Error(`${path} refused: ${res.status} ${JSON.stringify(res.body)}`);
        }
        await sleep(200);
      }
    };

    const acknowledged = { placements: 0, hours: 0, cases: 0, orders: 0 };
    let stop = false;
    let giveUp = false;
    const clients = [
      async () => {
        for (let i = 0; !stop; i += 1) {
          await submit(provider, `/api/trajectories/${ordered[i % ordered.length]!.trajectoryId}/placements`, { contract: { type: 'INDEFINITE' }, hoursPerWeek: 1 + (i % 40), start: startedOn });
          acknowledged.placements += 1;
          await sleep(PACE_MS);
        }
      },
      async () => {
        // Quarters of an hour, alternating over each trajectory's two activities: at most 24 each stays within the smaller one's 6 planned hours.
        for (let i = 0; !stop && acknowledged.hours < ordered.length * 2 * 24; i += 1) {
          const t = ordered[i % ordered.length]!;
          await submit(provider, `/api/trajectories/${t.trajectoryId}/delivered-hours`, { activityCode: PLAN.activities[Math.floor(i / ordered.length) % 2]!.code, on: startedOn, hours: 0.25 });
          acknowledged.hours += 1;
          await sleep(PACE_MS);
        }
      },
      async () => {
        for (; !stop; await sleep(PACE_MS)) {
          await submit(coach, '/api/cases', caseInput());
          acknowledged.cases += 1;
        }
      },
      async () => {
        // The purchase orders come one by one while PostgreSQL goes down and up: each books its first payment (IC-10).
        for (const [i, t] of approved.entries()) {
          await sleep(1500);
          await submit(t.coach, `/api/trajectories/${t.trajectoryId}/purchase-order`, { clientConsent: true, consentNote: 'Cliënt akkoord' }, versions[i]);
          acknowledged.orders += 1;
        }
      },
    ];
    const running = Promise.all(clients.map((client) => client()));
    running.catch(() => (giveUp = true));

    const health = () => request(url).get('/health').timeout(HUNG_MS);
    try {
      await sleep(1000);
      for (const mode of ['fast', 'immediate'] as const) {
        await postgres!.stop(mode);
        const down = await health();
        expect({ status: down.status, database: down.body.database }).toEqual({ status: 503, database: 'down' });
        await sleep(1500);
        await postgres!.start();
        // The same API process: its pool reconnects by itself.
        await eventually(async () => ((await health()).status === 200 ? true : undefined), 30_000);
        await sleep(1500);
      }
    } catch (err) {
      giveUp = true;
      throw err;
    } finally {
      stop = true;
    }
    await running;

    const unclean = attempts.filter((a) => !(typeof a.status === 'number' && (a.status < 300 || (a.problem && (a.status === 503 || (a.status === 409 && a.code?.startsWith('IDEMPOTEN')))))));
    expect(unclean).toEqual([]);
    expect(attempts.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    expect(acknowledged.orders).toBe(approved.length);

    const orderedIds = ordered.map((t) => t.trajectoryId);
    const approvedIds = approved.map((t) => t.trajectoryId);
    const cases = `SELECT id::text FROM client_case WHERE coach_id = $1 AND id <> ALL($2::uuid[])`;
    const setupCases = [...ordered, ...approved].map((t) => t.caseId);
    expect(await count(`SELECT count(*) FROM placement WHERE trajectory_id = ANY($1)`, [orderedIds])).toBe(acknowledged.placements);
    expect(await count(`SELECT count(*) FROM delivered_hours WHERE trajectory_id = ANY($1)`, [orderedIds])).toBe(acknowledged.hours);
    expect(await count(`SELECT count(*) FROM client_case WHERE coach_id = $1`, [coachId])).toBe(casesBefore + acknowledged.cases);
    expect(await count(`SELECT count(*) FROM purchase_order WHERE trajectory_id = ANY($1)`, [approvedIds])).toBe(approved.length);
    expect(await count(`SELECT count(*) FROM idempotency_key WHERE key = ANY($1)`, [keys])).toBe(keys.length);

    // Each change has its one audit entry, and the chain verifies across the restarts.
    const audited = (action: string, ids: string[]) => count(`SELECT count(*) FROM audit_log WHERE action = $1 AND entity_id = ANY($2)`, [action, ids]);
    expect(await audited('trajectory.placement-recorded', orderedIds)).toBe(acknowledged.placements);
    expect(await audited('trajectory.hours-delivered', orderedIds)).toBe(acknowledged.hours);
    expect(await audited('case.created', (await db!.query(cases, [coachId, setupCases])).map((r: { id: string }) => r.id))).toBe(acknowledged.cases);
    const inspector = await tokenFor(await createUser({ role: Role.Inspector }));
    expect((await request(url).get('/api/audit/verify').set('authorization', `Bearer ${inspector}`)).body).toMatchObject({ valid: true });

    // IC-10: each late purchase order booked exactly the payments of one made before the faults.
    const ledger = async (id: string) => (await db!.query(`SELECT kind, amount_cents FROM payment_ledger WHERE trajectory_id = $1 ORDER BY kind`, [id])) as object[];
    const reference = await ledger(ordered[0]!.trajectoryId);
    expect(reference.length).toBeGreaterThan(0);
    for (const id of approvedIds) expect(await ledger(id)).toEqual(reference);

    // SC-1: every event relayed and applied once; the incremental cells equal a clean recompute.
    await allEventsApplied(db!, 60_000);
    expect(await count(`SELECT count(*) FROM outbox_event WHERE type = 'placement.recorded' AND aggregate_id = ANY($1)`, [orderedIds])).toBe(acknowledged.placements);
    expect(await count(`SELECT count(*) FROM outbox_event WHERE type = 'trajectory.started' AND aggregate_id = ANY($1)`, [[...orderedIds, ...approvedIds]])).toBe(ordered.length + approved.length);
    const [{ starts }] = await db!.query(`SELECT sum(starts)::int AS starts FROM score_cell WHERE provider_id = $1`, [providerId]);
    expect(starts).toBe(ordered.length + approved.length);
    const incremental = await scoreCells(db!, [providerId]);
    await recomputeScores(db!, url, await tokenFor(await createUser({ role: Role.BuyerOfficer })));
    expect(await scoreCells(db!, [providerId])).toEqual(incremental);
  }, 150_000);

  async function count(sql: string, params: unknown[]): Promise<number> {
    return Number((await db!.query(sql, params))[0].count);
  }
});
