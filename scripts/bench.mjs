/**
 * npm run bench: the figures of SPEC §10. Prepares database rim_bench (migrated, demo market seeded once and
 * reused while the seed is unchanged), starts the built API (production mode) and runs the scenarios of
 * bench/scenarios.mjs against it with autocannon (BENCH_SCENARIOS=name,name runs only those). Prints a table;
 * writes bench/results/latest.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from './lib/dependencies.mjs';
import { appEnv, loadDotEnv } from './lib/env.mjs';
import { detail, elapsed, main, ok, step } from './lib/log.mjs';
import { fromRoot } from './lib/paths.mjs';
import { freePort } from './lib/net.mjs';
import { ensureBuild } from './lib/build.mjs';
import { runMigrations, seedDemo, startChild, stopChild, waitForHealth } from './lib/app.mjs';
import { DEMO_LOGINS } from './lib/demo-logins.mjs';
import { demoToken } from '../bench/lib/login.mjs';

const DATABASE = 'rim_bench';
const RESULTS = fromRoot('bench/results/latest.json');

/** A hash of the built seed and market generator: the seeded data is reused while it is unchanged. */
function seedFingerprint() {
  const hash = createHash('sha256');
  const addDir = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) addDir(path);
      else if (entry.name.endsWith('.js')) hash.update(path).update(readFileSync(path));
    }
  };
  addDir(fromRoot('apps/api/dist/seed'));
  addDir(fromRoot('libs/market-sim/dist'));
  return hash.digest('hex').slice(0, 16);
}

/** Migrates rim_bench and seeds it unless it already holds this seed's demo market. */
async function prepareDatabase(env) {
  const { databaseComment, ensureDatabase, setDatabaseComment } = await import('./lib/postgres.mjs');
  const marker = `demo market, seed ${seedFingerprint()}`;
  const comment = await databaseComment(env.DATABASE_URL, DATABASE);
  if (comment && comment !== marker) {
    detail(`${DATABASE} holds an older seed (${comment}); recreating it`);
    await ensureDatabase(env.DATABASE_URL, DATABASE, { fresh: true });
  }
  await runMigrations(env);
  if (comment === marker) {
    ok(`${DATABASE} already holds the demo market; reusing it`);
    return;
  }
  await seedDemo(env);
  await setDatabaseComment(env.DATABASE_URL, DATABASE, marker);
}

main(async () => {
  loadDotEnv();
  await ensureDependencies();
  const { ensureServices } = await import('./lib/services.mjs'); // needs the npm dependencies
  const { databaseUrl, redisUrl } = await ensureServices({ database: DATABASE, redisDb: 2 });
  await ensureBuild();
  const port = await freePort();
  const env = appEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: 'rim-bench',
    PORT: String(port),
    WEB_DIST: fromRoot('apps/admin/dist'),
  });
  await prepareDatabase(env);

  step(`Starting the API (production mode, port ${port})…`);
  const api = startChild('api', env);
  const stopApi = () => stopChild(api);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => stopApi().then(() => process.exit(1)));
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl, api);
    const token = await demoToken(baseUrl, DEMO_LOGINS.find((l) => l.role === 'buyer.officer').email);
    const { createContext } = await import('../bench/lib/context.mjs');
    const { default: scenarios } = await import('../bench/scenarios.mjs');
    const { printReport, writeResults } = await import('../bench/lib/report.mjs');
    const ctx = createContext({ baseUrl, token, apiPid: api.pid, env, log: detail });
    const start = performance.now();
    const only = process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim());
    for (const scenario of scenarios.filter((s) => !only || only.includes(s.name))) {
      step(`Scenario ${scenario.name}`);
      ctx.scenario = scenario.name;
      await scenario.run(ctx);
    }
    const rssPeakMb = ctx.finish();
    step(`Results (${elapsed(start)}; ${ctx.settings.connections} connections, ${ctx.settings.warmupS} s warm-up + ${ctx.settings.durationS} s each)`);
    printReport({ rows: ctx.rows, figures: ctx.figures, rssPeakMb });
    writeResults(RESULTS, { settings: ctx.settings, rows: ctx.rows, figures: ctx.figures, rssPeakMb });
    ok(`written to ${RESULTS}`);
  } finally {
    await stopApi();
  }
});
