import { Role } from '@rim/contracts';
import { createUser, startTestServer, TestServer, tokenFor } from '@rim/testing';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildOpenApiDocument } from '../src/openapi/openapi.js';
import { concrete, enumerateRoutes, roleFor, Route } from './support/routes.js';

type Schema = { $ref?: string; type?: string; format?: string; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; allOf?: Schema[] };

/** Strings that break careless code: empty, NUL, a lone surrogate, right-to-left override, huge, markup, SQL. */
const NASTY_STRINGS = ['', '\u0000', 'a\u0000b', '\ud800', '\u202e', '😀'.repeat(500), 'x'.repeat(70_000), '<script>alert(1)</script>', "'; DROP TABLE trajectory; --", 'Ω≈ç√∫˜µ≤≥÷'];
const nastyString = fc.oneof(fc.string(), fc.constantFrom(...NASTY_STRINGS));
const wrongValue = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), nastyString, fc.constant([]), fc.constant({}), fc.constant([[[]]]));

/** Values shaped by the route's schema, each leaf sometimes wrong, sometimes missing, with extra fields now and then. */
function shaped(schema: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  const resolved = schema.$ref ? components[schema.$ref.split('/').pop()!]! : schema.allOf ? schema.allOf[0]! : schema;
  if (resolved !== schema) return shaped(resolved, components, depth);
  const right = ((): fc.Arbitrary<unknown> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'object': {
        if (depth > 4 || !schema.properties) return fc.object({ maxDepth: 1 });
        const fields = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, shaped(value, components, depth + 1)]));
        return fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.dictionary(fc.string({ maxLength: 8 }), wrongValue, { maxKeys: 2 }), { nil: undefined }))
          .map(([record, extra]) => ({ ...record, ...extra }));
      }
      case 'array': return fc.array(shaped(schema.items ?? {}, components, depth + 1), { maxLength: depth ? 3 : 60 });
      case 'integer': return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER));
      case 'number': return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.125, -0.5, 1e308));
      case 'boolean': return fc.boolean();
      case 'string':
        if (schema.format === 'uuid') return fc.oneof(fc.uuid(), nastyString);
        if (schema.format === 'date') return fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', '2026-01-15', '2026-01-15T10:00:00Z'), nastyString);
        return nastyString;
      default: return wrongValue;
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: wrongValue });
}

describe('fuzzing every request body (SPEC §11: bad input is a 4xx problem and changes nothing)', () => {
  let server: TestServer;
  let db: DataSource;
  let routes: (Route & { schema?: Schema })[];
  let components: Record<string, Schema>;
  const tokens = new Map<Role, string>();
  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
    const document = buildOpenApiDocument(server.app);
    components = (document.components?.schemas ?? {}) as Record<string, Schema>;
    routes = enumerateRoutes(server).filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method)).map((r) => {
      const operation = document.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase() as 'post'];
      const body = operation?.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
      return { ...r, schema: body?.content?.['application/json']?.schema };
    });
    for (const role of Object.values(Role)) tokens.set(role, await tokenFor(await createUser({ role })));
  });
  afterAll(() => server.close());

  /** Writes leave an audit entry or an outbox event; a refused request must leave neither. */
  const writes = async () => (await db.query(`SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM outbox_event) AS n`))[0].n as string;

  const send = (route: Route, body: string, contentType = 'application/json') => {
    const role = roleFor(route);
    const req = request(server.url)[route.method.toLowerCase() as 'post'](concrete(route.path)).set('content-type', contentType).set('if-match', '"1"');
    return (role ? req.set('authorization', `Bearer ${tokens.get(role)}`) : req).send(body);
  };

  it('finds the routes that take a body', () => {
    expect(routes.filter((r) => r.schema).length).toBeGreaterThan(30);
  });

  it('answers every generated body with a 4xx problem or success, never a 5xx, and a refused one writes nothing', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.schema)) {
      await fc.assert(fc.asyncProperty(shaped(route.schema!, components), async (body) => {
        const before = await writes();
        const res = await send(route, JSON.stringify(body));
        if (res.status >= 500) failures.push(`${route.method} ${route.path} → ${res.status} for ${JSON.stringify(body).slice(0, 300)}`);
        else if (res.status >= 400) {
          if (!String(res.headers['content-type']).startsWith('application/problem+json')) failures.push(`${route.method} ${route.path} → ${res.status} without problem+json`);
          if ((await writes()) !== before) failures.push(`${route.method} ${route.path} → ${res.status} but something was written`);
        }
      }), { numRuns: 12, seed: 2026 });
    }
    expect(failures).toEqual([]);
  });

  it('refuses malformed JSON, non-object bodies and bodies above the size limit with a 4xx problem', async () => {
    const failures: string[] = [];
    const malformed = ['{', '{"a":', '[1,2', `{"x":"${'y'.repeat(1_100_000)}"}`];
    const unusual = ['null', '"text"', '[]', '{"__proto__": {"admin": true}}'];
    for (const route of routes) {
      for (const body of [...malformed, ...unusual]) {
        const res = await send(route, body);
        const problem = String(res.headers['content-type']).startsWith('application/problem+json');
        const refused = res.status >= 400 && res.status < 500 && problem;
        if (malformed.includes(body) ? !refused : res.status >= 500 || (res.status >= 400 && !problem)) failures.push(`${route.method} ${route.path} → ${res.status} for ${body.slice(0, 40)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
