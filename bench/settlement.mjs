/**
 * IC-10 settlement run over 100,000 completed trajectories (issue 5; SPEC §10 sets no target): Werkfit, Naar werk
 * and IRO trajectories, ended and reported, generated set-based in a fresh database of their own and settled by the
 * real SettlementService in-process — first with everything due, then again (nothing left: the run skips settled
 * trajectories), then once more with every trajectory forced back into the run (the ledger's keys refuse all).
 */
import { ensureDatabase } from '../scripts/lib/postgres.mjs';
import { runMigrations } from '../scripts/lib/app.mjs';
import { withPath } from '../scripts/lib/env.mjs';

const DATABASE = 'rim_bench_settlement';
const TRAJECTORIES = 100_000;
const PROVIDERS = 250;
const AS_OF = '2026-11-01';

/** Cases, approved plans, purchase orders and ended trajectories (a third each WF, NW, IRO); NW and IRO half placed. */
const GENERATE = `
WITH p AS (
  INSERT INTO organisation (kind, name, kvk_number, version) SELECT 'PROVIDER', 'Bench aanbieder ' || g, lpad((80000000 + g)::text, 8, '0'), 1 FROM generate_series(1, ${PROVIDERS}) g RETURNING id
), providers AS (SELECT array_agg(id) AS ids FROM p),
t AS (
  SELECT g, (ARRAY['WERKFIT', 'NAAR_WERK', 'IRO'])[1 + g % 3] AS route, md5('case' || g)::uuid AS case_id, md5('traj' || g)::uuid AS id,
         md5('wp' || g)::uuid AS work_plan_id, md5('plan' || g)::uuid AS plan_id, DATE '2023-01-02' + (g % 900) AS started_on
    FROM generate_series(1, ${TRAJECTORIES}) g
), cases AS (
  INSERT INTO client_case (id, bsn_hmac, bsn_sealed, benefit_type, target_group, region, distance_to_labour_market, age_band, barriers, hours_per_week, coach_id)
  SELECT case_id, encode(sha256(('bsn' || g)::bytea), 'hex'), '\\x00', (ARRAY['WW', 'WGA', 'WAJONG'])[1 + g % 3], 'WW-03', 'AMR-' || lpad((1 + g % 35)::text, 2, '0'),
         1 + g % 5, '35-44', ARRAY['BAR-01'], 16 + g % 17, $1 FROM t RETURNING id
), plans AS (
  INSERT INTO work_plan (id, case_id, version_no, route, framework_id, proposed_hours, duration_months, activities, created_by, created_at)
  SELECT work_plan_id, case_id, 1, route, CASE WHEN route = 'IRO' THEN NULL ELSE $2::uuid END, 20, 6, ARRAY[]::varchar[], $1, now() FROM t RETURNING id
)
INSERT INTO trajectory (id, case_id, work_plan_id, provider_id, route, framework_id, status, version, created_at, status_since, started_on, ended_on, end_reason, end_report_due)
SELECT t.id, t.case_id, t.work_plan_id, providers.ids[1 + t.g % ${PROVIDERS}], t.route, CASE WHEN t.route = 'IRO' THEN NULL ELSE $2::uuid END, 'CLOSED', 1, now(), now(),
       t.started_on, t.started_on + 150,
       CASE WHEN t.route = 'WERKFIT' THEN (ARRAY['RESULT_ACHIEVED', 'RESULT_ACHIEVED', 'MAX_DURATION', 'EARLY_RETURN'])[1 + (t.g / 3) % 4]
            ELSE (ARRAY['PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN'])[1 + (t.g / 3) % 3] END,
       t.started_on + 164
  FROM t, providers, (SELECT count(*) FROM cases) c, (SELECT count(*) FROM plans) w`;

const PLANS = `
INSERT INTO provider_plan (id, trajectory_id, version_no, activities, hours, duration_months, price_cents, placement_bonus_cents, submitted_at, decision, reviewed_at)
SELECT md5('plan' || t.id)::uuid, t.id, 1, '[{"code":"NW-SEARCH-01","hours":24}]', 24, 6, CASE WHEN t.route = 'IRO' THEN 360000 ELSE 187200 END,
       CASE WHEN t.route = 'IRO' THEN 25000 ELSE 0 END, now(), 'APPROVE', now() FROM trajectory t;
INSERT INTO placement (trajectory_id, contract_type, contract_months, hours_per_week, start_on, recorded_at)
SELECT t.id, (ARRAY['FIXED_TERM', 'INDEFINITE'])[1 + (hashtext(t.id::text) & 1)], 12, 24, t.started_on + 60, now()
  FROM trajectory t WHERE t.route <> 'WERKFIT' AND t.end_reason = 'PLACEMENT'`;

export default {
  name: 'settlement',
  async run(ctx) {
    const env = { ...ctx.env, DATABASE_URL: withPath(ctx.env.DATABASE_URL, DATABASE) };
    await ensureDatabase(ctx.env.DATABASE_URL, DATABASE, { fresh: true });
    await runMigrations(env);
    Object.assign(process.env, env);
    const { NestFactory } = await import('@nestjs/core');
    const { DataSource } = await import('typeorm');
    const { Role, OrganisationKind } = await import('../libs/contracts/dist/index.js');
    const { AppModule } = await import('../apps/api/dist/app.module.js');
    const { FrameworksService } = await import('../apps/api/dist/modules/frameworks/frameworks.service.js');
    const { UsersService } = await import('../apps/api/dist/modules/identity/users.service.js');
    const { SettlementService } = await import('../apps/api/dist/modules/trajectories/settlement.service.js');
    const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
    try {
      const db = app.get(DataSource);
      const frameworks = app.get(FrameworksService);
      const draft = await frameworks.create(null, { name: 'Bench raamovereenkomst', legalMode: 'OPEN_HOUSE', validFrom: '2016-07-01', validUntil: '2030-06-30' });
      await frameworks.publish(null, draft.id, draft.version);
      const [buyer] = await db.query(`INSERT INTO organisation (kind, name, version) VALUES ($1, 'Bench UWV', 1) RETURNING id`, [OrganisationKind.Buyer]);
      const coach = await app.get(UsersService).create(null, { email: 'coach@bench.demo', name: 'Bench coach', role: Role.BuyerCoach, organisationId: buyer.id, password: 'bench-wachtwoord-2026' });
      ctx.log(`generating ${TRAJECTORIES.toLocaleString('en')} completed trajectories in ${DATABASE}…`);
      await db.query(GENERATE, [coach.id, draft.id]);
      for (const statement of PLANS.split(';')) await db.query(statement);
      await db.query('ANALYZE');
      const settlement = app.get(SettlementService);
      const timed = async (label) => {
        const start = performance.now();
        const result = await settlement.run(AS_OF);
        const seconds = (performance.now() - start) / 1000;
        ctx.log(`  ${label}: ${seconds.toFixed(2)} s — ${result.examined} examined, ${result.booked} booked (€${Math.round(result.bookedCents / 100).toLocaleString('en')}), ${result.settled} settled`);
        return { seconds, result };
      };
      const first = await timed('first run');
      const again = await timed('second run');
      await db.query('UPDATE trajectory SET settled_on = NULL, placement_judgement = NULL');
      await db.query('VACUUM ANALYZE trajectory');
      const forced = await timed('forced re-run over all');
      const [{ paid }] = await db.query(`SELECT count(*)::int AS paid FROM payment_ledger`);
      ctx.figures['settlement run over 100,000 completed trajectories, s'] = Number(first.seconds.toFixed(2));
      ctx.figures['settlement: trajectories/s'] = Math.round(TRAJECTORIES / first.seconds);
      ctx.figures['settlement: payments booked / ledger rows after 3 runs'] = `${first.result.booked} / ${paid}`;
      ctx.figures['settlement second run (nothing due), s'] = Number(again.seconds.toFixed(2));
      ctx.figures['settlement forced re-run, s / payments booked'] = `${forced.seconds.toFixed(2)} / ${forced.result.booked}`;
    } finally {
      await app.close();
    }
  },
};
