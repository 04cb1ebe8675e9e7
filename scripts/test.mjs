/**
 * npm test [-- tier…]: runs the test tiers unit, integration, e2e and browser, in that order, against real
 * PostgreSQL (database rim_test, recreated) and Redis (db 1, emptied, queue prefix rim-test-1); TEST_DATABASE and
 * TEST_REDIS_DB name others, so that two test runs on one machine keep out of each other's way. Ends with one
 * line per tier and a total line `N passed, N failed`; exits non-zero on any failure. TEST_FILES (a regular
 * expression over paths) runs only the matching test files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { appEnv, loadDotEnv, withPath } from './lib/env.mjs';
import { detail, elapsed, main, step, UserError } from './lib/log.mjs';
import { fromRoot } from './lib/paths.mjs';
import { run } from './lib/process.mjs';
import { aptInstall } from './lib/system.mjs';
import { ensureBuild } from './lib/build.mjs';
import { checkMigrations, runMigrations } from './lib/app.mjs';

const TIERS = ['unit', 'integration', 'e2e', 'browser'];
const CHROMIUM = '/usr/bin/chromium';

function selectedTiers(args) {
  const unknown = args.filter((arg) => !TIERS.includes(arg));
  if (unknown.length) throw new UserError(`Unknown test tier ${unknown.join(', ')}: choose from ${TIERS.join(', ')}.`);
  return args.length ? TIERS.filter((tier) => args.includes(tier)) : TIERS;
}

/** The browser tests drive Debian's Chromium through playwright-core; no browser is downloaded. */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  step('Installing Chromium for the browser tests (Debian package chromium)…');
  if (!(await aptInstall(['chromium']))) {
    detail(`${CHROMIUM} is missing and cannot be installed here (needs root and apt-get); the browser tests will fail.`);
  }
}

/** Runs one Jest project and reads its counts from Jest's JSON report. */
async function runTier(tier, env) {
  step(`Running the ${tier} tests…`);
  const report = fromRoot(`test-results/jest-${tier}.json`);
  mkdirSync(fromRoot('test-results'), { recursive: true });
  rmSync(report, { force: true });
  const args = ['run', '--silent', 'jest', '--', '--selectProjects', tier, '--passWithNoTests', '--json', '--outputFile', report];
  if (tier !== 'unit') args.push('--runInBand');
  if (process.env.TEST_FILES) args.push('--testPathPatterns', process.env.TEST_FILES);
  if (process.env.CI) args.push('--ci');
  const start = performance.now();
  const code = await run('npm', args, { env, inherit: true });
  const took = elapsed(start);
  if (!existsSync(report)) return { tier, passed: 0, failed: 1, note: `Jest exited with code ${code} and no report`, took };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const result = {
    tier,
    passed: json.numPassedTests,
    failed: json.numFailedTests + json.numRuntimeErrorTestSuites,
    skipped: json.numPendingTests + json.numTodoTests,
    took,
  };
  if (json.numTotalTestSuites === 0) result.note = 'no test files yet';
  if (json.numRuntimeErrorTestSuites) result.note = `${json.numRuntimeErrorTestSuites} test file(s) failed to run, counted as failed`;
  if (code !== 0 && result.failed === 0) Object.assign(result, { failed: 1, note: `Jest exited with code ${code}` });
  return result;
}

function printSummary(results) {
  step('Summary');
  const width = Math.max(...results.map((r) => r.tier.length));
  for (const { tier, passed, failed, skipped, note, took } of results) {
    const extra = [skipped ? `${skipped} skipped` : '', note ?? '', took].filter(Boolean).join('; ');
    detail(`${tier.padEnd(width)}  ${passed} passed, ${failed} failed (${extra})`);
  }
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
  if (total('failed') > 0) process.exitCode = 1;
}

main(async () => {
  const tiers = selectedTiers(process.argv.slice(2));
  loadDotEnv();
  await ensureDependencies();
  const database = process.env.TEST_DATABASE || 'rim_test';
  const redisDb = Number(process.env.TEST_REDIS_DB || 1);
  let env = appEnv({ NODE_ENV: 'test', QUEUE_PREFIX: `rim-test-${redisDb}`, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' });
  // Never the development data, even for a unit test that reaches for a database by mistake.
  env = { ...env, DATABASE_URL: withPath(env.DATABASE_URL, database), REDIS_URL: withPath(env.REDIS_URL, String(redisDb)) };
  // Unit tests are pure: services, build and migrations only when another tier runs.
  if (tiers.some((tier) => tier !== 'unit')) {
    const { ensureServices } = await import('./lib/services.mjs'); // needs the npm dependencies
    const { databaseUrl, redisUrl } = await ensureServices({ database, redisDb, fresh: true });
    env = { ...env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, WEB_DIST: fromRoot('apps/admin/dist') };
    await ensureBuild();
    await runMigrations(env);
    await checkMigrations(env);
  }
  if (tiers.includes('browser')) await ensureChromium();

  const results = [];
  for (const tier of tiers) results.push(await runTier(tier, env));
  printSummary(results);
});
