import { createDataSource } from '../../../apps/api/src/database/data-source.js';
import { loadEnv } from '../../../apps/api/src/config/env.dto.js';
import { seedDemoMarket } from '../../../apps/api/src/seed/demo-market.js';
import { startTestServer, type TestServer } from './test-server.js';

/** The URL of a database named after the test database with `suffix` appended (`rim_test_demo`), on the same server. */
function siblingDatabaseUrl(suffix: string): { name: string; url: string } {
  const url = new URL(loadEnv(process.env).DATABASE_URL);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops and creates the database `name`, connected through the test database, then runs every migration on it. */
async function freshMigratedDatabase(name: string, url: string): Promise<void> {
  const admin = await createDataSource(loadEnv(process.env), 1).initialize();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.destroy();
  }
  const database = await createDataSource({ DATABASE_URL: url }, 2).initialize();
  try {
    await database.runMigrations({ transaction: 'each' });
  } finally {
    await database.destroy();
  }
}

/**
 * A test server on a database of its own (`<test database>_demo`), recreated, migrated and loaded with the demo
 * market exactly as `npm start` seeds it (2,500 providers, the trajectory history, tenders, scores and red flags).
 * Takes about a minute; the shared test database is left alone.
 */
export async function startDemoMarketServer(): Promise<TestServer> {
  const { name, url } = siblingDatabaseUrl('demo');
  await freshMigratedDatabase(name, url);
  const server = await startTestServer({ DATABASE_URL: url });
  try {
    await seedDemoMarket(server.app, () => undefined);
  } catch (err) {
    await server.close();
    throw err;
  }
  return server;
}
