import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobName, QueueName, Role } from '@rim/contracts';
import { wilsonInterval } from '@rim/domain';
import { allEventsApplied, createUser, eventually, insertOutboxEvents, insertSimulatedScoreEvents, startTestServer, TestServer, tokenFor, type SimulatedScoreData } from '@rim/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueues } from '../src/common/queue/job-queues.js';
import { ScoresService } from '../src/modules/scoring/scores.service.js';
import { WorkerModule } from '../src/worker/worker.module.js';

/** Dates relative to today: the worker runs on the real clock. `quarter(-1)` is the last complete quarter. */
const TODAY = new Date().toISOString().slice(0, 10);
const LAST_YEAR = Number(TODAY.slice(0, 4)) - 1;
function quarter(offset: number): { label: string; middle: string } {
  const index = Number(TODAY.slice(0, 4)) * 4 + Math.floor((Number(TODAY.slice(5, 7)) - 1) / 3) + offset;
  const year = Math.floor(index / 4);
  const q = (index % 4) + 1;
  return { label: `${year}-Q${q}`, middle: `${year}-${String((q - 1) * 3 + 2).padStart(2, '0')}-14` };
}

const CELLS = `SELECT provider_id, route, benefit_type, region, month::text, starts, completions, successes, unsuccessful, early_terminations, pending, placements,
                      duration_days::text, price_cents::text, planned_centihours::text, delivered_centihours::text, reports_on_time, followed_6, working_6,
                      followed_12, working_12, satisfaction_n, satisfaction_sum
                 FROM score_cell ORDER BY provider_id, route, benefit_type, region, month`;

describe('SC: queued performance scoring from the outbox events', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  let db: DataSource;
  let officer: string;
  let provider: { token: string; organisationId: string };
  let market: SimulatedScoreData;
  /** The simulated provider with the most trajectories. */
  let largest: string;

  const allApplied = () => allEventsApplied(db, 120_000);

  const recompute = async () => {
    const res = await request(server.url).post('/api/score-runs').set('authorization', `Bearer ${officer}`);
    expect(res.status).toBe(202);
    return eventually(async () => {
      const run = await request(server.url).get(`/api/score-runs/${res.body.runId}`).set('authorization', `Bearer ${officer}`);
      return run.body.status === 'DONE' ? { accepted: res.body, run: run.body } : undefined;
    }, 60_000);
  };

  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
    officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const providerUser = await createUser({ role: Role.ProviderAdmin });
    provider = { token: await tokenFor(providerUser), organisationId: providerUser.organisationId };
    market = await insertSimulatedScoreEvents(db, {
      seed: 61, providers: 60, trajectories: 1200, fromYear: LAST_YEAR - 1, years: 3, until: TODAY, organisationIds: [providerUser.organisationId], followUpMonths: [6, 12],
    });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    await allApplied();
    [{ largest }] = await db.query(`SELECT provider_id AS largest FROM score_cell WHERE provider_id = ANY($1) GROUP BY provider_id ORDER BY sum(starts) DESC LIMIT 1`, [market.providerIds]);
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await server?.close();
  }, 60_000);

  it('SC-1 / SC-6: every event is applied once, and a full recompute from scratch equals the incremental cells exactly', async () => {
    const incremental = await db.query(CELLS);
    expect(incremental.length).toBeGreaterThan(100);
    const [{ starts, completions }] = await db.query(`SELECT sum(starts)::int AS starts, sum(completions)::int AS completions FROM score_cell WHERE provider_id = ANY($1)`, [market.providerIds]);
    const [events] = await db.query(
      `SELECT count(*) FILTER (WHERE type = 'trajectory.started')::int AS started, count(*) FILTER (WHERE type = 'trajectory.closed')::int AS closed
         FROM outbox_event WHERE payload->>'providerId' = ANY($1)`, [market.providerIds]);
    expect({ starts, completions }).toEqual({ starts: events.started, completions: events.closed });

    const { accepted, run } = await recompute();
    expect(accepted).toMatchObject({ job: JobName.ScoreRecompute, jobId: `score-recompute-${accepted.runId}` });
    expect(run).toMatchObject({ methodologyVersion: 'scoring-1', codeVersion: expect.stringMatching(/^cells-[0-9a-f]{12}\/scoring-1$/) });
    expect(run.trajectories).toBeGreaterThanOrEqual(market.trajectories);
    expect(BigInt(run.watermarkSeq)).toBeGreaterThan(0n);
    expect(await db.query(CELLS)).toEqual(incremental);
  }, 60_000);

  it('SC-1: an event delivered again (a second job for the same event id) changes nothing', async () => {
    const before = await db.query(CELLS);
    const [event] = await db.query(`SELECT id, type, aggregate_id, payload, occurred_at FROM outbox_event WHERE type = 'trajectory.closed' AND correlation_id = 'test-scoring' LIMIT 1`);
    const queue = server.app.get(JobQueues).queue(QueueName.DomainEvents);
    const job = await queue.add(JobName.ApplyDomainEvent, {
      eventId: event.id, type: event.type, aggregateType: 'trajectory', aggregateId: event.aggregate_id, occurredAt: event.occurred_at.toISOString(), payload: event.payload,
    }, { jobId: `redelivery-${randomUUID()}` });
    const result = await eventually(async () => ((await job.isCompleted()) ? (await queue.getJob(job.id!))!.returnvalue : undefined));
    expect(result).toBe('duplicate');
    expect(await db.query(CELLS)).toEqual(before);
  }, 60_000);

  it('SC-2 / SC-3: an independent plain-SQL count over the events gives the API’s rates for a sample of providers', async () => {
    const sample = market.providerIds.slice(0, 8);
    for (const providerId of sample) {
      const [truth] = await db.query(
        `WITH closed AS (
           SELECT e.aggregate_id, e.payload->>'outcome' AS outcome, e.payload->>'endedOn' AS ended_on
             FROM outbox_event e WHERE e.type = 'trajectory.closed' AND e.payload->>'providerId' = $1),
         judged AS (SELECT aggregate_id, payload->>'outcome' AS outcome FROM outbox_event WHERE type = 'trajectory.outcome-judged')
         SELECT count(*)::int AS completions,
                count(*) FILTER (WHERE coalesce(j.outcome, c.outcome) = 'SUCCESS')::int AS successes,
                count(*) FILTER (WHERE coalesce(j.outcome, c.outcome) = 'EARLY_TERMINATION')::int AS early,
                count(*) FILTER (WHERE coalesce(j.outcome, c.outcome) <> 'PENDING')::int AS decided
           FROM closed c LEFT JOIN judged j USING (aggregate_id)
          WHERE c.ended_on >= $2 AND c.ended_on < $3`,
        [providerId, `${LAST_YEAR}-01-01`, `${LAST_YEAR + 1}-01-01`],
      );
      const res = await request(server.url).get(`/api/scores/providers/${providerId}?period=${LAST_YEAR}`).set('authorization', `Bearer ${officer}`);
      expect(res.status).toBe(200);
      const sum = (key: string, field: 'numerator' | 'n') => res.body.groups.reduce((s: number, g: { measures: { key: string; numerator: number; n: number }[] }) => s + g.measures.find((m) => m.key === key)![field], 0);
      expect({ completions: sum('completions', 'numerator'), successes: sum('successRate', 'numerator'), early: sum('earlyTerminationRate', 'numerator'), decided: sum('successRate', 'n') }).toEqual(truth);
      for (const group of res.body.groups) {
        const rate = group.measures.find((m: { key: string }) => m.key === 'successRate');
        const w = wilsonInterval(rate.numerator, rate.n);
        expect(rate).toMatchObject({ value: w.rate, low: w.low, high: w.high, reportable: rate.n >= 10, computation: expect.stringContaining('Wilson') });
      }
    }
  }, 60_000);

  it('SC-3: an empty period is not scored; the officer’s view ranks only providers with n ≥ 10', async () => {
    const empty = await request(server.url).get(`/api/scores/providers/${market.providerIds[0]}?period=2019-Q1`).set('authorization', `Bearer ${officer}`);
    expect(empty.body).toMatchObject({ scored: false, groups: [] });
    const page = await request(server.url).get(`/api/scores/providers?period=${LAST_YEAR}&route=WERKFIT&pageSize=100`).set('authorization', `Bearer ${officer}`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(5);
    for (const item of page.body.items) {
      const n = item.measures.find((m: { key: string }) => m.key === 'successRate').n;
      expect(item.rank === null).toBe(n < 10);
    }
    const ranked = page.body.items.filter((i: { rank: number | null }) => i.rank !== null).map((i: { measures: { key: string; value: number }[] }) => i.measures.find((m) => m.key === 'successRate')!.value);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  }, 60_000);

  it('SC-5: durability is provisional until its follow-up window has closed', async () => {
    const measure = async (period: string, key: string) => {
      const res = await request(server.url).get(`/api/scores/providers/${largest}?period=${period}`).set('authorization', `Bearer ${officer}`);
      return res.body.groups[0].measures.find((m: { key: string }) => m.key === key);
    };
    expect(await measure(quarter(-6).label, 'durable6Rate')).toMatchObject({ provisional: false });
    expect(await measure(quarter(-6).label, 'durable12Rate')).toMatchObject({ provisional: false });
    expect(await measure(quarter(-4).label, 'durable6Rate')).toMatchObject({ provisional: false });
    expect(await measure(quarter(-4).label, 'durable12Rate')).toMatchObject({ provisional: true });
    expect(await measure(quarter(-1).label, 'durable6Rate')).toMatchObject({ provisional: true });
    expect(await measure(quarter(-1).label, 'successRate')).toMatchObject({ provisional: false });
  }, 60_000);

  it('SC-4: the recompute fits a versioned case-mix model per route and gives providers an observed ÷ expected index', async () => {
    const { run } = await recompute();
    const models = run.parameters.caseMix;
    expect(models.map((m: { route: string }) => m.route)).toEqual(['WERKFIT', 'NAAR_WERK', 'IRO']);
    expect(models[0]).toMatchObject({ version: 'casemix-1', converged: true, coefficientNames: expect.arrayContaining(['(intercept)', 'barrierCount']) });
    const res = await request(server.url).get(`/api/scores/providers/${largest}`).set('authorization', `Bearer ${officer}`);
    const index = res.body.caseMix[0].caseMix;
    expect(index).toMatchObject({ runId: run.id, n: expect.any(Number), computation: expect.stringContaining('expected') });
    expect(index.index).toBeCloseTo(index.observed / index.expected, 12);
    expect(index.low).toBeLessThanOrEqual(index.index);
    expect(index.high).toBeGreaterThanOrEqual(index.index);
  }, 60_000);

  it('SC-7: the realised KPIs a tender evaluation asks for are the provider’s figures of the last 12 months, absent below n = 10', async () => {
    const newcomer = randomUUID();
    const realised = await server.app.get(ScoresService).realisedKpis([largest, newcomer]);
    expect(realised.has(newcomer)).toBe(false);
    const res = await request(server.url).get(`/api/scores/providers/${largest}`).set('authorization', `Bearer ${officer}`);
    const sum = (key: string, field: 'numerator' | 'n') => res.body.groups.reduce((s: number, g: { measures: { key: string; numerator: number; n: number }[] }) => s + g.measures.find((m) => m.key === key)![field], 0);
    expect(realised.get(largest)).toEqual({
      dropOutBp: Math.round((sum('earlyTerminationRate', 'numerator') * 10_000) / sum('earlyTerminationRate', 'n')),
      placementBp: Math.round((sum('placementRate', 'numerator') * 10_000) / sum('placementRate', 'n')),
      durationDays: Math.round(sum('averageDurationDays', 'numerator') / sum('averageDurationDays', 'n')),
    });
  }, 60_000);

  it('SC-2: a provider reads its own scores, never another provider’s; bad periods are refused with 400', async () => {
    const own = await request(server.url).get(`/api/scores/providers/${provider.organisationId}?period=${LAST_YEAR}&breakdown=region`).set('authorization', `Bearer ${provider.token}`);
    expect(own.status).toBe(200);
    expect(own.body.scored).toBe(true);
    expect(own.body.groups[0].group).toEqual(expect.any(String));
    const other = await request(server.url).get(`/api/scores/providers/${market.providerIds[1]}`).set('authorization', `Bearer ${provider.token}`);
    expect(other.status).toBe(404);
    expect((await request(server.url).get('/api/scores/providers').set('authorization', `Bearer ${provider.token}`)).status).toBe(403);
    const bad = await request(server.url).get(`/api/scores/providers/${provider.organisationId}?period=${LAST_YEAR}-Q5`).set('authorization', `Bearer ${provider.token}`);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const [{ n: contestsBefore }] = await db.query(`SELECT count(*)::int AS n FROM score_contest`);
    for (const body of [{}, { trajectoryId: 'nope', reason: 'Klopt niet.', evidence: 'Zie bijlage.' }, { trajectoryId: randomUUID(), reason: 'Klopt niet.', evidence: 'Zie bijlage.', extra: 1 }]) {
      const res = await request(server.url).post('/api/score-contests').set('authorization', `Bearer ${provider.token}`).send(body);
      expect(res.status).toBe(400);
    }
    const notMine = await request(server.url).post('/api/score-contests').set('authorization', `Bearer ${provider.token}`).send({ trajectoryId: randomUUID(), reason: 'Klopt niet.', evidence: 'Zie bijlage.' });
    expect(notMine.status).toBe(404);
    expect((await db.query(`SELECT count(*)::int AS n FROM score_contest`))[0].n).toBe(contestsBefore);
  }, 60_000);

  it('SC-9: an upheld contest takes the trajectory out of the figures and recomputes; the result equals a rebuild', async () => {
    const [fact] = await db.query(`SELECT trajectory_id FROM score_trajectory WHERE provider_id = $1 AND ended_on IS NOT NULL LIMIT 1`, [provider.organisationId]);
    const [{ before }] = await db.query(`SELECT sum(completions)::int AS before FROM score_cell WHERE provider_id = $1`, [provider.organisationId]);
    const filed = await request(server.url).post('/api/score-contests').set('authorization', `Bearer ${provider.token}`)
      .send({ trajectoryId: fact.trajectory_id, reason: 'Deze cliënt is nooit bij ons gestart.', evidence: 'Brief van UWV van 3 maart: verwijzing ingetrokken.' });
    expect(filed.status).toBe(201);
    const decided = await request(server.url).post(`/api/score-contests/${filed.body.id}/decision`).set('authorization', `Bearer ${officer}`)
      .send({ decision: 'UPHELD', comment: 'Bewijs is overtuigend.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'UPHELD', runId: expect.any(String) });
    const [{ after }] = await db.query(`SELECT sum(completions)::int AS after FROM score_cell WHERE provider_id = $1`, [provider.organisationId]);
    expect(after).toBe(before - 1);
    const incremental = await db.query(CELLS);
    const run = await eventually(async () => {
      const r = await request(server.url).get(`/api/score-runs/${decided.body.runId}`).set('authorization', `Bearer ${officer}`);
      return r.body.status === 'DONE' ? r.body : undefined;
    });
    expect(run.trigger).toBe('CONTEST');
    expect(await db.query(CELLS)).toEqual(incremental);
    const again = await request(server.url).post(`/api/score-contests/${filed.body.id}/decision`).set('authorization', `Bearer ${officer}`).send({ decision: 'REJECTED', comment: 'Toch niet.' });
    expect(again.status).toBe(409);
  }, 60_000);

  it('SC-8: two consecutive quarters below the success floor with n ≥ 20 open one FW-6 review case, which an officer decides', async () => {
    const weak = randomUUID();
    const caseMix = { benefitType: 'WW', targetGroup: 'WW-01', region: 'AMR-01', distanceToLabourMarket: 3, ageBand: '27-44', barrierCount: 1 };
    const started = `${LAST_YEAR - 1}-06-02`;
    const events = [quarter(-2).middle, quarter(-1).middle].flatMap((endedOn) => Array.from({ length: 22 }, (_, i) => {
      const trajectoryId = randomUUID();
      const payload = { providerId: weak, route: 'WERKFIT', startedOn: started, caseMix };
      return [
        { trajectoryId, event: { type: 'trajectory.started', on: started, payload: { ...payload, frameworkId: null, priceCents: 300_000, hours: 40 } } },
        { trajectoryId, event: { type: 'trajectory.closed', on: endedOn, payload: { ...payload, endedOn, endReason: 'MAX_DURATION', outcome: i < 4 ? 'SUCCESS' : 'UNSUCCESSFUL', plannedHours: 40, deliveredHours: 38, priceCents: 300_000, endReportLate: false } } },
      ];
    }).flat());
    await insertOutboxEvents(db, events);
    await allApplied();
    await recompute();
    await recompute();
    const cases = await request(server.url).get('/api/score-review-cases').set('authorization', `Bearer ${officer}`);
    const mine = cases.body.filter((c: { providerId: string }) => c.providerId === weak);
    expect(mine).toEqual([expect.objectContaining({ route: 'WERKFIT', norm: 'SUCCESS_FLOOR', lastQuarter: quarter(-1).label, status: 'OPEN' })]);
    expect(mine[0].basis.quarters).toEqual([{ quarter: quarter(-2).label, n: 22, successes: 4 }, { quarter: quarter(-1).label, n: 22, successes: 4 }]);
    const decide = () => request(server.url).post(`/api/score-review-cases/${mine[0].id}/decision`).set('authorization', `Bearer ${officer}`).send({ decision: 'NO_ACTION', comment: 'Instroom was uitzonderlijk zwaar; geen maatregel.' });
    const decided = await decide();
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('CLOSED');
    expect((await decide()).status).toBe(409);
    const [audit] = await db.query(`SELECT data FROM audit_log WHERE entity_id = $1 AND action = 'score.review-case-decided'`, [mine[0].id]);
    expect(audit.data).toMatchObject({ decision: 'NO_ACTION', providerId: weak });
  }, 60_000);

  it('SC-10: runs have deterministic job ids, report progress, keep a history; the nightly recompute is scheduled', async () => {
    const { accepted } = await recompute();
    const queue = server.app.get(JobQueues).queue(QueueName.Scoring);
    const job = await queue.getJob(accepted.jobId);
    expect(job?.progress).toBe(100);
    expect(job?.opts).toMatchObject({ attempts: 8, backoff: { type: 'exponential', delay: 1000 } });
    const history = await request(server.url).get('/api/score-runs?pageSize=50').set('authorization', `Bearer ${officer}`);
    expect(history.body.items.map((r: { id: string }) => r.id)).toContain(accepted.runId);
    const schedulers = await eventually(async () => {
      const list = await queue.getJobSchedulers();
      return list.length ? list : undefined;
    });
    expect(schedulers).toEqual([expect.objectContaining({ key: 'score-recompute-nightly', pattern: '30 2 * * *', tz: 'Europe/Amsterdam' })]);
    expect((await request(server.url).post('/api/score-runs').set('authorization', `Bearer ${provider.token}`)).status).toBe(403);
  }, 60_000);
});
