/**
 * FW-9 bulk enrolment of SPEC §10 (target ≤ 15 s): the 2,500 providers of the demo market, streamed as CSV through
 * the real BulkEnrolmentService (registration and admission to both lots) into a fresh database of its own, so every
 * run registers them anew. Runs in-process with the built API modules; the API under load is not involved.
 */
import { Readable } from 'node:stream';
import { ensureDatabase } from '../scripts/lib/postgres.mjs';
import { runMigrations } from '../scripts/lib/app.mjs';
import { withPath } from '../scripts/lib/env.mjs';

const DATABASE = 'rim_bench_bulk';
const PROVIDERS = 2500;

export default {
  name: 'bulk-enrolment',
  async run(ctx) {
    const env = { ...ctx.env, DATABASE_URL: withPath(ctx.env.DATABASE_URL, DATABASE) };
    await ensureDatabase(ctx.env.DATABASE_URL, DATABASE, { fresh: true });
    await runMigrations(env);
    Object.assign(process.env, env);
    const { NestFactory } = await import('@nestjs/core');
    const { AppModule } = await import('../apps/api/dist/app.module.js');
    const { FrameworksService } = await import('../apps/api/dist/modules/frameworks/frameworks.service.js');
    const { BulkEnrolmentService } = await import('../apps/api/dist/modules/frameworks/bulk-enrolment.service.js');
    const { marketCsv } = await import('../apps/api/dist/seed/market-csv.js');
    const { generateProviders } = await import('../libs/market-sim/dist/index.js');
    const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
    try {
      const frameworks = app.get(FrameworksService);
      const draft = await frameworks.create(null, { name: 'Bench raamovereenkomst', legalMode: 'OPEN_HOUSE', validFrom: '2016-07-01', validUntil: '2030-06-30' });
      await frameworks.publish(null, draft.id, draft.version);
      const market = generateProviders({ seed: 2026, count: PROVIDERS });
      ctx.log(`bulk enrolment of ${PROVIDERS} providers into ${DATABASE}…`);
      const start = performance.now();
      const report = await app.get(BulkEnrolmentService).enrol(null, draft.id, Readable.from(marketCsv(market)), { admit: true });
      const seconds = (performance.now() - start) / 1000;
      ctx.figures['bulk enrolment of 2,500 providers, s'] = Number(seconds.toFixed(2));
      ctx.figures['bulk enrolment: registered / admissions / invalid'] = `${report.created} / ${report.admitted} / ${report.invalid}`;
      ctx.log(`  ${seconds.toFixed(2)} s: ${report.created} registered, ${report.admitted} lot admissions, ${report.invalid} invalid`);
    } finally {
      await app.close();
    }
  },
};
