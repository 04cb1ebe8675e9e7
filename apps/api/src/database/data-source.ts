import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@rim/migrations';
import type { EnvDto } from '../config/env.dto.js';
import { ENTITIES } from './entities.js';

const CONNECT_TIMEOUT_MS = 5000;

/** The one DataSource definition, used by the app, the worker and the migration CLI. */
export function createDataSource(env: Pick<EnvDto, 'DATABASE_URL'>, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url: env.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: ['error'],
    // A request waiting for a connection fails (503) after this instead of hanging while the server is unreachable.
    extra: { max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
  });
}
