import { Role } from '@rim/contracts';
import { createUser, providerInput, startTestServer, TestServer, uniqueSuffix } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('FW-2: providers register themselves with their first administrator', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const admin = () => ({ name: 'Beheerder Test', email: `beheer-${uniqueSuffix()}@aanbieder.test`, password: 'een-lang-wachtwoord' });
  const register = (body: object) => request(server.url).post('/api/public/provider-registrations').send(body);
  const organisations = async (kvk: string) => (await server.app.get(DataSource).query('SELECT id FROM organisation WHERE kvk_number = $1', [kvk])).length;

  it('FW-2: creates the organisation and a provider.admin who can log in', async () => {
    const organisation = providerInput();
    const account = admin();
    const res = await register({ organisation, admin: account });
    expect(res.status).toBe(201);
    const login = await request(server.url).post('/api/auth/login').send({ email: account.email, password: account.password });
    expect(login.body.user).toMatchObject({ role: Role.ProviderAdmin, organisationId: res.body.organisationId });
  });

  it('FW-2: a taken KvK number, a taken e-mail or an unknown code answers 4xx and writes nothing', async () => {
    const existing = providerInput();
    await register({ organisation: existing, admin: admin() });
    const twice = await register({ organisation: { ...providerInput(), kvkNumber: existing.kvkNumber }, admin: admin() });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('KVK_NUMBER_TAKEN');

    const taken = await createUser({ role: Role.BuyerCoach });
    const fresh = providerInput();
    const emailTaken = await register({ organisation: fresh, admin: { ...admin(), email: taken.email } });
    expect(emailTaken.status).toBe(409);
    expect(await organisations(fresh.kvkNumber)).toBe(0);

    const badCode = await register({ organisation: { ...providerInput(), regionsServed: ['XX-99'] }, admin: admin() });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0].field).toBe('organisation.regionsServed');
    expect((await register({ admin: admin() })).status).toBe(400);
    const weak = await register({ organisation: fresh, admin: { ...admin(), password: 'kort' } });
    expect(weak.status).toBe(400);
    expect(await organisations(fresh.kvkNumber)).toBe(0);
  });
});
