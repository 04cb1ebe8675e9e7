import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { OrganisationKind, Role } from '@rim/contracts';
import { generateProviders } from '@rim/market-sim';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { UsersService } from '../modules/identity/users.service.js';
import { ProvidersService } from '../modules/providers/providers.service.js';

const SEED = 2026;
const PROVIDERS = 2500;
const BATCH = 250;
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Loads the demo market; safe to run again (it adds only what is missing). */
async function seed(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    const providers = app.get(ProvidersService);
    const users = app.get(UsersService);
    const organisations = dataSource.getRepository(OrganisationEntity);

    const market = generateProviders({ seed: SEED, count: PROVIDERS });
    const known = new Set((await organisations.find({ select: { kvkNumber: true }, where: { kind: OrganisationKind.Provider } })).map((o) => o.kvkNumber));
    const missing = market.filter((p) => !known.has(p.kvkNumber));
    for (let i = 0; i < missing.length; i += BATCH) {
      await providers.registerProviders(null, missing.slice(i, i + BATCH));
      say(`seed: providers ${Math.min(i + BATCH, missing.length)}/${missing.length}`);
    }
    say(`seed: ${PROVIDERS - missing.length} providers were there already, ${missing.length} added`);

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
  } finally {
    await app.close();
  }
}

seed().catch((err: unknown) => {
  process.stderr.write(`seed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
