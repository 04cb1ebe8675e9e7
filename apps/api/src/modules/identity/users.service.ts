import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLE_ORGANISATION_KIND } from '@rim/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { CreateUserDto, UserDto, UserPageDto } from './dto/user.dto.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { hashPassword } from './password.js';

function toUserDto(u: UserEntity): UserDto {
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, organisationId: u.organisationId,
    active: u.active, lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(page: number, pageSize: number): Promise<UserPageDto> {
    const [users, total] = await this.dataSource.getRepository(UserEntity).findAndCount({
      order: { email: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize,
    });
    return { items: users.map(toUserDto), page, pageSize, total };
  }

  /** A role must belong to its organisation's kind: no provider user in a buyer's organisation. */
  async create(actor: Actor | null, dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.uow.run(actor, (tx) => this.insert(tx, dto, passwordHash));
  }

  /** Hashing is slow on purpose: callers do it before they open the transaction that inserts the user. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** Inside the caller's transaction, so an account can be created together with its organisation. */
  async insert(tx: Transaction, dto: CreateUserDto, passwordHash: string): Promise<UserDto> {
    const organisation = await tx.manager.findOneBy(OrganisationEntity, { id: dto.organisationId });
    if (!organisation) throw new DomainException('VALIDATION_FAILED', 'The organisation does not exist.', [{ field: 'organisationId', message: 'no such organisation' }]);
    if (ROLE_ORGANISATION_KIND[dto.role] !== organisation.kind) {
      throw new DomainException('VALIDATION_FAILED', `Role ${dto.role} does not fit a ${organisation.kind} organisation.`, [{ field: 'role', message: `not allowed in a ${organisation.kind} organisation` }]);
    }
    const email = dto.email.trim().toLowerCase();
    if (await tx.manager.existsBy(UserEntity, { email })) throw new DomainException('EMAIL_TAKEN', 'An account with this e-mail address exists.', [{ field: 'email', message: 'already in use' }]);
    const user = await tx.manager.save(tx.manager.create(UserEntity, {
      email, name: dto.name, role: dto.role, organisationId: organisation.id, passwordHash, active: true, lastLoginAt: null,
    }));
    await tx.audit({ action: 'user.created', entityType: 'user', entityId: user.id, data: { email, role: dto.role, organisationId: organisation.id } });
    return toUserDto(user);
  }
}
