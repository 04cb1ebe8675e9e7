import { Role } from '@rim/contracts';
import { createUser, startTestServer, TestServer } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('audit log: hash-chained, written with the change, verifiable (SPEC §8)', () => {
  let server: TestServer;
  let inspectorToken: string;
  beforeAll(async () => {
    server = await startTestServer();
    const inspector = await createUser({ role: Role.Inspector });
    inspectorToken = (await request(server.url).post('/api/auth/login').send({ email: inspector.email, password: inspector.password })).body.accessToken;
  });
  afterAll(() => server.close());

  const verify = async () => (await request(server.url).get('/api/audit/verify').set('authorization', `Bearer ${inspectorToken}`)).body;

  it('records a change in the same transaction and keeps the chain valid', async () => {
    const user = await createUser({ role: Role.ProviderAdmin });
    const db = server.app.get(DataSource);
    const [entry] = await db.query(`SELECT seq FROM audit_log WHERE action = 'user.created' AND entity_id = $1`, [user.id]);
    expect(entry).toBeDefined();
    expect(await verify()).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it('names exactly the entry that was altered directly in the database', async () => {
    const user = await createUser({ role: Role.ProviderUser });
    const db = server.app.get(DataSource);
    const [row] = await db.query(`SELECT seq, data FROM audit_log WHERE action = 'user.created' AND entity_id = $1`, [user.id]);
    await db.query(`UPDATE audit_log SET data = jsonb_set(data, '{role}', '"admin"') WHERE seq = $1`, [row.seq]);
    try {
      expect(await verify()).toMatchObject({ valid: false, firstBrokenSeq: Number(row.seq) });
    } finally {
      await db.query('UPDATE audit_log SET data = $2 WHERE seq = $1', [row.seq, JSON.stringify(row.data)]);
    }
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('rolls the audit entry back with a change that fails', async () => {
    const db = server.app.get(DataSource);
    const count = async () => Number((await db.query('SELECT count(*) AS n FROM audit_log')).at(0).n);
    const before = await count();
    const admin = await createUser({ role: Role.Admin });
    const afterSetup = await count();
    expect(afterSetup).toBeGreaterThan(before);
    const token = (await request(server.url).post('/api/auth/login').send({ email: admin.email, password: admin.password })).body.accessToken;
    const afterLogin = await count();
    const res = await request(server.url).post('/api/users').set('authorization', `Bearer ${token}`)
      .send({ email: admin.email, name: 'Dubbel', role: Role.Admin, organisationId: admin.organisationId, password: 'lang-genoeg-wachtwoord' });
    expect(res.status).toBe(409);
    expect(await count()).toBe(afterLogin);
  });
});
