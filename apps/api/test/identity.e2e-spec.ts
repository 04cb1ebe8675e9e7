import { Role } from '@rim/contracts';
import { createUser, startTestServer, TestServer } from '@rim/testing';
import request from 'supertest';

describe('identity: login, tokens and organisation scoping', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const login = (email: string, password: string) => request(server.url).post('/api/auth/login').send({ email, password });

  it('logs in with the right password and returns the role and its permissions', async () => {
    const user = await createUser({ role: Role.Inspector });
    const res = await login(user.email, user.password);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: Role.Inspector, organisationKind: 'INSPECTORATE' });
    expect(res.body.user.permissions).toContain('audit.read');
    const me = await request(server.url).get('/api/me').set('authorization', `Bearer ${res.body.accessToken}`);
    expect(me.body.email).toBe(user.email);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const user = await createUser({ role: Role.BuyerCoach });
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login(`nobody-${Date.now()}@test.example`, 'whatever');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('rate-limits repeated failed logins with 429', async () => {
    const user = await createUser({ role: Role.BuyerCoach });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login(user.email, 'wrong-password')).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await login(user.email, user.password)).status).toBe(429);
  });

  it('refuses a forged or tampered token', async () => {
    const user = await createUser({ role: Role.Admin });
    const { accessToken } = (await login(user.email, user.password)).body as { accessToken: string };
    const [h, p, s] = accessToken.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), role: 'admin', sub: 'x' })).toString('base64url');
    const res = await request(server.url).get('/api/me').set('authorization', `Bearer ${h}.${forgedClaims}.${s}`);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_TOKEN_INVALID');
  });

  it('lets a provider user read only its own organisation', async () => {
    const mine = await createUser({ role: Role.ProviderAdmin });
    const other = await createUser({ role: Role.ProviderAdmin });
    const token = (await login(mine.email, mine.password)).body.accessToken as string;
    const own = await request(server.url).get(`/api/organisations/${mine.organisationId}`).set('authorization', `Bearer ${token}`);
    const theirs = await request(server.url).get(`/api/organisations/${other.organisationId}`).set('authorization', `Bearer ${token}`);
    expect(own.status).toBe(200);
    expect(theirs.status).toBe(404);
    const patch = await request(server.url).patch(`/api/organisations/${other.organisationId}`).set('authorization', `Bearer ${token}`).set('if-match', '1').send({ city: 'Zwolle' });
    expect(patch.status).toBe(404);
  });

  it('updates with If-Match and refuses a stale version with 412', async () => {
    const user = await createUser({ role: Role.ProviderAdmin });
    const token = (await login(user.email, user.password)).body.accessToken as string;
    const url = `/api/organisations/${user.organisationId}`;
    const { version } = (await request(server.url).get(url).set('authorization', `Bearer ${token}`)).body as { version: number };
    const ok = await request(server.url).patch(url).set('authorization', `Bearer ${token}`).set('if-match', `"${version}"`).send({ city: 'Zwolle' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ city: 'Zwolle', version: version + 1 });
    const stale = await request(server.url).patch(url).set('authorization', `Bearer ${token}`).set('if-match', `"${version}"`).send({ city: 'Deventer' });
    expect(stale.status).toBe(412);
    const missing = await request(server.url).patch(url).set('authorization', `Bearer ${token}`).send({ city: 'Deventer' });
    expect(missing.status).toBe(428);
  });
});
