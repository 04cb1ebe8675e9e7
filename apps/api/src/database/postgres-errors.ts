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
