import { Role } from '@rim/contracts';
import { caseInput, createFramework, createUser, CreatedUser, pdfBytes, providerInput, startTestServer, TestServer, tokenFor, uniqueKvkNumber } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock/clock.service.js';
import { ParticipationsService } from '../src/modules/frameworks/participations.service.js';

const ALL_MET = ['UG-01', 'UG-02', 'ME-01', 'ME-02', 'ME-03', 'ME-04', 'ME-05', 'ME-06', 'ME-07'].map((requirementCode) => ({ requirementCode, met: true }));
const DOCUMENTS: [string, string | undefined][] = [['UG-02', '2028-06-30'], ['ME-01', undefined], ['ME-02', '2028-06-30'], ['ME-03', '2028-06-30'], ['ME-04', undefined], ['ME-05', undefined]];

describe('open framework agreement (SPEC §3, FW-1 … FW-9)', () => {
  let server: TestServer;
  let officer: string;
  let clock: Clock;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestServer();
    officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    clock = server.app.get(Clock);
    db = server.app.get(DataSource);
  });
  afterEach(() => clock.reset());
  afterAll(() => server.close());

  const api = (token: string) => ({
    get: (path: string) => request(server.url).get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body?: object, version?: number) => {
      const r = request(server.url).post(path).set('authorization', `Bearer ${token}`);
      if (version !== undefined) r.set('if-match', `"${version}"`);
      return body ? r.send(body) : r;
    },
    patch: (path: string, body: object, version: number) => request(server.url).patch(path).set('authorization', `Bearer ${token}`).set('if-match', `"${version}"`).send(body),
  });

  async function provider(): Promise<{ user: CreatedUser; token: string }> {
    const user = await createUser({ role: Role.ProviderAdmin });
    return { user, token: await tokenFor(user) };
  }

  /** A draft filled in completely, with every document uploaded. */
  async function completeDraft(token: string, frameworkId: string, lot = 'NAAR_WERK', extra: object = {}) {
    const created = await api(token).post(`/api/frameworks/${frameworkId}/applications`, { lot });
    expect(created.status).toBe(201);
    for (const [code, validUntil] of DOCUMENTS) {
      const upload = await request(server.url)
        .post(`/api/frameworks/${frameworkId}/evidence/${code}`)
        .query({ fileName: `${code}.pdf`, ...(validUntil ? { validUntil } : {}) })
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/pdf')
        .send(pdfBytes(code));
      expect(upload.status).toBe(201);
    }
    const filled = await api(token).patch(`/api/applications/${created.body.id}`, {
      declarations: ['UG-01', 'UG-02', 'ME-01', 'ME-02', 'ME-03', 'ME-04', 'ME-05', 'ME-07'],
      experience: { trajectories: 40, placements: 12, newcomer: false }, regions: ['AMR-12'], targetGroups: ['WW-01'],
      locations: [{ city: 'Utrecht', postcode: '3511 AB' }], capacity: 20, ...extra,
    }, created.body.version);
    expect(filled.status).toBe(200);
    return filled.body as { id: string; version: number };
  }

  async function admitted(frameworkId: string, lot = 'NAAR_WERK', extra: object = {}) {
    const p = await provider();
    const draft = await completeDraft(p.token, frameworkId, lot, extra);
    const submitted = await api(p.token).post(`/api/applications/${draft.id}/submit`, undefined, draft.version);
    expect(submitted.status).toBe(200);
    const review = await api(officer).post(`/api/applications/${draft.id}/start-review`, undefined, submitted.body.version);
    const decided = await api(officer).post(`/api/applications/${draft.id}/decision`, { decisions: ALL_MET }, review.body.version);
    expect(decided.body.status).toBe('ADMITTED');
    return { ...p, applicationId: draft.id };
  }

  async function myParticipation(token: string, frameworkId: string) {
    const res = await api(token).get(`/api/participations?frameworkId=${frameworkId}`);
    return res.body.items[0];
  }

  it('FW-1: an officer defines a framework with the 2016–2020 lots, caps and payment schedules, and publishes it', async () => {
    const res = await api(officer).post('/api/frameworks', { name: `Inkoopkader test ${uniqueKvkNumber()}`, legalMode: 'DPS', validFrom: '2026-07-01', validUntil: '2030-06-30' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'DRAFT', decisionWorkingDays: 10, terms: { versionNo: 1, hourlyRateCents: 7800 } });
    const werkfit = res.body.terms.lots.find((l: { lot: string }) => l.lot === 'WERKFIT');
    expect(werkfit).toMatchObject({ caps: { hoursNormal: 40, hoursException: 60 }, payment: { atPurchaseOrderBp: 5000, onSuccessBp: 5000, onNoSuccessBp: 3000 } });
    const published = await api(officer).post(`/api/frameworks/${res.body.id}/publish`, undefined, res.body.version);
    expect(published.body.status).toBe('PUBLISHED');
    const publicList = await request(server.url).get('/api/public/frameworks');
    expect(publicList.body.map((f: { id: string }) => f.id)).toContain(res.body.id);
  });

  it('FW-1: refuses inconsistent terms with 400 and writes nothing', async () => {
    const name = `Ongeldig ${uniqueKvkNumber()}`;
    const res = await api(officer).post('/api/frameworks', {
      name, legalMode: 'OPEN_HOUSE', validFrom: '2026-01-01', validUntil: '2027-01-01',
      lots: [{ lot: 'WERKFIT', caps: { hoursNormal: 40, hoursException: 30, maxDurationMonths: { byBenefitType: { WGA: 18, XYZ: 3 }, otherMonths: 18 } }, payment: { atPurchaseOrderBp: 6000, onSuccessBp: 5000, onNoSuccessBp: 3000 } }],
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['lots[0].caps.hoursException', 'lots[0].payment', 'lots[0].caps.maxDurationMonths.byBenefitType.XYZ']));
    expect(await db.query('SELECT 1 FROM framework WHERE name = $1', [name])).toHaveLength(0);
    const noCaps = await api(officer).post('/api/frameworks', { name, legalMode: 'OPEN_HOUSE', validFrom: '2026-01-01', validUntil: '2027-01-01', lots: [{ lot: 'WERKFIT' }] });
    expect(noCaps.status).toBe(400);
    expect(noCaps.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['lots.0.caps', 'lots.0.payment']));
  });

  it('FW-2/FW-3: a provider applies, is asked for more information, resubmits and is admitted; the participation follows (FW-4)', async () => {
    const fw = await createFramework({ legalMode: 'DPS' });
    const p = await provider();
    const draft = await completeDraft(p.token, fw.id);
    const submitted = await api(p.token).post(`/api/applications/${draft.id}/submit`, undefined, draft.version);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', overdue: false });
    const review = await api(officer).post(`/api/applications/${draft.id}/start-review`, undefined, submitted.body.version);
    const info = await api(officer).post(`/api/applications/${draft.id}/request-info`, { message: 'Graag een recenter KvK-uittreksel.' }, review.body.version);
    expect(info.body.status).toBe('INFO_REQUESTED');
    const notes = await api(p.token).get('/api/me/notifications');
    expect(notes.body.map((n: { kind: string }) => n.kind)).toContain('APPLICATION_INFO_REQUESTED');
    const again = await api(p.token).post(`/api/applications/${draft.id}/submit`, undefined, info.body.version);
    const review2 = await api(officer).post(`/api/applications/${draft.id}/start-review`, undefined, again.body.version);
    const decided = await api(officer).post(`/api/applications/${draft.id}/decision`, { decisions: ALL_MET }, review2.body.version);
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('ADMITTED');
    expect(decided.body.history.map((h: { action: string }) => h.action)).toEqual(['CREATE', 'SUBMIT', 'START_REVIEW', 'REQUEST_INFO', 'SUBMIT', 'START_REVIEW', 'ADMIT']);
    expect(decided.body.evidence.every((e: { status: string }) => e.status === 'ACCEPTED')).toBe(true);
    const participation = await myParticipation(p.token, fw.id);
    expect(participation).toMatchObject({ lot: 'NAAR_WERK', status: 'ACTIVE', effectiveStatus: 'ACTIVE', acceptedTermsVersionNo: 1, capacity: 20 });
  });

  it('FW-3: a rejection needs a reason for every requirement not met, and keeps them', async () => {
    const fw = await createFramework();
    const p = await provider();
    const draft = await completeDraft(p.token, fw.id);
    const submitted = await api(p.token).post(`/api/applications/${draft.id}/submit`, undefined, draft.version);
    const review = await api(officer).post(`/api/applications/${draft.id}/start-review`, undefined, submitted.body.version);
    const decisions = ALL_MET.map((d) => (d.requirementCode === 'ME-02' ? { requirementCode: 'ME-02', met: false } : d));
    const noReason = await api(officer).post(`/api/applications/${draft.id}/decision`, { decisions }, review.body.version);
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('decisions[3].reason');
    const partial = await api(officer).post(`/api/applications/${draft.id}/decision`, { decisions: ALL_MET.slice(1) }, review.body.version);
    expect(partial.status).toBe(400);
    const reason = 'Keurmerk Blik op Werk ontbreekt in het register.';
    const rejected = await api(officer).post(`/api/applications/${draft.id}/decision`, { decisions: decisions.map((d) => (d.requirementCode === 'ME-02' ? { ...d, reason } : d)) }, review.body.version);
    expect(rejected.body.status).toBe('REJECTED');
    expect(rejected.body.history.at(-1).decisions.find((d: { requirementCode: string }) => d.requirementCode === 'ME-02')).toMatchObject({ met: false, reason });
    expect((await api(p.token).get(`/api/participations?frameworkId=${fw.id}`)).body.total).toBe(0);
  });

  it('FW-3: the decision is due 10 working days after submission on the Dutch calendar, and shows as overdue after', async () => {
    const fw = await createFramework({ legalMode: 'DPS' });
    const p = await provider();
    clock.travelTo(new Date('2026-12-22T10:00:00Z'));
    const draft = await completeDraft(p.token, fw.id);
    const submitted = await api(p.token).post(`/api/applications/${draft.id}/submit`, undefined, draft.version);
    // 23, 24, 28, 29, 30, 31 Dec, 4, 5, 6, 7 Jan: Christmas, Boxing Day, New Year and weekends do not count
    expect(submitted.body.decisionDueAt).toBe('2027-01-07T23:00:00.000Z');
    clock.travelTo(new Date('2027-01-07T22:59:00Z'));
    expect((await api(officer).get(`/api/applications?overdue=true&frameworkId=${fw.id}`)).body.total).toBe(0);
    clock.travelTo(new Date('2027-01-08T08:00:00Z'));
    const overdue = await api(officer).get(`/api/applications?overdue=true&frameworkId=${fw.id}`);
    expect(overdue.body.items).toEqual([expect.objectContaining({ id: draft.id, overdue: true })]);
    const inspector = await tokenFor(await createUser({ role: Role.Inspector }));
    expect((await api(inspector).get(`/api/applications?overdue=true&frameworkId=${fw.id}`)).body.total).toBe(1);
  });

  it('FW-2: refuses bad applications with 4xx problem+json and changes nothing', async () => {
    const fw = await createFramework({ validFrom: '2026-01-01', validUntil: '2026-06-30' });
    const open = await createFramework();
    const p = await provider();
    const count = async () => Number((await db.query('SELECT count(*) AS n FROM framework_application WHERE provider_id = $1', [p.user.organisationId]))[0].n);
    clock.travelTo(new Date('2026-08-01T10:00:00Z'));
    expect((await api(p.token).post(`/api/frameworks/${fw.id}/applications`, { lot: 'WERKFIT' })).body.code).toBe('FRAMEWORK_NOT_OPEN');
    clock.reset();
    expect((await api(p.token).post(`/api/frameworks/${open.id}/applications`, { lot: 'MOD_JOBHUNTING' })).status).toBe(400);
    expect(await count()).toBe(0);
    const first = await api(p.token).post(`/api/frameworks/${open.id}/applications`, { lot: 'WERKFIT' });
    const twice = await api(p.token).post(`/api/frameworks/${open.id}/applications`, { lot: 'WERKFIT' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('APPLICATION_EXISTS');
    const incomplete = await api(p.token).post(`/api/applications/${first.body.id}/submit`, undefined, first.body.version);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['declarations.UG-01', 'evidence.ME-02', 'experience', 'capacity']));
    expect((await api(p.token).get(`/api/applications/${first.body.id}`)).body.status).toBe('DRAFT');
    const other = await provider();
    expect((await api(other.token).get(`/api/applications/${first.body.id}`)).status).toBe(404);
    expect((await api(other.token).patch(`/api/applications/${first.body.id}`, { capacity: 3 }, first.body.version)).status).toBe(404);
    expect((await api(p.token).post(`/api/applications/${first.body.id}/start-review`, undefined, first.body.version)).status).toBe(403);
    expect((await api(p.token).patch(`/api/applications/${first.body.id}`, { regions: ['XX-99'] }, first.body.version)).status).toBe(400);
    expect(await count()).toBe(1);
  });

  it('FW-2: evidence uploads are type- and size-checked, hashed with SHA-256 and kept as versions', async () => {
    const fw = await createFramework();
    const p = await provider();
    const upload = (body: Buffer, type: string, query: object = { fileName: 'keurmerk.pdf', validUntil: '2028-01-01' }) =>
      request(server.url).post(`/api/frameworks/${fw.id}/evidence/ME-02`).query(query).set('authorization', `Bearer ${p.token}`).set('content-type', type).send(body);
    expect((await upload(Buffer.from('just text'), 'text/plain')).status).toBe(415);
    expect((await upload(Buffer.from('MZ not a pdf at all'), 'application/pdf')).status).toBe(415);
    expect((await upload(Buffer.alloc(11 * 1024 * 1024, 0x25), 'application/pdf')).status).toBe(413);
    expect((await upload(pdfBytes(), 'application/pdf', { fileName: 'keurmerk.pdf' })).status).toBe(400);
    expect((await upload(pdfBytes(), 'application/pdf', { fileName: 'keurmerk.pdf', validUntil: '2020-01-01' })).status).toBe(400);
    const first = pdfBytes('v1');
    const v1 = await upload(first, 'application/pdf');
    const v2 = await upload(pdfBytes('v2'), 'application/pdf');
    expect([v1.body.versionNo, v2.body.versionNo]).toEqual([1, 2]);
    const { createHash } = await import('node:crypto');
    expect(v1.body.sha256).toBe(createHash('sha256').update(first).digest('hex'));
    const list = await api(p.token).get('/api/evidence');
    expect(list.body).toHaveLength(2);
    const content = await api(p.token).get(`/api/evidence/${v1.body.id}/content`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(Buffer.compare(content.body as Buffer, first)).toBe(0);
    const [read] = await db.query(`SELECT 1 FROM audit_log WHERE action = 'evidence.read' AND entity_id = $1`, [v1.body.id]);
    expect(read).toBeDefined();
    const other = await provider();
    expect((await api(other.token).get(`/api/evidence/${v1.body.id}/content`)).status).toBe(404);
  });

  it('FW-4: a new terms version must be accepted to stay active', async () => {
    const fw = await createFramework();
    const p = await admitted(fw.id);
    const framework = await api(officer).get(`/api/frameworks/${fw.id}`);
    const terms = await api(officer).post(`/api/frameworks/${fw.id}/terms`, { summary: 'Uurtarief geïndexeerd', hourlyRateCents: 8100, effectiveFrom: '2027-01-01' }, framework.body.version);
    expect(terms.status).toBe(201);
    expect(terms.body.terms).toMatchObject({ versionNo: 2, hourlyRateCents: 8100 });
    const query = `lot=NAAR_WERK&region=AMR-12&targetGroup=WW-01&seed=case-1`;
    const inSet = async () => (await api(officer).get(`/api/frameworks/${fw.id}/choice-set?${query}`)).body.items.some((i: { providerId: string }) => i.providerId === p.user.organisationId);
    clock.travelTo(new Date('2026-12-31T12:00:00Z'));
    expect(await inSet()).toBe(true);
    clock.travelTo(new Date('2027-01-01T12:00:00Z'));
    expect((await myParticipation(p.token, fw.id)).effectiveStatus).toBe('TERMS_NOT_ACCEPTED');
    expect(await inSet()).toBe(false);
    const accepted = await api(p.token).post(`/api/frameworks/${fw.id}/terms/2/accept`);
    expect(accepted.body[0]).toMatchObject({ acceptedTermsVersionNo: 2, effectiveStatus: 'ACTIVE' });
    expect(await inSet()).toBe(true);
  });

  it('FW-5: reminds 30 days before expiry, suspends on expiry, reinstates on accepted new evidence — safe to run twice', async () => {
    const fw = await createFramework();
    const p = await admitted(fw.id);
    const sweeps = server.app.get(ParticipationsService);
    const reminders = async () => (await api(p.token).get('/api/me/notifications')).body.filter((n: { kind: string }) => n.kind === 'EVIDENCE_EXPIRING');
    await sweeps.sweepEvidence(new Date('2028-05-30T08:00:00Z'));
    expect(await reminders()).toHaveLength(0);
    await sweeps.sweepEvidence(new Date('2028-05-31T08:00:00Z'));
    await sweeps.sweepEvidence(new Date('2028-05-31T09:00:00Z'));
    expect((await reminders()).map((n: { data: { requirementCode: string } }) => n.data.requirementCode).sort()).toEqual(['ME-02', 'ME-03', 'UG-02']);
    clock.travelTo(new Date('2028-06-30T12:00:00Z'));
    await sweeps.sweepEvidence();
    expect((await myParticipation(p.token, fw.id)).status).toBe('ACTIVE');
    clock.travelTo(new Date('2028-07-01T06:00:00Z'));
    const first = await sweeps.sweepEvidence();
    const second = await sweeps.sweepEvidence();
    expect(first.suspended).toBeGreaterThanOrEqual(1);
    expect(second.suspended).toBe(0);
    expect(await myParticipation(p.token, fw.id)).toMatchObject({ status: 'SUSPENDED', suspensionCause: 'EVIDENCE_EXPIRED' });
    const renewed: string[] = [];
    for (const code of ['UG-02', 'ME-02', 'ME-03']) {
      const up = await request(server.url).post(`/api/frameworks/${fw.id}/evidence/${code}`).query({ fileName: `${code}-2030.pdf`, validUntil: '2030-06-30' })
        .set('authorization', `Bearer ${p.token}`).set('content-type', 'application/pdf').send(pdfBytes(code));
      renewed.push(up.body.id);
    }
    await api(officer).post(`/api/evidence/${renewed[0]}/review`, { verdict: 'ACCEPT' });
    await api(officer).post(`/api/evidence/${renewed[1]}/review`, { verdict: 'ACCEPT' });
    expect((await myParticipation(p.token, fw.id)).status).toBe('SUSPENDED');
    await api(officer).post(`/api/evidence/${renewed[2]}/review`, { verdict: 'ACCEPT' });
    expect(await myParticipation(p.token, fw.id)).toMatchObject({ status: 'ACTIVE', suspensionCause: null });
  });

  it('FW-6: officers suspend for a time with a reason, reinstate and de-list, all in the audit log', async () => {
    const fw = await createFramework();
    const p = await admitted(fw.id);
    const part = await myParticipation(p.token, fw.id);
    const tooShort = await api(officer).post(`/api/participations/${part.id}/suspend`, { until: '2020-01-01T00:00:00Z', reason: 'Klachten over begeleiding' }, part.version);
    expect(tooShort.status).toBe(400);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const suspended = await api(officer).post(`/api/participations/${part.id}/suspend`, { until, reason: 'Klachten over begeleiding' }, part.version);
    expect(suspended.body).toMatchObject({ status: 'SUSPENDED', effectiveStatus: 'SUSPENDED', suspensionCause: 'OFFICER', statusReason: 'Klachten over begeleiding' });
    expect((await api(p.token).post(`/api/participations/${part.id}/delist`, { reason: 'zelf uitschrijven' }, suspended.body.version)).status).toBe(403);
    clock.travelTo(new Date(Date.now() + 8 * 86_400_000));
    expect((await myParticipation(p.token, fw.id)).effectiveStatus).toBe('ACTIVE');
    clock.reset();
    const delisted = await api(officer).post(`/api/participations/${part.id}/delist`, { reason: 'Herhaald niet voldaan aan normen' }, suspended.body.version);
    expect(delisted.body).toMatchObject({ status: 'DELISTED', effectiveStatus: 'DELISTED' });
    const stale = await api(officer).post(`/api/participations/${part.id}/reinstate`, { reason: 'vergissing' }, suspended.body.version);
    expect(stale.status).toBe(412);
    const actions = (await db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [part.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['participation.admitted', 'participation.suspended', 'participation.delisted']);
  });

  it('FW-8 with FW-4 … FW-6: the cached choice set changes right after an admission, a suspension, its end by the clock and lapsed evidence', async () => {
    const fw = await createFramework();
    const inSet = async () => (await request(server.url).get(`/api/public/frameworks/${fw.id}/choice-set`).query({ lot: 'NAAR_WERK', region: 'AMR-12', targetGroup: 'WW-01' }))
      .body.items.map((i: { providerId: string }) => i.providerId).sort();
    const first = (await admitted(fw.id)).user.organisationId;
    expect(await inSet()).toEqual([first]);
    const second = await admitted(fw.id);
    const both = [first, second.user.organisationId].sort();
    expect(await inSet()).toEqual(both);
    const part = await myParticipation(second.token, fw.id);
    const until = new Date(Date.now() + 7 * 86_400_000);
    expect((await api(officer).post(`/api/participations/${part.id}/suspend`, { until: until.toISOString(), reason: 'Onderzoek naar klachten' }, part.version)).status).toBe(200);
    expect(await inSet()).toEqual([first]);
    clock.travelTo(new Date(until.getTime() + 60_000));
    expect(await inSet()).toEqual(both);
    clock.travelTo(new Date('2028-07-01T06:00:00Z'));
    await server.app.get(ParticipationsService).sweepEvidence();
    expect(await inSet()).not.toContain(first);
  });

  describe('choice set and bulk enrolment', () => {
    let fw: { id: string };
    const csvHeader = 'kvkNumber,name,email,streetAddress,postcode,city,homeRegion,regionsServed,targetGroups,services,sizeClass,employees,annualCapacity,foundedYear,lots,capacity';
    const row = (over: Partial<Record<string, string>> = {}) => {
      const p = providerInput();
      const cells = { kvkNumber: p.kvkNumber, name: p.name, email: p.email, streetAddress: p.streetAddress, postcode: p.postcode, city: p.city, homeRegion: 'AMR-12', regionsServed: 'AMR-12;AMR-13', targetGroups: 'WW-01;AG-01', services: 'NAAR_WERK', sizeClass: 'SMALL', employees: '8', annualCapacity: '60', foundedYear: '2010', lots: 'NAAR_WERK', capacity: '10', ...over };
      return Object.values(cells).map((v) => (v.includes(',') ? `"${v}"` : v)).join(',');
    };
    const enrol = (csv: string, admit = true) =>
      request(server.url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).query({ admit }).set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send(csv);

    beforeAll(async () => {
      fw = await createFramework();
    });

    it('FW-9: reports every row, applies the good ones, and is idempotent by KvK number', async () => {
      const good = [row(), row({ lots: 'NAAR_WERK;WERKFIT', services: 'NAAR_WERK;WERKFIT' })];
      const duplicate = good[0]!;
      const csv = [csvHeader, good[0], row({ kvkNumber: '123' }), row({ regionsServed: 'AMR-12;XX-99' }), 'too,few,fields', good[1], duplicate, row({ lots: 'MOD_JOBHUNTING' })].join('\n');
      const first = await enrol(csv);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ rows: 7, created: 2, unchanged: 1, invalid: 4, admitted: 3 });
      expect(first.body.results.map((r: { line: number; status: string }) => `${r.line}:${r.status}`)).toEqual(['2:CREATED', '3:INVALID', '4:INVALID', '5:INVALID', '6:CREATED', '7:UNCHANGED', '8:INVALID']);
      expect(first.body.results[1].errors[0].field).toBe('kvkNumber');
      const again = await enrol(csv);
      expect(again.body).toMatchObject({ created: 0, unchanged: 3, invalid: 4, admitted: 0 });
    });

    it('FW-9: refuses a file with a wrong header or type before applying anything', async () => {
      const wrong = await enrol(['kvk,naam', '12345678,X'].join('\n'));
      expect(wrong.status).toBe(400);
      const json = await request(server.url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).set('authorization', `Bearer ${officer}`).send({ rows: [] });
      expect(json.status).toBe(415);
      const provider = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
      expect((await request(server.url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).set('authorization', `Bearer ${provider}`).set('content-type', 'text/csv').send(csvHeader)).status).toBe(403);
    });

    it('FW-8: the choice set holds exactly the active participants of the lot serving the region and target group with capacity', async () => {
      const rows = {
        fits: row({ targetGroups: 'AG-07', regionsServed: 'AMR-20' }),
        otherRegion: row({ targetGroups: 'AG-07', regionsServed: 'AMR-21' }),
        otherGroup: row({ targetGroups: 'AG-08', regionsServed: 'AMR-20' }),
        otherLot: row({ targetGroups: 'AG-07', regionsServed: 'AMR-20', lots: 'WERKFIT', services: 'WERKFIT' }),
        full: row({ targetGroups: 'AG-07', regionsServed: 'AMR-20', capacity: '1' }),
        suspended: row({ targetGroups: 'AG-07', regionsServed: 'AMR-20' }),
        barred: row({ targetGroups: 'AG-07', regionsServed: 'AMR-20' }),
      };
      await enrol([csvHeader, ...Object.values(rows)].join('\n'));
      const kvk = (r: string) => r.split(',')[0]!;
      // `full` has room for one client, and a client chooses it: its one place is taken.
      const [full] = await db.query(`SELECT id FROM organisation WHERE kvk_number = $1`, [kvk(rows.full)]);
      const coach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
      const caseId = (await api(coach).post('/api/cases', caseInput({ targetGroup: 'AG-07', region: 'AMR-20' }))).body.id as string;
      expect((await api(coach).post(`/api/cases/${caseId}/work-plans`, { route: 'NAAR_WERK', frameworkId: fw.id, proposedHours: 20, durationMonths: 6, activities: [] })).status).toBe(201);
      const chosen = await api(coach).post(`/api/cases/${caseId}/provider-choice`, { method: 'CLIENT_CHOICE', introMeetings: [full.id], vetoed: [], chosenProviderId: full.id });
      expect(chosen.status).toBe(201);
      const [suspended] = await db.query(`SELECT p.id, p.version FROM framework_participation p JOIN organisation o ON o.id = p.provider_id WHERE o.kvk_number = $1`, [kvk(rows.suspended)]);
      await api(officer).post(`/api/participations/${suspended.id}/suspend`, { until: '2030-01-01T00:00:00Z', reason: 'Onderzoek naar klachten' }, suspended.version);
      const [barred] = await db.query(`SELECT id FROM organisation WHERE kvk_number = $1`, [kvk(rows.barred)]);
      const { ChoiceSetService } = await import('../src/modules/frameworks/choice-set.service.js');
      const set = await server.app.get(ChoiceSetService).choiceSet(fw.id, { lot: 'NAAR_WERK', region: 'AMR-20', targetGroup: 'AG-07', seed: 'case-7' }, [barred.id]);
      expect(set.items.map((i) => i.kvkNumber)).toEqual([kvk(rows.fits)]);
      const open = await request(server.url).get(`/api/public/frameworks/${fw.id}/choice-set`).query({ lot: 'NAAR_WERK', region: 'AMR-20', targetGroup: 'AG-07' });
      expect(open.body.items.map((i: { kvkNumber: string }) => i.kvkNumber).sort()).toEqual([kvk(rows.barred), kvk(rows.fits)].sort());
      expect((await request(server.url).get(`/api/public/frameworks/${fw.id}/choice-set`).query({ lot: 'NAAR_WERK', region: 'XX-01', targetGroup: 'AG-07' })).status).toBe(400);
    });

    it('FW-7: in Open House mode the order is random, reproducible from the client case seed, with the same facts for each', async () => {
      await enrol([csvHeader, ...Array.from({ length: 8 }, () => row({ targetGroups: 'AG-11', regionsServed: 'AMR-30' }))].join('\n'));
      const get = (seed: string) => request(server.url).get(`/api/public/frameworks/${fw.id}/choice-set`).query({ lot: 'NAAR_WERK', region: 'AMR-30', targetGroup: 'AG-11', seed });
      const a = await get('zaak-1');
      const b = await get('zaak-1');
      const c = await get('zaak-2');
      const order = (r: request.Response) => r.body.items.map((i: { providerId: string }) => i.providerId);
      expect(a.body.order).toBe('RANDOMISED');
      expect(order(a)).toHaveLength(8);
      expect(order(b)).toEqual(order(a));
      expect(order(c)).not.toEqual(order(a));
      expect([...order(c)].sort()).toEqual([...order(a)].sort());
      for (const item of a.body.items) expect(Object.keys(item).sort()).toEqual(['admittedSince', 'city', 'freeCapacity', 'kvkNumber', 'locations', 'name', 'providerId', 'qualityCertificateValidUntil']);
    });
  });
});
