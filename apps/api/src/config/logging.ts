import { ConsoleLogger } from '@nestjs/common';
import type { EnvDto } from './env.dto.js';

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** Structured JSON logs, one object per line, at the configured level and above. */
export function jsonLogger(env: Pick<EnvDto, 'LOG_LEVEL'>): ConsoleLogger {
  return new ConsoleLogger({ json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1) });
}
