import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@rim/contracts';
import type { Actor } from './actor.js';

export const PUBLIC_KEY = 'access:public';
export const PERMISSIONS_KEY = 'access:permissions';

/** Open to anyone, anonymous included. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The caller needs at least one of these permissions. */
export const Permissions = (...permissions: Permission[]) => SetMetadata(PERMISSIONS_KEY, permissions);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
