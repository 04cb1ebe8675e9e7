import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { InvalidEnvironmentError, readEnv } from './config/env.dto.js';
import { jsonLogger } from './config/logging.js';
import { configureHttpApp } from './http-app.js';

async function bootstrap(): Promise<void> {
  const env = readEnv();
  const logger = jsonLogger(env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger, bodyParser: false });
  configureHttpApp(app, env);
  await app.listen(env.PORT);
  logger.log({ msg: 'API listening', url: `http://localhost:${env.PORT}` }, 'Main');
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`${err instanceof InvalidEnvironmentError ? err.message : String(err instanceof Error ? err.stack : err)}\n`);
  process.exit(1);
});
