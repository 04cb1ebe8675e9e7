import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@rim/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationEntity } from './entities/organisation.entity.js';

export function toOrganisationDto(o: OrganisationEntity): OrganisationDto {
  return {
    id: o.id, kind: o.kind, name: o.name, kvkNumber: o.kvkNumber, email: o.email,
    streetAddress: o.streetAddress, postcode: o.postcode, city: o.city, version: o.version,
  };
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Provider users reach only their own organisation; others are told it does not exist. */
  async get(actor: Actor, id: string): Promise<OrganisationDto> {
    this.assertReach(actor, id, Permission.OrganisationReadAny);
    const org = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!org) throw new DomainException('NOT_FOUND', 'No such organisation.');
    return toOrganisationDto(org);
  }

  /** Optimistic locking: the caller names the version it read (If-Match); a stale write is refused. */
  async update(actor: Actor, id: string, expectedVersion: number, changes: UpdateOrganisationDto): Promise<OrganisationDto> {
    this.assertReach(actor, id, Permission.OrganisationUpdateAny);
    return this.uow.run(actor, async (tx) => {
      const repo = tx.manager.getRepository(OrganisationEntity);
      const org = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new DomainException('NOT_FOUND', 'No such organisation.');
      if (org.version !== expectedVersion) {
        throw new DomainException('VERSION_MISMATCH', `The organisation changed since you read it (now version ${org.version}).`);
      }
      const before = toOrganisationDto(org);
      Object.assign(org, changes);
      const saved = await repo.save(org);
      const changed = Object.fromEntries(
        Object.keys(changes).map((k) => [k, { from: before[k as keyof OrganisationDto], to: changes[k as keyof UpdateOrganisationDto] }]),
      );
      await tx.audit({ action: 'organisation.updated', entityType: 'organisation', entityId: id, data: { changed } });
      return toOrganisationDto(saved);
    });
  }

  private assertReach(actor: Actor, id: string, anyPermission: Permission): void {
    if (!actor.can(anyPermission) && actor.organisationId !== id) {
      throw new DomainException('NOT_FOUND', 'No such organisation.');
    }
  }
}
