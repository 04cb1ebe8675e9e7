import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Every setting the API and the worker read. Nothing reads process.env anywhere else. */
export class EnvDto {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/rim';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Wraps each tender's bid key (TD-5): 64 hex characters (256 bits). */
  @Matches(/^[0-9a-f]{64}$/i, { message: 'BID_MASTER_KEY must be 64 hexadecimal characters' })
  BID_MASTER_KEY!: string;

  /** IC-1: the keyed HMAC that finds a returning client without storing the BSN: 64 hex characters. */
  @Matches(/^[0-9a-f]{64}$/i, { message: 'CLIENT_HMAC_KEY must be 64 hexadecimal characters' })
  CLIENT_HMAC_KEY!: string;

  /** IC-1: seals the BSN for the coach's view (AES-256-GCM): 64 hex characters. */
  @Matches(/^[0-9a-f]{64}$/i, { message: 'CLIENT_ENCRYPTION_KEY must be 64 hexadecimal characters' })
  CLIENT_ENCRYPTION_KEY!: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 3600;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS = 10;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 300;

  @Matches(/^[a-z0-9-]+$/)
  QUEUE_PREFIX = 'rim';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  MAX_BODY_BYTES = 1_048_576;

  /** IC-5/IC-6: an IRO quote above this needs a second approver. The sources name no amount; €5,000 by default. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  IRO_MAXIMUM_CENTS = 500_000;

  /** BR-01: the share of an IRO's price paid as its fixed part, in basis points; the rest waits for the result. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(9_999)
  IRO_FIXED_SHARE_BP = 5_000;

  /** Evidence documents (PDF, PNG, JPEG) larger than this are refused with 413. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 10_485_760;

  /**
   * TR-4: the OCID prefix the Open Contracting Partnership registered for the publisher (`ocds-` and 6 characters).
   * The default is a placeholder that is NOT registered: an operator publishing open data sets the registered one.
   */
  @Matches(/^ocds-[a-z0-9]{6}$/, { message: 'OCDS_OCID_PREFIX must be "ocds-" followed by the 6 characters registered with the Open Contracting Partnership' })
  OCDS_OCID_PREFIX = 'ocds-r1mnl0';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 250;

  /** An event published but not acknowledged after this long is published again (Redis lost it, or a worker died). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  OUTBOX_REPUBLISH_SECONDS = 30;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;
}

export class InvalidEnvironmentError extends Error {}

export function loadEnv(source: Record<string, string | undefined>): EnvDto {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvDto, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
    throw new InvalidEnvironmentError(`Invalid configuration:\n  - ${lines.join('\n  - ')}\nSee .env.example.`);
  }
  return env;
}

/** The process environment, validated. */
export function readEnv(): EnvDto {
  return loadEnv(process.env);
}

/** Only what the migration CLI needs: it must run before any secret is configured. */
export function readDatabaseEnv(): Pick<EnvDto, 'DATABASE_URL'> {
  const url = process.env.DATABASE_URL;
  const probe = loadEnv({ DATABASE_URL: url, JWT_SECRET: 'database-only-'.padEnd(32, '-'), BID_MASTER_KEY: '0'.repeat(64), CLIENT_HMAC_KEY: '0'.repeat(64), CLIENT_ENCRYPTION_KEY: '0'.repeat(64) });
  return { DATABASE_URL: probe.DATABASE_URL };
}
