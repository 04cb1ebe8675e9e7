import { Injectable } from '@nestjs/common';
import { OrganisationKind } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { isUniqueViolation } from '../../database/postgres-errors.js';
import { OrganisationEntity } from '../identity/entities/organisation.entity.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ProviderRegisterItemDto, ProviderRegisterPageDto, ProviderRegisterQueryDto, RegisterProviderDto, SizeClass } from './dto/provider-register.dto.js';
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
    providers.forEach((p, i) => this.assertKnownCodes(p, providers.length > 1 ? `[${i}].` : ''));
    try {
      return await this.uow.run(actor, async (tx) => {
        const created: RegisteredProvider[] = [];
        for (const dto of providers) created.push(await this.insert(tx, dto));
        return created;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'ux_organisation_kvk_number')) {
        throw new DomainException('KVK_NUMBER_TAKEN', 'A provider with this KvK number is registered already.', [{ field: 'kvkNumber', message: 'already registered' }]);
      }
      throw err;
    }
  }

  private async insert(tx: Transaction, dto: RegisterProviderDto): Promise<RegisteredProvider> {
    const organisation = await tx.manager.save(
      tx.manager.create(OrganisationEntity, {
        kind: OrganisationKind.Provider, name: dto.name, kvkNumber: dto.kvkNumber, email: dto.email.toLowerCase(),
        streetAddress: dto.streetAddress, postcode: dto.postcode, city: dto.city,
      }),
    );
    await tx.manager.insert(ProviderProfileEntity, {
      organisationId: organisation.id, homeRegionCode: dto.homeRegionCode, regionsServed: dto.regionsServed,
      targetGroups: dto.targetGroups, services: dto.services, sizeClass: dto.sizeClass, employees: dto.employees,
      annualCapacity: dto.annualCapacity, foundedYear: dto.foundedYear ?? null,
    });
    const facts = { kvkNumber: dto.kvkNumber, name: dto.name, homeRegionCode: dto.homeRegionCode, regionsServed: dto.regionsServed, services: dto.services };
    await tx.audit({ action: 'provider.registered', entityType: 'organisation', entityId: organisation.id, data: facts });
    await tx.emit({ type: 'provider.registered', aggregateType: 'organisation', aggregateId: organisation.id, payload: facts });
    return { id: organisation.id, kvkNumber: dto.kvkNumber, name: dto.name };
  }

  private assertKnownCodes(dto: RegisterProviderDto, prefix: string): void {
    const errors: FieldError[] = [];
    const unknown = (field: string, codes: string[], known: (c: string) => boolean) => {
      const bad = codes.filter((c) => !known(c));
      if (bad.length) errors.push({ field: `${prefix}${field}`, message: `unknown codes: ${bad.join(', ')}` });
    };
    unknown('homeRegionCode', [dto.homeRegionCode], (c) => this.reference.hasRegion(c));
    unknown('regionsServed', dto.regionsServed, (c) => this.reference.hasRegion(c));
    unknown('targetGroups', dto.targetGroups, (c) => this.reference.hasTargetGroup(c));
    unknown('services', dto.services, (c) => this.reference.hasService(c));
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The provider names codes that do not exist.', errors);
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
