import { Role, roleHas } from '@rim/contracts';
import { createUser, startTestServer, TestServer } from '@rim/testing';
import request from 'supertest';
import { concrete, enumerateRoutes, Route } from './support/routes.js';

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
