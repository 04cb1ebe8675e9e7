interface PgError {
  code?: string;
  constraint?: string;
  driverError?: PgError;
}

/** True when a write broke the named unique index (Postgres 23505). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as PgError;
  const pg = e?.driverError ?? e;
  return pg?.code === '23505' && pg.constraint === constraint;
}

/** SQLSTATEs of a server that is going away or not back yet: connection exceptions, admin or crash shutdown, starting up, too many connections. */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
/** What node-postgres throws when the socket is gone or cannot be opened; these errors carry no SQLSTATE. */
const UNAVAILABLE_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);

/** TypeORM releases a transaction's connection when it breaks; the transaction's next query or its COMMIT then fails with one of these. */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** True when the error says PostgreSQL cannot be reached now (a restart, a crash, a failover), not that the request was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as PgError & { message?: string; name?: string };
  if (RELEASED_RUNNER_ERRORS.has(String(e?.name))) return true;
  const pg = (e?.driverError ?? e) as PgError & { message?: string };
  if (!pg) return false;
  const code = String(pg.code ?? '');
  return UNAVAILABLE_STATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_MESSAGES.test(String(pg.message ?? ''));
}
