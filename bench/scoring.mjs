/**
 * SC of SPEC §10, in a database of its own (rim_bench_scoring): 1,000,000 simulated trajectories bulk-loaded (unnest)
 * as the scoring rows their events fold into; then, with the built worker as a child process:
 *   - the full recompute (SC-6) beside the best hand-written single SQL aggregate over the same rows (targets: ratio
 *     ≤ 1.5 and ≤ 30 s), and the worker's peak RSS (≤ 512 MB);
 *   - the incremental latency from event commit to visible score at 200 events/s (p95 ≤ 2 s).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Queue } from 'bullmq';
import { ensureDatabase } from '../scripts/lib/postgres.mjs';
import { runMigrations, startChild, stopChild } from '../scripts/lib/app.mjs';
import { withPath } from '../scripts/lib/env.mjs';
import { watchRss } from './lib/rss.mjs';
import { RECOMPUTE_WORK_MEM } from '../apps/api/dist/modules/scoring/score-recompute.service.js';

const DATABASE = 'rim_bench_scoring';
const TRAJECTORIES = 1_000_000;
const FROM_YEAR = 2023;
const YEARS = 4;
const EVENTS_PER_SECOND = 200;
const LATENCY_SECONDS = 30;
const QUEUE_PREFIX = 'rim-bench-scoring';

const COLUMNS = [
  ['trajectory_id', 'uuid'], ['provider_id', 'uuid'], ['route', 'varchar'], ['benefit_type', 'varchar'], ['region', 'varchar'],
  ['distance_to_labour_market', 'smallint'], ['age_band', 'varchar'], ['barrier_count', 'smallint'], ['started_on', 'date'], ['price_cents', 'integer'],
  ['ended_on', 'date'], ['end_reason', 'varchar'], ['closed_outcome', 'varchar'], ['judged_outcome', 'varchar'], ['planned_centihours', 'integer'],
  ['delivered_centihours', 'integer'], ['end_report_late', 'boolean'], ['placed', 'boolean'], ['follow_up_known', 'integer'], ['follow_up_working', 'integer'],
  ['satisfaction', 'smallint'],
];

/** The row the SC-1 apply leaves after all of a trajectory's events (see score-events.ts), folded here for bulk loading. */
function fold(trajectoryId, events) {
  const row = { trajectory_id: trajectoryId, placed: false, follow_up_known: 0, follow_up_working: 0 };
  for (const { type, payload: p } of events) {
    if (type === 'trajectory.started' || type === 'trajectory.closed') {
      Object.assign(row, {
        provider_id: p.providerId, route: p.route, started_on: p.startedOn, benefit_type: p.caseMix.benefitType, region: p.caseMix.region,
        distance_to_labour_market: p.caseMix.distanceToLabourMarket, age_band: p.caseMix.ageBand, barrier_count: p.caseMix.barrierCount,
      });
    }
    if (type === 'trajectory.started') Object.assign(row, { price_cents: p.priceCents, planned_centihours: Math.round(p.hours * 100) });
    if (type === 'trajectory.closed') {
      Object.assign(row, {
        ended_on: p.endedOn, end_reason: p.endReason, closed_outcome: p.outcome, planned_centihours: Math.round(p.plannedHours * 100),
        delivered_centihours: Math.round(p.deliveredHours * 100),
        price_cents: p.priceCents, end_report_late: p.endReportLate,
      });
    }
    if (type === 'trajectory.outcome-judged') row.judged_outcome = p.outcome;
    if (type === 'placement.recorded') row.placed = true;
    if (type === 'satisfaction.recorded') row.satisfaction = p.score;
    if (type === 'follow-up.recorded') {
      const bit = 1 << (p.monthsAfterEnd - 1);
      row.follow_up_known |= bit;
      row.follow_up_working = (row.follow_up_working & ~bit) | (p.working ? bit : 0);
    }
  }
  return row;
}

async function bulkLoad(client, ctx, until) {
  const { generateProviders, generateTrajectories, scaleForTrajectories, scoreEventsOf } = await import('../libs/market-sim/dist/index.js');
  const providers = generateProviders({ seed: 2026, count: 2500 });
  const ids = new Map(providers.map((p) => [p.kvkNumber, randomUUID()]));
  const insert = `INSERT INTO score_trajectory (${COLUMNS.map(([c]) => c).join(', ')})
    SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
  let batch = [];
  let loaded = 0;
  const flush = async () => {
    await client.query(insert, COLUMNS.map(([c]) => batch.map((row) => row[c] ?? null)));
    loaded += batch.length;
    batch = [];
  };
  const scale = scaleForTrajectories(TRAJECTORIES, YEARS);
  for (const t of generateTrajectories({ seed: 2026, providers, fromYear: FROM_YEAR, years: YEARS, scale })) {
    if (t.startDate >= until) continue;
    batch.push(fold(randomUUID(), scoreEventsOf(t, { providerId: ids.get(t.providerKvk), until })));
    if (batch.length === 20_000) await flush();
    if (loaded && loaded % 200_000 === 0 && batch.length === 0) ctx.log(`  ${loaded.toLocaleString('en')} rows…`);
  }
  if (batch.length) await flush();
  await client.query('ANALYZE score_trajectory');
  return { loaded, providerIds: [...ids.values()] };
}

/**
 * The same cells by hand, two ways (one scan with two rows each; two scans); the faster one, best of three, counts.
 * Timed with EXPLAIN ANALYZE (TIMING OFF): every output value is computed, none is sent, and nothing is written.
 */
const MEASURES = `count(*) FILTER (WHERE s) AS starts, count(*) FILTER (WHERE NOT s) AS completions,
  count(*) FILTER (WHERE NOT s AND o = 'SUCCESS') AS successes, count(*) FILTER (WHERE NOT s AND o = 'UNSUCCESSFUL') AS unsuccessful,
  count(*) FILTER (WHERE NOT s AND o = 'EARLY_TERMINATION') AS early, count(*) FILTER (WHERE NOT s AND o = 'PENDING') AS pending,
  count(*) FILTER (WHERE NOT s AND placed) AS placements, sum(ended_on - started_on) FILTER (WHERE NOT s) AS duration,
  sum(price_cents) FILTER (WHERE NOT s) AS price, sum(planned_centihours) FILTER (WHERE NOT s) AS planned, sum(delivered_centihours) FILTER (WHERE NOT s) AS delivered,
  count(*) FILTER (WHERE NOT s AND end_report_late IS FALSE) AS on_time, sum((follow_up_known >> 5) & 1) FILTER (WHERE NOT s) AS f6,
  sum((follow_up_working >> 5) & 1) FILTER (WHERE NOT s) AS w6, sum((follow_up_known >> 11) & 1) FILTER (WHERE NOT s) AS f12,
  sum((follow_up_working >> 11) & 1) FILTER (WHERE NOT s) AS w12, count(satisfaction) FILTER (WHERE NOT s) AS sat_n, sum(satisfaction) FILTER (WHERE NOT s) AS sat_sum`;
const BASELINES = {
  lateral: `SELECT provider_id, route, benefit_type, region, m, ${MEASURES}
      FROM (SELECT f.*, coalesce(judged_outcome, closed_outcome) AS o FROM score_trajectory f WHERE NOT excluded) f
      CROSS JOIN LATERAL (VALUES (date_trunc('month', started_on), true), (date_trunc('month', ended_on), false)) v(m, s)
     WHERE m IS NOT NULL GROUP BY provider_id, route, benefit_type, region, m`,
  unionAll: `SELECT provider_id, route, benefit_type, region, m, ${MEASURES}
      FROM (SELECT f.*, coalesce(judged_outcome, closed_outcome) AS o, date_trunc('month', started_on) AS m, true AS s FROM score_trajectory f WHERE NOT excluded
            UNION ALL
            SELECT f.*, coalesce(judged_outcome, closed_outcome), date_trunc('month', ended_on), false FROM score_trajectory f WHERE NOT excluded AND ended_on IS NOT NULL) f
     GROUP BY provider_id, route, benefit_type, region, m`,
};

async function bestBaseline(client) {
  await client.query(`SET work_mem = '${RECOMPUTE_WORK_MEM}'`);
  let best = Infinity;
  let which;
  for (const [name, sql] of Object.entries(BASELINES)) {
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await client.query(`EXPLAIN (ANALYZE, TIMING OFF) ${sql}`);
      const ms = performance.now() - start;
      if (ms < best) [best, which] = [ms, name];
    }
  }
  return { ms: best, which };
}

async function recompute(queue, client) {
  const runId = randomUUID();
  const job = await queue.add('score-recompute', { runId }, { jobId: `score-recompute-${runId}`, attempts: 1, removeOnFail: false });
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const state = await job.getState();
    if (state === 'failed') throw new Error(`recompute failed: ${(await queue.getJob(job.id)).failedReason}`);
    if (state === 'unknown') throw new Error('the recompute job is gone: was the Redis database emptied by another process?');
    if (state === 'completed') break;
  }
  const [run] = (await client.query(`SELECT extract(epoch FROM finished_at - started_at) * 1000 AS ms FROM score_run WHERE id = $1`, [runId])).rows;
  return { ms: Number(run.ms), summary: (await queue.getJob(job.id)).returnvalue };
}

/** 200 events/s in commits of 10, each a new trajectory's start or closing; latency until its apply committed. */
async function incrementalLatency(client, ctx, providerIds) {
  const { generateProviders, generateTrajectories, scoreEventsOf } = await import('../libs/market-sim/dist/index.js');
  const providers = generateProviders({ seed: 2026, count: 2500 });
  const ids = new Map(providers.map((p, i) => [p.kvkNumber, providerIds[i]]));
  const events = [];
  for (const t of generateTrajectories({ seed: 99, providers, fromYear: 2026, years: 1, scale: 0.2 })) {
    const trajectoryId = randomUUID();
    for (const e of scoreEventsOf(t, { providerId: ids.get(t.providerKvk), followUpMonths: [] })) {
      if (e.type === 'trajectory.started' || e.type === 'trajectory.closed') events.push({ trajectoryId, e });
    }
    if (events.length >= EVENTS_PER_SECOND * LATENCY_SECONDS) break;
  }
  const committed = new Map();
  const latencies = [];
  const perCommit = 10;
  const intervalMs = (1000 * perCommit) / EVENTS_PER_SECOND;
  const start = performance.now();
  let sent = 0;
  const poller = (async () => {
    while (sent < events.length || committed.size) {
      await new Promise((r) => setTimeout(r, 50));
      if (!committed.size) continue;
      const { rows } = await client.query('SELECT id FROM outbox_event WHERE id = ANY($1::uuid[]) AND applied_at IS NOT NULL', [[...committed.keys()]]);
      const now = performance.now();
      for (const { id } of rows) {
        latencies.push(now - committed.get(id));
        committed.delete(id);
      }
    }
  })();
  const writer = new pg.Client({ connectionString: ctx.db });
  await writer.connect();
  try {
    while (sent < events.length) {
      const due = start + (sent / perCommit) * intervalMs;
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      const batch = events.slice(sent, sent + perCommit).map(({ trajectoryId, e }) => ({ id: randomUUID(), trajectoryId, e }));
      await writer.query(
        `INSERT INTO outbox_event (id, type, aggregate_type, aggregate_id, payload, occurred_at, correlation_id)
         SELECT id, type, 'trajectory', aggregate_id, payload, now(), 'bench-scoring' FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::jsonb[]) AS e(id, type, aggregate_id, payload)`,
        [batch.map((b) => b.id), batch.map((b) => b.e.type), batch.map((b) => b.trajectoryId), batch.map((b) => JSON.stringify(b.e.payload))],
      );
      const at = performance.now();
      for (const b of batch) committed.set(b.id, at);
      sent += batch.length;
    }
    await poller;
  } finally {
    await writer.end();
  }
  const achieved = sent / ((performance.now() - start) / 1000);
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { events: sent, rate: achieved, p50: pct(50), p95: pct(95), max: latencies[latencies.length - 1] };
}

export default {
  name: 'scoring',
  async run(ctx) {
    const db = withPath(ctx.env.DATABASE_URL, DATABASE);
    const env = { ...ctx.env, DATABASE_URL: db, QUEUE_PREFIX, LOG_LEVEL: 'warn' };
    await ensureDatabase(ctx.env.DATABASE_URL, DATABASE, { fresh: true });
    await runMigrations(env);
    const until = new Date().toISOString().slice(0, 10);
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    const queue = new Queue('scoring', { connection: { url: env.REDIS_URL }, prefix: QUEUE_PREFIX });
    let worker;
    try {
      ctx.log(`bulk loading ${TRAJECTORIES.toLocaleString('en')} simulated trajectories into ${DATABASE}…`);
      const loadStart = performance.now();
      const { loaded, providerIds } = await bulkLoad(client, ctx, until);
      ctx.log(`  ${loaded.toLocaleString('en')} rows in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

      const baseline = await bestBaseline(client);
      ctx.log(`  best hand-written aggregate (${baseline.which}): ${(baseline.ms / 1000).toFixed(2)} s`);

      worker = startChild('worker', env);
      const rss = watchRss(worker.pid, 50);
      const recomputePeak = rss.window();
      const first = await recompute(queue, client);
      const second = await recompute(queue, client);
      const best = first.ms <= second.ms ? first : second;
      const recomputeRss = recomputePeak();
      ctx.log(`  full recompute: ${(best.ms / 1000).toFixed(2)} s (cells ${best.summary.timingsMs.cells} ms, case mix ${best.summary.timingsMs.caseMix} ms, indices and norms ${best.summary.timingsMs.indicesAndNorms} ms), worker peak ${recomputeRss} MiB`);

      const latencyPeak = rss.window();
      const latency = await incrementalLatency(client, { ...ctx, db }, providerIds);
      const latencyRss = latencyPeak();
      rss.stop();
      ctx.log(`  incremental: ${latency.events} events at ${latency.rate.toFixed(0)}/s, p50 ${latency.p50.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms`);

      const f = ctx.figures;
      f['scoring: trajectories loaded'] = loaded;
      f['scoring: best hand-written SQL aggregate, s'] = Number((baseline.ms / 1000).toFixed(2));
      f['scoring: full recompute (cells, case-mix refit, indices, norms, snapshot), s'] = Number((best.ms / 1000).toFixed(2));
      f['scoring: full recompute, cell rebuild only, s'] = Number((best.summary.timingsMs.cells / 1000).toFixed(2));
      f['scoring: full recompute ÷ hand-written aggregate (target ≤ 1.5)'] = Number((best.ms / baseline.ms).toFixed(2));
      f['scoring: worker peak RSS during recompute, MiB (target ≤ 512)'] = recomputeRss;
      f['scoring: event → visible score p50 / p95 / max ms at 200 events/s (target p95 ≤ 2000)'] = `${latency.p50.toFixed(0)} / ${latency.p95.toFixed(0)} / ${latency.max.toFixed(0)}`;
      f['scoring: worker peak RSS during incremental load, MiB'] = latencyRss;
    } finally {
      if (worker) await stopChild(worker);
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await client.end();
    }
  },
};
