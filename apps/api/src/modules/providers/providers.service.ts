import { Injectable } from '@nestjs/common';
import { OrganisationKind, Role } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { UsersService } from '../identity/users.service.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ProviderRegisterItemDto, ProviderRegisterPageDto, ProviderRegisterQueryDto, RegisterProviderDto, SelfRegistrationDto, SelfRegistrationResultDto, SizeClass } from './dto/provider-register.dto.js';
import { ProviderProfileEntity } from './provider-profile.entity.js';
import { ProvidersRepository, RegisterRow } from './providers.repository.js';

export interface RegisteredProvider {
  id: string;
  kvkNumber: string;
  name: string;
}

@Injectable()
export class ProvidersService {
  constructor(
    private readonly repository: ProvidersRepository,
    private readonly reference: ReferenceService,
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
  ) {}

  async register(query: ProviderRegisterQueryDto): Promise<ProviderRegisterPageDto> {
    if (query.region && !this.reference.hasRegion(query.region)) {
      throw new DomainException('VALIDATION_FAILED', 'Unknown region.', [{ field: 'region', message: `no region ${query.region}` }]);
    }
    const { rows, total } = await this.repository.search({
      q: query.q, region: query.region, limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
    });
    return { items: rows.map((r) => this.toItem(r)), page: query.page, pageSize: query.pageSize, total };
  }

  /** Registers provider organisations; all or none of the batch commits. */
  async registerProviders(actor: Actor | null, providers: RegisterProviderDto[]): Promise<RegisteredProvider[]> {
    const errors = providers.flatMap((p, i) => this.codeErrors(p, providers.length > 1 ? `[${i}].` : ''));
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The provider names codes that do not exist.', errors);
    return this.uow.run(actor, async (tx) => {
      const created = await this.insertMissing(tx, providers);
      if (created.length < providers.length) {
        throw new DomainException('KVK_NUMBER_TAKEN', 'A provider with this KvK number is registered already.', [{ field: 'kvkNumber', message: 'already registered' }]);
      }
      return created;
    });
  }

  /** FW-2: a provider registers itself with its first administrator; both commit or neither does. */
  async selfRegister(dto: SelfRegistrationDto): Promise<SelfRegistrationResultDto> {
    const errors = this.codeErrors(dto.organisation, 'organisation.');
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The provider names codes that do not exist.', errors);
    const passwordHash = await this.users.hashPassword(dto.admin.password);
    return this.uow.run(null, async (tx) => {
      const [created] = await this.insertMissing(tx, [dto.organisation]);
      if (!created) throw new DomainException('KVK_NUMBER_TAKEN', 'A provider with this KvK number is registered already.', [{ field: 'organisation.kvkNumber', message: 'already registered' }]);
      const user = await this.users.insert(tx, { ...dto.admin, role: Role.ProviderAdmin, organisationId: created.id }, passwordHash);
      return { organisationId: created.id, userId: user.id, email: user.email };
    });
  }

  /** FW-9: inserts the providers whose KvK number is not registered yet, a statement per table; returns those it created. */
  async insertMissing(tx: Transaction, providers: RegisterProviderDto[]): Promise<RegisteredProvider[]> {
    if (providers.length === 0) return [];
    const inserted = await tx.manager.query<{ id: string; kvk_number: string }[]>(
      `INSERT INTO organisation (kind, name, kvk_number, email, street_address, postcode, city, version)
       SELECT $2, x.name, x.kvk, lower(x.email), x.street, x.postcode, x.city, 1
         FROM jsonb_to_recordset($1::jsonb) AS x(kvk text, name text, email text, street text, postcode text, city text)
       ON CONFLICT (kvk_number) DO NOTHING
       RETURNING id, kvk_number`,
      [JSON.stringify(providers.map((dto) => ({ kvk: dto.kvkNumber, name: dto.name, email: dto.email, street: dto.streetAddress, postcode: dto.postcode, city: dto.city }))), OrganisationKind.Provider],
    );
    const idByKvk = new Map(inserted.map((r) => [r.kvk_number, r.id]));
    const fresh = providers.flatMap((dto) => {
      const id = idByKvk.get(dto.kvkNumber);
      if (!id) return [];
      idByKvk.delete(dto.kvkNumber); // a KvK number twice in one batch registers once
      return [{ id, dto }];
    });
    if (fresh.length === 0) return [];
    await tx.manager.insert(ProviderProfileEntity, fresh.map(({ id, dto }) => ({
      organisationId: id, homeRegionCode: dto.homeRegionCode, regionsServed: dto.regionsServed, targetGroups: dto.targetGroups,
      services: dto.services, sizeClass: dto.sizeClass, employees: dto.employees, annualCapacity: dto.annualCapacity, foundedYear: dto.foundedYear ?? null,
    })));
    const facts = ({ dto }: { dto: RegisterProviderDto }) => ({ kvkNumber: dto.kvkNumber, name: dto.name, homeRegionCode: dto.homeRegionCode, regionsServed: dto.regionsServed, services: dto.services });
    await tx.audit(...fresh.map((f) => ({ action: 'provider.registered', entityType: 'organisation', entityId: f.id, data: facts(f) })));
    await tx.emit(...fresh.map((f) => ({ type: 'provider.registered', aggregateType: 'organisation', aggregateId: f.id, payload: facts(f) })));
    return fresh.map(({ id, dto }) => ({ id, kvkNumber: dto.kvkNumber, name: dto.name }));
  }

  /** The codes of a registration that are not in the code lists, as field errors under `prefix`. */
  codeErrors(dto: RegisterProviderDto, prefix = ''): FieldError[] {
    return unknownCodes([
      { field: `${prefix}homeRegionCode`, codes: [dto.homeRegionCode], known: (c) => this.reference.hasRegion(c) },
      { field: `${prefix}regionsServed`, codes: dto.regionsServed, known: (c) => this.reference.hasRegion(c) },
      { field: `${prefix}targetGroups`, codes: dto.targetGroups, known: (c) => this.reference.hasTargetGroup(c) },
      { field: `${prefix}services`, codes: dto.services, known: (c) => this.reference.hasService(c) },
    ]);
  }

  private toItem(r: RegisterRow): ProviderRegisterItemDto {
    return {
      id: r.id, kvkNumber: r.kvk_number, name: r.name, city: r.city,
      homeRegion: { code: r.home_region_code, name: this.reference.regionName(r.home_region_code) },
      regionsServedCount: Number(r.regions_served_count), sizeClass: r.size_class as SizeClass,
      employees: r.employees, services: r.services,
    };
  }
}
