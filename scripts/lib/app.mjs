/** Running the built API's entry points: migrations, seed, and the long-running API and worker processes. */
import { spawn } from 'node:child_process';
import { ENTRY, ROOT } from './paths.mjs';
import { prefixLines, run, runChecked } from './process.mjs';
import { waitFor } from './net.mjs';
import { elapsed, ok, step, UserError } from './log.mjs';

const node = process.execPath;

/**
 * Node flags per entry point. The API's heap limit sizes V8's heap growth, not only its ceiling: under the default
 * limit (derived from the machine's memory: 4 GB here) V8 lets the old generation grow to four times the live data between
 * collections, which took the API past SPEC §10's 300 MB under load; with 512 MB it grows by about 1.4 times. The
 * live heap is about 50 MB (OCDS export cached: under 100 MB), so 512 MB leaves room for every export.
 * docker/Dockerfile starts the API with the same flag.
 */
const NODE_FLAGS = { api: ['--max-old-space-size=512'] };

export async function runMigrations(env) {
  step('Running migrations…');
  await runChecked(node, [ENTRY.migrate, 'run'], { env });
}

/** The CI check: fails when a migration is pending or the entities need one that does not exist yet. */
export async function checkMigrations(env) {
  step('Checking that no migration is pending…');
  if ((await run(node, [ENTRY.migrate, 'check'], { env })) !== 0) {
    throw new UserError(
      'Migration check failed: run the pending migrations, or generate the missing one with `npm run migration:generate -- <Name>`.',
    );
  }
}

export async function seedDemo(env) {
  step('Loading the demo market…');
  const start = performance.now();
  await runChecked(node, [ENTRY.seed], { env });
  ok(`demo market loaded in ${elapsed(start)}`);
}

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

/**
 * Starts an entry point (`api`, `worker`) as a child process with its output prefixed by its name. It gets
 * its own process group, so a Ctrl+C reaches it once, through stopChild(), not also from the terminal; and it
 * is stopped when this script exits (unless this script is killed with SIGKILL).
 */
export function startChild(name, env) {
  const child = spawn(node, [...(NODE_FLAGS[name] ?? []), ENTRY[name]], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `${name.padEnd(6)} │ `;
  prefixLines(child.stdout, prefix, process.stdout);
  prefixLines(child.stderr, prefix, process.stderr);
  process.on('exit', () => isRunning(child) && child.kill('SIGTERM'));
  return child;
}

/** Sends `signal`, then SIGKILL if the child is still running after `graceMs`; resolves when it has exited. */
export function stopChild(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (!isRunning(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

async function healthy(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok && (await response.json()).status === 'ok';
  } catch {
    return false;
  }
}

/** Waits until GET /health reports status ok; fails when the API process exits first or after `timeoutMs`. */
export async function waitForHealth(baseUrl, apiChild, timeoutMs = 90_000) {
  const ready = await waitFor(async () => !isRunning(apiChild) || (await healthy(baseUrl)), timeoutMs);
  if (!isRunning(apiChild)) throw new UserError('The API exited before it was ready; see its output above.');
  if (!ready) throw new UserError(`The API did not report healthy at ${baseUrl}/health within ${timeoutMs / 1000} s.`);
}
