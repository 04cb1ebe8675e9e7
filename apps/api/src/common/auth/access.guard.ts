import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Permission, ROLE_PERMISSIONS } from '@rim/contracts';
import type { Request } from 'express';
import { DomainException } from '../problem/error-code.js';
import { Actor, TokenClaims } from './actor.js';
import { PERMISSIONS_KEY, PUBLIC_KEY } from './access.decorators.js';

export interface AccessRule {
  isPublic: boolean;
  permissions: Permission[] | undefined;
}

export function accessRuleOf(reflector: Reflector, handler: object, controller: object): AccessRule {
  const targets = [handler, controller] as Parameters<Reflector['getAllAndOverride']>[1];
  return {
    isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
    permissions: reflector.getAllAndOverride<Permission[]>(PERMISSIONS_KEY, targets),
  };
}

/** Deny by default: a route that declares neither @Public nor @Permissions is closed to everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = accessRuleOf(this.reflector, context.getHandler(), context.getClass());
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const actor = await this.authenticate(req);
    if (actor) req.actor = actor;
    if (rule.isPublic) return true;
    if (!rule.permissions) throw new DomainException('FORBIDDEN', 'This route is not open to anyone.');
    if (!actor) throw new DomainException('AUTH_REQUIRED', 'Log in to use this route.');
    if (!rule.permissions.some((p) => actor.can(p))) {
      throw new DomainException('FORBIDDEN', 'Your role does not allow this.');
    }
    return true;
  }

  private async authenticate(req: Request): Promise<Actor | undefined> {
    const header = req.header('authorization');
    if (!header) return undefined;
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new DomainException('AUTH_TOKEN_INVALID', 'Use an Authorization: Bearer token.');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new DomainException('AUTH_TOKEN_INVALID', 'The token is invalid or has expired.');
    }
    if (!(claims.role in ROLE_PERMISSIONS)) throw new DomainException('AUTH_TOKEN_INVALID', 'The token names an unknown role.');
    return new Actor(claims.sub, claims.role, claims.org, claims.orgKind);
  }
}
