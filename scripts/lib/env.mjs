import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { fromRoot } from './paths.mjs';

/** Loads the root .env into process.env when present; variables already set in the environment win. */
export function loadDotEnv() {
  const file = fromRoot('.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * The environment for the API, worker and CLIs: the development defaults of .env.example, overlaid by the
 * process environment (which already holds .env), overlaid by what the script decided (`overrides`).
 */
export function appEnv(overrides) {
  const defaults = parseEnv(readFileSync(fromRoot('.env.example'), 'utf8'));
  return { ...defaults, ...process.env, ...overrides };
}

/** The same URL with another path, e.g. another database on the same server or another Redis db. */
export function withPath(url, path) {
  const next = new URL(url);
  next.pathname = `/${path}`;
  return next.toString();
}

/** The database name in a postgres:// URL (or the Redis db number in a redis:// URL); undefined when absent. */
export function pathOf(url) {
  if (!url) return undefined;
  const path = new URL(url).pathname.replace(/^\//, '');
  return path || undefined;
}

/** A URL for printing: the password replaced by ***. */
export function redact(url) {
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return shown.toString();
}
