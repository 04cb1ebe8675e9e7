import { Role } from '@rim/contracts';
import { createUser, providerInput, startTestServer, TestServer } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('errors are RFC 9457 problem+json and write nothing (SPEC §8)', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    const officer = await createUser({ role: Role.BuyerOfficer });
    const res = await request(server.url).post('/api/auth/login').send({ email: officer.email, password: officer.password });
    token = res.body.accessToken;
  });
  afterAll(() => server.close());

  const organisations = async () => Number((await server.app.get(DataSource).query('SELECT count(*) AS n FROM organisation'))[0].n);
  const post = (body: string | object, type = 'application/json') =>
    request(server.url).post('/api/providers').set('authorization', `Bearer ${token}`).set('content-type', type).send(typeof body === 'string' ? body : JSON.stringify(body));

  it.each([
    ['malformed JSON', () => post('{"kvkNumber": '), 400],
    ['an unknown field', () => post({ ...providerInput(), isAdmin: true }), 400],
    ['a wrong type', () => post({ ...providerInput(), employees: '12' }), 400],
    ['an invalid KvK number', () => post(providerInput({ kvkNumber: '1234567' })), 400],
    ['an unknown region code', () => post(providerInput({ homeRegionCode: 'AMR-99' })), 400],
    ['an oversized body', () => post({ ...providerInput(), name: 'x'.repeat(2_000_000) }), 413],
  ])('answers %s with a 4xx problem and no write', async (_, send, status) => {
    const before = await organisations();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code: expect.any(String), correlationId: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
    expect(await organisations()).toBe(before);
  });

  it('says malformed JSON is malformed JSON', async () => {
    expect((await post('{"kvkNumber": ')).body.code).toBe('MALFORMED_JSON');
  });

  it('names the field that failed validation', async () => {
    const res = await post(providerInput({ kvkNumber: 'abc' }));
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'kvkNumber' })]));
  });

  it('refuses a second provider with the same KvK number with 409 and keeps the first', async () => {
    const input = providerInput();
    expect((await post(input)).status).toBe(201);
    const again = await post({ ...input, name: 'Andere naam B.V.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('KVK_NUMBER_TAKEN');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await request(server.url).get('/api/does-not-exist').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
