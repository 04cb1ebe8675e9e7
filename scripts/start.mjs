/**
 * npm start: from a fresh clone to the running platform with the demo market. Installs dependencies, makes
 * PostgreSQL and Redis available, builds when needed, migrates, seeds, then runs the API and the worker until
 * Ctrl+C (or until one of them dies, which stops the other and exits non-zero).
 */
import { ensureDependencies } from './lib/dependencies.mjs';
import { appEnv, loadDotEnv, pathOf } from './lib/env.mjs';
import { detail, main, ok, step, UserError } from './lib/log.mjs';
import { fromRoot } from './lib/paths.mjs';
import { tcpOpen } from './lib/net.mjs';
import { ensureBuild } from './lib/build.mjs';
import { runMigrations, seedDemo, startChild, stopChild, waitForHealth } from './lib/app.mjs';
import { DEMO_LOGINS, DEMO_PASSWORD } from './lib/demo-logins.mjs';

/** Keeps the children running together: a signal stops all of them, and so does the death of one. */
function supervise(children) {
  let stopping = false;
  const stopAll = (signal) => {
    stopping = true;
    return Promise.all(Object.values(children).map((child) => stopChild(child, signal)));
  };
  for (const [name, child] of Object.entries(children)) {
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`✗ The ${name} process stopped (${signal ?? `exit code ${code}`}); stopping the others.`);
      process.exitCode = 1;
      stopAll('SIGTERM');
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (stopping) return;
      step(`Stopping (${signal})…`);
      stopAll(signal);
    });
  }
  return stopAll;
}

function printReady(baseUrl) {
  ok(`The platform is running: ${baseUrl}`);
  detail(`API docs: ${baseUrl}/api/docs`);
  detail(`Demo logins, password ${DEMO_PASSWORD}:`);
  const width = Math.max(...DEMO_LOGINS.map((login) => login.role.length));
  for (const { role, email } of DEMO_LOGINS) detail(`  ${role.padEnd(width)}  ${email}`);
  detail('Press Ctrl+C to stop.');
}

main(async () => {
  loadDotEnv();
  const env = appEnv({ WEB_DIST: process.env.WEB_DIST || fromRoot('apps/admin/dist') });
  const port = Number(env.PORT);
  if (await tcpOpen('127.0.0.1', port)) {
    throw new UserError(`Port ${port} is in use (is npm start already running?); set PORT to a free port.`);
  }
  await ensureDependencies();
  const { ensureServices } = await import('./lib/services.mjs'); // needs the npm dependencies
  const services = await ensureServices({
    database: pathOf(process.env.DATABASE_URL) ?? 'rim',
    redisDb: pathOf(process.env.REDIS_URL) ?? 0,
  });
  Object.assign(env, { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl });
  await ensureBuild();
  await runMigrations(env);
  await seedDemo(env);

  step('Starting the API and the worker…');
  const children = { api: startChild('api', env), worker: startChild('worker', env) };
  const stopAll = supervise(children);
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, children.api);
  } catch (err) {
    await stopAll('SIGTERM');
    throw err;
  }
  printReady(`http://localhost:${port}`);
});
