import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY, fromRoot, ROOT } from './paths.mjs';
import { runChecked } from './process.mjs';
import { elapsed, ok, step } from './log.mjs';

/** Written after every successful build; the build is stale when a source is newer. */
const STAMP = fromRoot('.data/build-stamp');
const SOURCES = ['apps/api/src', 'apps/api/tsconfig.json', 'apps/admin', 'libs', 'migrations', 'tsconfig.base.json', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'dist', 'e2e']);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !SKIP.has(entry.name))
    .reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry.name))), stat.mtimeMs);
}

function buildState() {
  const outputs = [ENTRY.api, ENTRY.worker, ENTRY.migrate, ENTRY.webIndex];
  if (!outputs.every(existsSync) || !existsSync(STAMP)) return 'missing';
  const stamp = statSync(STAMP).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > stamp) ? 'older than the sources' : 'current';
}

/** Builds the API and the web app (`npm run build`) when the output is missing or older than the sources. */
export async function ensureBuild() {
  const state = buildState();
  if (state === 'current') return;
  step(`Building the API and the web app (build is ${state})…`);
  const start = performance.now();
  const stampTime = new Date();
  await runChecked('npm', ['run', '--silent', 'build']);
  mkdirSync(fromRoot('.data'), { recursive: true });
  writeFileSync(STAMP, `${stampTime.toISOString()}\n`);
  utimesSync(STAMP, stampTime, stampTime); // a source saved during the build still counts as newer
  ok(`built in ${elapsed(start)}`);
}
