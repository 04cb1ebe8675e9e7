import { existsSync, statSync, utimesSync } from 'node:fs';
import { fromRoot } from './paths.mjs';
import { runChecked } from './process.mjs';
import { elapsed, ok, step, ticker } from './log.mjs';

const LOCKFILE = fromRoot('package-lock.json');
/** npm writes this copy of the lockfile into node_modules on every install. */
const INSTALLED = fromRoot('node_modules/.package-lock.json');

function state() {
  if (!existsSync(INSTALLED)) return 'missing';
  return statSync(LOCKFILE).mtimeMs > statSync(INSTALLED).mtimeMs ? 'older than package-lock.json' : 'current';
}

/**
 * Installs npm dependencies when node_modules is missing or older than package-lock.json.
 * `npm install`, not `npm ci`: the registry these machines reach serves platform packages for Linux only, so the
 * lockfile lacks the other platforms' optional packages and npm 11's `npm ci` rejects it as out of sync
 * (npm/cli#8805). `npm install` installs the locked versions and leaves the lockfile as it is.
 */
export async function ensureDependencies() {
  const current = state();
  if (current === 'current') return;
  step(`Installing dependencies (node_modules is ${current})…`);
  const start = performance.now();
  const stopTicker = ticker('installing');
  try {
    await runChecked('npm', ['install', '--no-fund', '--no-audit', '--loglevel=error']);
  } finally {
    stopTicker();
  }
  const now = new Date();
  utimesSync(INSTALLED, now, now);
  ok(`dependencies installed in ${elapsed(start)}`);
}
