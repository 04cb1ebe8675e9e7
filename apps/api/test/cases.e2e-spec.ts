import { Role } from '@rim/contracts';
import { createFramework, createUser, providerInput, startTestServer, TestServer, tokenFor } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';

/** Valid BSNs (elfproef) not used elsewhere in this file. */
const BSN = { first: '111222333', second: '123456782', other: '100000009' };
const CSV_HEADER = 'kvkNumber,name,email,streetAddress,postcode,city,homeRegion,regionsServed,targetGroups,services,sizeClass,employees,annualCapacity,foundedYear,lots,capacity';

describe('client cases, work plans and provider choice (SPEC §5, IC-1 … IC-3)', () => {
  let server: TestServer;
  let coach: string;
  let db: DataSource;
  beforeAll(async () => {
    server = await startTestServer();
    coach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    db = server.app.get(DataSource);
  });
  afterAll(() => server.close());

  const as = (token: string) => ({
    get: (path: string) => request(server.url).get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object) => request(server.url).post(path).set('authorization', `Bearer ${token}`).send(body),
  });
  const caseBody = (over: object = {}) => ({ bsn: BSN.first, benefitType: 'WGA', targetGroup: 'AG-05', region: 'AMR-09', distanceToLabourMarket: 3, ageBand: '45-54', barriers: ['BAR-01', 'BAR-17'], hoursPerWeek: 20, ...over });

  it('IC-1: the BSN is stored only as a keyed HMAC and a sealed copy; the case coach reads it, and that read is audited', async () => {
    const created = await as(coach).post('/api/cases', caseBody());
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(BSN.first);
    const [row] = await db.query('SELECT bsn_hmac, bsn_sealed FROM client_case WHERE id = $1', [created.body.id]);
    expect(row.bsn_hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(row.bsn_sealed).toString('latin1')).not.toContain(BSN.first);
    const dump = await db.query(`SELECT string_agg(data::text, ' ') AS text FROM audit_log WHERE entity_id = $1`, [created.body.id]);
    expect(dump[0].text ?? '').not.toContain(BSN.first);

    const identity = await as(coach).get(`/api/cases/${created.body.id}/identity`);
    expect(identity.body).toEqual({ bsn: BSN.first });
    expect(await db.query(`SELECT 1 FROM audit_log WHERE action = 'case.identity-read' AND entity_id = $1`, [created.body.id])).toHaveLength(1);
    const otherCoach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    expect((await as(otherCoach).get(`/api/cases/${created.body.id}/identity`)).status).toBe(404);
    for (const role of [Role.Inspector, Role.BuyerOfficer, Role.Admin, Role.ProviderAdmin]) {
      expect((await as(await tokenFor(await createUser({ role }))).get(`/api/cases/${created.body.id}/identity`)).status).toBe(403);
    }
  });

  it('IC-1: a returning client is recognised by the HMAC; an invalid BSN is refused and nothing is written', async () => {
    const first = await as(coach).post('/api/cases', caseBody({ bsn: BSN.second }));
    expect(first.body.returningClient).toBe(false);
    const again = await as(coach).post('/api/cases', caseBody({ bsn: BSN.second, region: 'AMR-10' }));
    expect(again.body.returningClient).toBe(true);
    const before = (await db.query('SELECT count(*)::int AS n FROM client_case'))[0].n;
    const bad = await as(coach).post('/api/cases', caseBody({ bsn: '123456789' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('bsn');
    expect((await as(coach).post('/api/cases', caseBody({ bsn: BSN.other, barriers: ['BAR-99'] }))).status).toBe(400);
    expect((await db.query('SELECT count(*)::int AS n FROM client_case'))[0].n).toBe(before);
  });

  it('IC-2: the work plan stays within the lot caps of FW-1; exception hours need a justification; versions are kept', async () => {
    const fw = await createFramework();
    const id = (await as(coach).post('/api/cases', caseBody({ bsn: BSN.other }))).body.id;
    const plan = (over: object) => as(coach).post(`/api/cases/${id}/work-plans`, { route: 'WERKFIT', frameworkId: fw.id, proposedHours: 36, durationMonths: 12, activities: ['WF-A1'], ...over });
    expect((await plan({ proposedHours: 50 })).status).toBe(400);
    expect((await plan({ proposedHours: 61, exceptionJustification: 'Zeer grote afstand tot de arbeidsmarkt.' })).status).toBe(400);
    expect((await plan({ durationMonths: 19 })).status).toBe(400);
    expect((await plan({ route: 'NAAR_WERK', proposedHours: 20, durationMonths: 10 })).status).toBe(400);
    expect((await plan({ frameworkId: undefined })).status).toBe(400);
    const v1 = await plan({ proposedHours: 50, exceptionJustification: 'Zeer grote afstand tot de arbeidsmarkt.' });
    expect(v1.body).toMatchObject({ versionNo: 1, proposedHours: 50 });
    expect((await plan({ route: 'NAAR_WERK', proposedHours: 20, durationMonths: 9 })).body.versionNo).toBe(2);
  });

  it('IC-3, FW-7: the client chooses from its own seeded choice set after klikgesprekken; vetoes and reasons are enforced', async () => {
    const fw = await createFramework();
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const rows = Array.from({ length: 5 }, () => {
      const p = providerInput();
      return [p.kvkNumber, p.name, p.email, p.streetAddress, p.postcode, p.city, 'AMR-15', 'AMR-15', 'AG-09', 'NAAR_WERK', 'SMALL', '8', '60', '2010', 'NAAR_WERK', '10'].join(',');
    });
    const enrolled = await request(server.url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).query({ admit: true }).set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send([CSV_HEADER, ...rows].join('\n'));
    expect(enrolled.body.admitted).toBe(5);
    const outsider = (await db.query(`SELECT id FROM organisation WHERE kind = 'PROVIDER' AND kvk_number <> ALL($1) LIMIT 1`, [rows.map((r) => r.split(',')[0])]))[0].id;

    const id = (await as(coach).post('/api/cases', caseBody({ bsn: '200000007', targetGroup: 'AG-09', region: 'AMR-15', benefitType: 'WAJONG' }))).body.id;
    expect((await as(coach).get(`/api/cases/${id}/choice-set`)).status).toBe(400);
    await as(coach).post(`/api/cases/${id}/work-plans`, { route: 'NAAR_WERK', frameworkId: fw.id, proposedHours: 20, durationMonths: 6, activities: [] });
    const set = (await as(coach).get(`/api/cases/${id}/choice-set`)).body;
    expect(set).toMatchObject({ seed: id, order: 'RANDOMISED' });
    expect(set.items).toHaveLength(5);
    expect((await as(coach).get(`/api/cases/${id}/choice-set`)).body.items).toEqual(set.items);
    const [a, b, c] = set.items.map((i: { providerId: string }) => i.providerId) as [string, string, string];

    const choose = (body: object) => as(coach).post(`/api/cases/${id}/provider-choice`, { method: 'CLIENT_CHOICE', introMeetings: [a, b], vetoed: [c], chosenProviderId: b, ...body });
    expect((await choose({ chosenProviderId: outsider })).status).toBe(400);
    expect((await choose({ introMeetings: [a, outsider] })).status).toBe(400);
    expect((await choose({ chosenProviderId: c })).status).toBe(400);
    expect((await choose({ method: 'COACH_AT_CLIENT_REQUEST' })).status).toBe(400);
    const chosen = await choose({});
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({ method: 'CLIENT_CHOICE', chosenProviderId: b, introMeetings: [a, b], vetoed: [c] });
    const byCoach = await choose({ method: 'COACH_AT_CLIENT_REQUEST', reason: 'De cliënt vroeg de coach te kiezen na twee gesprekken.' });
    expect(byCoach.status).toBe(201);
  });
});
