import { Role } from '@rim/contracts';
import { caseInput, createUser, startTestServer, TestServer, tokenFor } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('Idempotency-Key on submissions (SPEC §8)', () => {
  let server: TestServer;
  let coach: string;
  let coachId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const user = await createUser({ role: Role.BuyerCoach });
    coachId = user.id;
    coach = await tokenFor(user);
  });
  afterAll(() => server.close());

  const createCase = (body: object, key?: string, token = coach) => {
    const req = request(server.url).post('/api/cases').set('authorization', `Bearer ${token}`);
    return (key === undefined ? req : req.set('idempotency-key', key)).send(body);
  };
  const cases = async () => Number((await server.app.get(DataSource).query(`SELECT count(*) FROM client_case WHERE coach_id = $1`, [coachId]))[0].count);

  it('§8: a retried submission is answered with the first response and applied once; the key is per caller', async () => {
    const before = await cases();
    const body = caseInput();
    const first = await createCase(body, 'case-1');
    const again = await createCase(body, 'case-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await cases()).toBe(before + 1);
    const other = await createCase(caseInput(), 'case-1', await tokenFor(await createUser({ role: Role.BuyerCoach })));
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('§8: racing retries apply once; the same key with another request is refused', async () => {
    const before = await cases();
    const body = caseInput();
    const racing = await Promise.all([createCase(body, 'case-race'), createCase(body, 'case-race'), createCase(body, 'case-race')]);
    expect(racing.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(racing.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual(racing.filter((r) => r.status !== 201).map(() => 'IDEMPOTENCY_KEY_IN_USE'));
    expect(await cases()).toBe(before + 1);
    const reused = await createCase(caseInput(), 'case-race');
    expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 409, code: 'IDEMPOTENCY_KEY_IN_USE' });
    expect(await cases()).toBe(before + 1);
  });

  it('§8: a refused submission records no key, so the corrected retry goes through; without a key nothing is deduplicated; a malformed key is a 400', async () => {
    const before = await cases();
    const refused = await createCase({ ...caseInput(), bsn: '123' }, 'case-fix');
    expect(refused.status).toBe(400);
    expect((await createCase(caseInput(), 'case-fix')).status).toBe(201);
    const body = caseInput();
    expect([(await createCase(body)).status, (await createCase(body)).status]).toEqual([201, 201]);
    expect(await cases()).toBe(before + 3);
    const malformed = await createCase(caseInput(), 'x'.repeat(256));
    expect({ status: malformed.status, code: malformed.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await cases()).toBe(before + 3);
  });
});
