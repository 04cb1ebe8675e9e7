import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, permissionsOf } from '@rim/contracts';
import { DataSource } from 'typeorm';
import type { Actor, TokenClaims } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { EnvDto } from '../../config/env.dto.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { LoginResponseDto, SessionUserDto } from './dto/login.dto.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly limiter: LoginRateLimiter,
    private readonly uow: UnitOfWork,
    private readonly env: EnvDto,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResponseDto> {
    const normalised = email.trim().toLowerCase();
    await this.limiter.consume(ip, normalised);
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { email: normalised },
      relations: { organisation: true },
    });
    const matches = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !user.active || !matches || !user.organisation) {
      throw new DomainException('AUTH_INVALID_CREDENTIALS', 'The e-mail address or password is not correct.');
    }
    await this.limiter.reset(ip, normalised);
    const organisation = user.organisation;
    await this.uow.run(null, async (tx) => {
      await tx.manager.update(UserEntity, { id: user.id }, { lastLoginAt: tx.now });
      await tx.audit({ action: 'user.logged-in', entityType: 'user', entityId: user.id, data: { role: user.role } });
    });
    const claims: TokenClaims = { sub: user.id, role: user.role, org: organisation.id, orgKind: organisation.kind };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.env.JWT_TTL_SECONDS, algorithm: 'HS256' });
    return { accessToken, expiresIn: this.env.JWT_TTL_SECONDS, user: this.sessionUser(user, organisation) };
  }

  async me(actor: Actor): Promise<SessionUserDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { id: actor.userId, active: true },
      relations: { organisation: true },
    });
    if (!user?.organisation) throw new DomainException('AUTH_TOKEN_INVALID', 'This account no longer exists.');
    return this.sessionUser(user, user.organisation);
  }

  private sessionUser(user: UserEntity, organisation: OrganisationEntity): SessionUserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind as OrganisationKind,
      permissions: [...permissionsOf(user.role)],
    };
  }
}
