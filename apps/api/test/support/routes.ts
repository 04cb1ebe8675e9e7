import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { Role, roleHas } from '@rim/contracts';
import type { TestServer } from '@rim/testing';
import { accessRuleOf, AccessRule } from '../../src/common/auth/access.guard.js';

export interface Route {
  method: string;
  path: string;
  rule: AccessRule;
}

/** Every route the application serves, read from Nest's own metadata, with the access rule it declares. */
export function enumerateRoutes(server: TestServer): Route[] {
  const reflector = server.app.get(Reflector);
  const routes: Route[] = [];
  for (const module of server.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as unknown as { prototype: Record<string, unknown> } | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata('path', controller) ?? '');
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[key];
        if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata('method', handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number]!;
        const path = `/${[base, String(Reflect.getMetadata('path', handler) ?? '')].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        routes.push({ method, path, rule: accessRuleOf(reflector, handler, controller) });
      }
    }
  }
  return routes;
}

/** The route's path with every parameter filled: ids with a UUID nobody holds, other parameters with `x`. */
export const concrete = (path: string) => path.replace(/:(id|\w+Id)\b/g, '00000000-0000-4000-8000-000000000000').replace(/:(\w+)/g, 'x');

/** A role allowed on the route (the first in the enum's order), or none for a public one. */
export function roleFor(route: Route): Role | undefined {
  if (route.rule.isPublic) return undefined;
  return Object.values(Role).find((role) => route.rule.permissions!.some((p) => roleHas(role, p)));
}
