/**
 * npm run migration:generate -- <PascalCaseName>: writes the migration the entities need, generated against a
 * fresh database (rim_migrations) at head, into migrations/src. Review it and add it to migrations/src/index.ts.
 */
import { ensureDependencies } from './lib/dependencies.mjs';
import { appEnv, loadDotEnv } from './lib/env.mjs';
import { main, step, UserError } from './lib/log.mjs';
import { ENTRY, fromRoot } from './lib/paths.mjs';
import { runChecked } from './lib/process.mjs';
import { ensureBuild } from './lib/build.mjs';
import { runMigrations } from './lib/app.mjs';

main(async () => {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new UserError('Usage: npm run migration:generate -- <PascalCaseName>, e.g. AddTenderDeadline.');
  }
  loadDotEnv();
  await ensureDependencies();
  const { ensurePostgres } = await import('./lib/services.mjs'); // needs the npm dependencies
  step('Checking PostgreSQL…');
  const env = appEnv({ DATABASE_URL: await ensurePostgres({ database: 'rim_migrations', fresh: true }) });
  await ensureBuild();
  await runMigrations(env);
  step(`Generating migration ${name}…`);
  await runChecked(process.execPath, [ENTRY.migrate, 'generate', name, fromRoot('migrations/src')], { env });
});
