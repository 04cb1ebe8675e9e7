import type { INestApplicationContext } from '@nestjs/common';
import { Readable } from 'node:stream';
import { OrganisationKind, Role } from '@rim/contracts';
import { generateProviders } from '@rim/market-sim';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { UsersService } from '../modules/identity/users.service.js';
import { BulkEnrolmentService } from '../modules/frameworks/bulk-enrolment.service.js';
import { FrameworkEntity } from '../modules/frameworks/entities/framework.entity.js';
import { FrameworksService } from '../modules/frameworks/frameworks.service.js';
import { demoPeople, seedDemoTenders } from './demo-tenders.js';
import { marketCsv } from './market-csv.js';
import { seedDemoTrajectories } from './demo-trajectories.js';
import { RedFlagsService } from '../modules/transparency/red-flags.service.js';

const SEED = 2026;
const PROVIDERS = 2500;
/** The demo coach and colleagues; clients are spread over them. */
const DEMO_COACHES = 20;
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

const DEMO_FRAMEWORK = 'Raamovereenkomst re-integratiediensten AG (Inkoopkader 2016–2020)';

/**
 * The open framework of seed 003 §2.2 with its terms (OPEN_HOUSE, €78, WERKFIT and NAAR_WERK with their caps and
 * payment schedules); it started on 1 July 2016 and is kept open in the demo so that providers can still apply.
 */
async function demoFramework(frameworks: FrameworksService, dataSource: DataSource): Promise<string> {
  const existing = await dataSource.getRepository(FrameworkEntity).findOneBy({ name: DEMO_FRAMEWORK });
  if (existing) return existing.id;
  const created = await frameworks.create(null, {
    name: DEMO_FRAMEWORK, legalMode: 'OPEN_HOUSE', validFrom: '2016-07-01', validUntil: '2030-06-30',
    summary: 'Inkoopkader AG 2016–2020: vast uurtarief €78, percelen Werkfit maken en Naar werk, toelating van iedere aanbieder die voldoet.',
  });
  await frameworks.publish(null, created.id, created.version);
  return created.id;
}

/**
 * Loads the demo market into the application's database, saying what it did line by line; safe to run again (it
 * adds only what is missing). The same seed gives the same market on the same day (the history runs until today).
 */
export async function seedDemoMarket(app: INestApplicationContext, say: (line: string) => void): Promise<void> {
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  const organisations = dataSource.getRepository(OrganisationEntity);

  const market = generateProviders({ seed: SEED, count: PROVIDERS });
  const framework = await demoFramework(app.get(FrameworksService), dataSource);
  const started = performance.now();
  const report = await app.get(BulkEnrolmentService).enrol(null, framework, Readable.from(marketCsv(market)), { admit: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`seed: ${report.rows} providers through bulk enrolment in ${seconds} s — ${report.created} registered, ${report.unchanged} there already, ${report.admitted} lot admissions, ${report.invalid} invalid`);
  if (report.invalid) throw new Error(`the demo market has invalid rows: ${JSON.stringify(report.results.find((r) => r.status === 'INVALID'))}`);

  const orgId = async (kind: OrganisationKind, name: string) =>
    (await organisations.findOneBy({ kind, name }))?.id ?? (await organisations.save({ kind, name, kvkNumber: null })).id;
  const buyer = await orgId(OrganisationKind.Buyer, 'UWV Inkoop Re-integratie');
  const inspectorate = await orgId(OrganisationKind.Inspectorate, 'Inspectie SZW');
  const firstProvider = (await organisations.findOneByOrFail({ kvkNumber: market[0]!.kvkNumber })).id;
  const demoUsers: [string, string, Role, string][] = [
    ['officer@uwv.demo', 'Inkoper Demo', Role.BuyerOfficer, buyer],
    ['evaluator@uwv.demo', 'Beoordelaar Demo', Role.BuyerEvaluator, buyer],
    ['coach@uwv.demo', 'Re-integratiecoach Demo', Role.BuyerCoach, buyer],
    ['admin@uwv.demo', 'Beheerder Demo', Role.Admin, buyer],
    ['inspecteur@inspectie.demo', 'Inspecteur Demo', Role.Inspector, inspectorate],
    ['beheer@aanbieder.demo', 'Aanbieder Beheerder Demo', Role.ProviderAdmin, firstProvider],
    ['medewerker@aanbieder.demo', 'Aanbieder Medewerker Demo', Role.ProviderUser, firstProvider],
  ];
  for (const [email, name, role, organisationId] of demoUsers) {
    if (await dataSource.getRepository(UserEntity).existsBy({ email })) continue;
    await users.create(null, { email, name, role, organisationId, password: DEMO_PASSWORD });
  }
  say(`seed: ${demoUsers.length} demo users ready`);

  const coachIds = [(await dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'coach@uwv.demo' })).id];
  for (let i = 1; i < DEMO_COACHES; i++) {
    const email = `coach${String(i).padStart(2, '0')}@uwv.demo`;
    const existing = await dataSource.getRepository(UserEntity).findOneBy({ email });
    coachIds.push(existing?.id ?? (await users.create(null, { email, name: `Re-integratiecoach ${i}`, role: Role.BuyerCoach, organisationId: buyer, password: DEMO_PASSWORD })).id);
  }
  const providerIds = new Map((await dataSource.query<{ kvk_number: string; id: string }[]>(`SELECT kvk_number, id FROM organisation WHERE kind = 'PROVIDER' AND kvk_number IS NOT NULL`)).map((r) => [r.kvk_number, r.id]));
  const loaded = performance.now();
  const history = await seedDemoTrajectories(app, { market, frameworkId: framework, providerIds, coachIds });
  say(history
    ? `seed: ${history.trajectories} trajectories since 2021 in ${((performance.now() - loaded) / 1000).toFixed(1)} s (${Object.entries(history.byStatus).map(([k, v]) => `${v} ${k}`).join(', ')}), ${history.events} scoring events, ${history.settlement.booked} payments booked`
    : 'seed: trajectories were there already');

  const bidders = await Promise.all(market.slice(1, 7).map(async (p) => (await organisations.findOneByOrFail({ kvkNumber: p.kvkNumber })).id));
  const tenders = await seedDemoTenders(app, await demoPeople(app, buyer, bidders, DEMO_PASSWORD));
  say(`seed: tenders ${tenders.length ? `added: ${tenders.join('; ')}` : 'were there already'}`);

  const flags = await app.get(RedFlagsService).run({});
  say(`seed: red flags computed over the demo market (${flags.flags} raised)`);
}
