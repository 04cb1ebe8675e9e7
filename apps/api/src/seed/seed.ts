import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { seedDemoMarket } from './demo-market.js';

/** CLI (npm start): loads the demo market into the database of the environment. */
async function seed(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    await seedDemoMarket(app, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await app.close();
  }
}

seed().catch((err: unknown) => {
  process.stderr.write(`seed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
