import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root; every script runs its commands from here. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const fromRoot = (...parts) => join(ROOT, ...parts);

/** Entry points of the built API (see the README). */
export const ENTRY = {
  api: fromRoot('apps/api/dist/main.js'),
  worker: fromRoot('apps/api/dist/worker.js'),
  migrate: fromRoot('apps/api/dist/database/migrate.js'),
  seed: fromRoot('apps/api/dist/seed/seed.js'),
  webIndex: fromRoot('apps/admin/dist/index.html'),
};
