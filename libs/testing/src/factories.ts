import { OrganisationKind, Role, ROLE_ORGANISATION_KIND } from '@rim/contracts';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { RegisterProviderDto } from '../../../apps/api/src/modules/providers/dto/provider-register.dto.js';
import { OrganisationEntity } from '../../../apps/api/src/modules/identity/entities/organisation.entity.js';
import { UsersService } from '../../../apps/api/src/modules/identity/users.service.js';
import { ProvidersService } from '../../../apps/api/src/modules/providers/providers.service.js';
import { currentServer } from './test-server.js';

export function uniqueSuffix(): string {
  return randomBytes(5).toString('hex');
}

/** A KvK number no other test uses: random, retried by the caller's unique index if it ever collides. */
export function uniqueKvkNumber(): string {
  return String(randomInt(10_000_000, 100_000_000));
}

export function providerInput(overrides: Partial<RegisterProviderDto> = {}): RegisterProviderDto {
  const suffix = uniqueSuffix();
  return {
    kvkNumber: uniqueKvkNumber(),
    name: `Testaanbieder ${suffix} B.V.`,
    email: `info-${suffix}@aanbieder.test`,
    streetAddress: 'Teststraat 1',
    postcode: '3511 AB',
    city: 'Utrecht',
    homeRegionCode: 'AMR-12',
    regionsServed: ['AMR-12'],
    targetGroups: ['WW-01'],
    services: ['NAAR_WERK'],
    sizeClass: 'SMALL',
    employees: 8,
    annualCapacity: 60,
    ...overrides,
  };
}

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  role: Role;
}

/** A user of the given role in a fresh organisation of the right kind (or in the organisation given). */
export async function createUser(options: { role: Role; organisationId?: string }): Promise<CreatedUser> {
  const { app } = currentServer();
  const organisationId = options.organisationId ?? (await createOrganisation(ROLE_ORGANISATION_KIND[options.role]));
  const suffix = uniqueSuffix();
  const password = `wachtwoord-${suffix}`;
  const user = await app.get(UsersService).create(null, {
    email: `${options.role.replace('.', '-')}-${suffix}@test.example`,
    name: `Test ${options.role} ${suffix}`,
    role: options.role,
    organisationId,
    password,
  });
  return { id: user.id, email: user.email, password, organisationId, role: options.role };
}

export async function createOrganisation(kind: OrganisationKind): Promise<string> {
  const { app } = currentServer();
  if (kind === OrganisationKind.Provider) {
    const [provider] = await app.get(ProvidersService).registerProviders(null, [providerInput()]);
    return provider!.id;
  }
  const organisation = await app.get(DataSource).getRepository(OrganisationEntity).save({
    kind, name: `Test ${kind.toLowerCase()} ${uniqueSuffix()}`, kvkNumber: null,
  });
  return organisation.id;
}

/** Providers registered through the real service; names start with the prefix and sort in creation order. */
export async function createProviders(count: number, options: { region?: string; namePrefix?: string } = {}): Promise<{ names: string[]; ids: string[] }> {
  const { app } = currentServer();
  const prefix = options.namePrefix ?? `Testaanbieder ${uniqueSuffix()}`;
  const inputs = Array.from({ length: count }, (_, i) =>
    providerInput({
      name: `${prefix} ${String(i + 1).padStart(3, '0')}`,
      ...(options.region ? { homeRegionCode: options.region, regionsServed: [options.region] } : {}),
    }),
  );
  const created = await app.get(ProvidersService).registerProviders(null, inputs);
  return { names: created.map((p) => p.name), ids: created.map((p) => p.id) };
}
