import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { AppModule } from '../app.module.js';
import { buildOpenApiDocument } from './openapi.js';

/** Writes the OpenAPI document that is checked in (apps/api/openapi.json) without connecting to anything. */
async function emit(path: string): Promise<void> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  writeFileSync(path, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
  process.stdout.write(`openapi: wrote ${path}\n`);
}

emit(process.argv[2] ?? 'apps/api/openapi.json').catch((err: unknown) => {
  process.stderr.write(`openapi: ${String(err)}\n`);
  process.exit(1);
});
