import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidEnvironmentError, readEnv } from './config/env.dto.js';
import { jsonLogger } from './config/logging.js';
import { WorkerModule } from './worker/worker.module.js';

async function bootstrap(): Promise<void> {
  const env = readEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: jsonLogger(env) });
  app.enableShutdownHooks();
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`${err instanceof InvalidEnvironmentError ? err.message : String(err instanceof Error ? err.stack : err)}\n`);
  process.exit(1);
});
