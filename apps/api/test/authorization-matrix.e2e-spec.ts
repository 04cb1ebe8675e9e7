import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { Role, roleHas } from '@rim/contracts';
import { createUser, startTestServer, TestServer } from '@rim/testing';
import request from 'supertest';
import { accessRuleOf, AccessRule } from '../src/common/auth/access.guard.js';

interface Route {
  method: string;
  path: string;
  rule: AccessRule;
}

/** Every route the application serves, read from Nest's own metadata, with the access rule it declares. */
function enumerateRoutes(server: TestServer): Route[] {
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

const concrete = (path: string) => path.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000').replace(/:(\w+)/g, 'x');

describe('authorisation matrix: every route × every role (SPEC §1, deny by default)', () => {
  let server: TestServer;
  let routes: Route[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    server = await startTestServer();
    routes = enumerateRoutes(server);
    for (const role of Object.values(Role)) {
      const user = await createUser({ role });
      const res = await request(server.url).post('/api/auth/login').send({ email: user.email, password: user.password });
      tokens.set(role, res.body.accessToken as string);
    }
  });
  afterAll(() => server.close());

  it('finds the routes and every one declares its access', () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.rule.isPublic && !r.rule.permissions?.length);
    expect(undeclared.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('gives each role, and anonymous callers, exactly the access its permissions allow', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const send = (token?: string) => {
        const req = request(server.url)[route.method.toLowerCase() as 'get'](concrete(route.path)).set('if-match', '1');
        return (token ? req.set('authorization', `Bearer ${token}`) : req).send({});
      };
      const anonymous = (await send()).status;
      if (anonymous >= 500) mismatches.push(`anonymous ${route.method} ${route.path} → ${anonymous} (an empty body must never be a server error)`);
      if (route.rule.isPublic ? anonymous === 401 || anonymous === 403 : anonymous !== 401) mismatches.push(`anonymous ${route.method} ${route.path} → ${anonymous}`);
      for (const role of Object.values(Role)) {
        const allowed = route.rule.isPublic || route.rule.permissions!.some((p) => roleHas(role, p));
        const status = (await send(tokens.get(role))).status;
        const denied = status === 401 || status === 403;
        if (status >= 500) mismatches.push(`${role} ${route.method} ${route.path} → ${status} (an empty body must never be a server error)`);
        if (allowed === denied) mismatches.push(`${role} ${route.method} ${route.path} → ${status} (expected ${allowed ? 'access' : '403'})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
