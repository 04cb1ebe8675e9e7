import { Role } from '@rim/contracts';
import { createFramework, createUser, providerInput, startTestServer, TestServer, tokenFor } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { localDate } from '@rim/domain';
import { Clock } from '../src/common/clock/clock.service.js';

/** Valid BSNs (elfproef) not used elsewhere in this file. */
const BSN = { first: '111222333', second: '123456782', other: '100000009' };
const CSV_HEADER = 'kvkNumber,name,email,streetAddress,postcode,city,homeRegion,regionsServed,targetGroups,services,sizeClass,employees,annualCapacity,foundedYear,lots,capacity';

describe('client cases, work plans and provider choice (SPEC §5, IC-1 … IC-3)', () => {
  let server: TestServer;
  let coach: string;
  let db: DataSource;
  let clock: Clock;
  beforeAll(async () => {
    server = await startTestServer();
    coach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    db = server.app.get(DataSource);
    clock = server.app.get(Clock);
  });
  afterEach(() => clock.reset());
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

  describe('provider plans, review and purchase orders (IC-5, IC-6, IC-10)', () => {
    const flow = async (route: 'NAAR_WERK' | 'IRO', bsn: string) => {
      const fw = await createFramework();
      const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
      const p = providerInput();
      const row = [p.kvkNumber, p.name, p.email, p.streetAddress, p.postcode, p.city, 'AMR-20', 'AMR-20', 'WW-03', 'NAAR_WERK', 'SMALL', '8', '60', '2010', 'NAAR_WERK', '10'].join(',');
      await request(server.url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).query({ admit: true }).set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send([CSV_HEADER, row].join('\n'));
      const [{ id: providerId }] = await db.query('SELECT id FROM organisation WHERE kvk_number = $1', [p.kvkNumber]);
      const provider = await tokenFor(await createUser({ role: Role.ProviderAdmin, organisationId: providerId }));
      const caseId = (await as(coach).post('/api/cases', caseBody({ bsn, benefitType: 'WGA', targetGroup: 'WW-03', region: 'AMR-20' }))).body.id;
      await as(coach).post(`/api/cases/${caseId}/work-plans`, route === 'IRO' ? { route, proposedHours: 30, durationMonths: 9, activities: [] } : { route, frameworkId: fw.id, proposedHours: 20, durationMonths: 6, activities: [] });
      const choice = await as(coach).post(`/api/cases/${caseId}/provider-choice`, { method: 'CLIENT_CHOICE', introMeetings: [providerId], vetoed: [], chosenProviderId: providerId });
      expect(choice.status).toBe(201);
      return { trajectoryId: choice.body.trajectoryId as string, provider, providerId: providerId as string, frameworkId: fw.id };
    };
    const withVersion = (token: string, path: string, body: object, version: number) => request(server.url).post(path).set('authorization', `Bearer ${token}`).set('if-match', `"${version}"`).send(body);
    const current = async (token: string, id: string) => (await as(token).get(`/api/trajectories/${id}`)).body as { version: number; status: string; plans: { priceCents: number }[] };

    it('IC-5, IC-6, IC-10: plan within the caps, negotiation into a new version, consent, purchase order and its payment — once', async () => {
      const { trajectoryId, provider } = await flow('NAAR_WERK', '300000005');
      const t0 = await current(provider, trajectoryId);
      const plan = (hours: number, over: object = {}) => ({ activities: [{ code: 'NW-G1-01', hours }], durationMonths: 6, ...over });
      expect((await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, plan(30), t0.version)).status).toBe(400);
      expect((await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, plan(20, { quoteCents: 100_000 }), t0.version)).status).toBe(400);
      const stranger = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
      expect((await withVersion(stranger, `/api/trajectories/${trajectoryId}/plans`, plan(20), t0.version)).status).toBe(404);
      const v1 = await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, plan(20), t0.version);
      expect(v1.body).toMatchObject({ status: 'PLAN_SUBMITTED', plans: [{ hours: 20, priceCents: 156_000 }] });
      expect((await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'REQUEST_CHANGES' }, v1.body.version)).status).toBe(400);
      const changes = await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'REQUEST_CHANGES', comment: 'Meer uren voor jobhunting, graag.' }, v1.body.version);
      expect(changes.body.status).toBe('CHANGES_REQUESTED');
      const v2 = await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, { activities: [{ code: 'NW-G1-01', hours: 12 }, { code: 'NW-G2-01', hours: 10 }], durationMonths: 6 }, changes.body.version);
      expect(v2.body.plans.map((p: { priceCents: number }) => p.priceCents)).toEqual([156_000, 171_600]);
      const approved = await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'APPROVE' }, v2.body.version);
      expect(approved.body.status).toBe('APPROVED');
      expect((await withVersion(coach, `/api/trajectories/${trajectoryId}/purchase-order`, { clientConsent: false, consentNote: 'Nog niet besproken' }, approved.body.version)).status).toBe(400);
      const [a, b] = await Promise.all([0, 1].map(() => withVersion(coach, `/api/trajectories/${trajectoryId}/purchase-order`, { clientConsent: true, consentNote: 'Cliënt akkoord in gesprek van vandaag' }, approved.body.version)));
      expect([a!.status, b!.status].sort()).toEqual([200, 412]);
      const ledger = (await as(provider).get(`/api/trajectories/${trajectoryId}/payments`)).body;
      expect(ledger).toEqual([expect.objectContaining({ kind: 'PURCHASE_ORDER', amountCents: 102_960 })]);
      expect((await current(coach, trajectoryId)).status).toBe('ORDERED');
    });

    it('IC-8, IC-10: the provider ends the trajectory and reports on every planned activity; the coach returns, then approves; the outcome waits for IC-9', async () => {
      clock.travelTo(new Date('2026-01-05T11:00:00Z'));
      const { trajectoryId, provider } = await flow('NAAR_WERK', '600000011');
      const step = async (token: string, path: string, body: object) => withVersion(token, `/api/trajectories/${trajectoryId}/${path}`, body, (await current(coach, trajectoryId)).version);
      await step(provider, 'plans', { activities: [{ code: 'NW-G1-01', hours: 10 }, { code: 'NW-G2-01', hours: 10 }], durationMonths: 6 });
      await step(coach, 'plan-review', { decision: 'APPROVE' });
      await step(coach, 'purchase-order', { clientConsent: true, consentNote: 'Cliënt akkoord' });
      clock.travelTo(new Date('2026-01-20T11:00:00Z'));
      expect((await step(provider, 'end', { endedOn: '2026-01-15', reason: 'PLACEMENT' })).body.errors).toEqual([{ field: 'reason', message: 'record the placement first (IC-7)' }]);
      await as(provider).post(`/api/trajectories/${trajectoryId}/placements`, { contract: { type: 'INDEFINITE' }, hoursPerWeek: 20, start: '2026-01-12' });
      expect((await step(provider, 'end', { endedOn: '2099-01-01', reason: 'PLACEMENT' })).status).toBe(400);
      expect((await step(provider, 'end', { endedOn: '2026-01-02', reason: 'PLACEMENT' })).status).toBe(400);
      expect((await step(provider, 'end', { endedOn: '2026-01-15', reason: 'RESULT_ACHIEVED' })).status).toBe(400);
      expect((await step(provider, 'end', { endedOn: '2026-01-15', reason: 'EARLY_RETURN' })).status).toBe(400);
      expect((await step(provider, 'end', { endedOn: '2026-01-15', reason: 'PLACEMENT' })).status).toBe(204);
      const endedOn = '2026-01-15';
      const [row] = await db.query(`SELECT to_char(end_report_due, 'YYYY-MM-DD') AS end_report_due FROM trajectory WHERE id = $1`, [trajectoryId]);
      expect(row.end_report_due).toBe('2026-01-29');
      clock.travelTo(new Date('2026-02-16T11:00:00Z'));

      const report = (over: object = {}) => ({
        activities: [{ code: 'NW-G1-01', delivered: true, hours: 10, coachConsulted: false }, { code: 'NW-G2-01', delivered: true, hours: 10, coachConsulted: false }],
        successReason: 'CLIENT_HAS_WORK', followUpAdvice: 'NONE', clientSignedOff: true, ...over,
      });
      expect((await step(provider, 'end-report', report({ activities: [{ code: 'NW-G1-01', delivered: true, hours: 10, coachConsulted: false }] }))).status).toBe(400);
      expect((await step(provider, 'end-report', report({ activities: [{ code: 'NW-G1-01', delivered: true, hours: 10, coachConsulted: false }, { code: 'NW-G2-01', delivered: true, hours: 6, coachConsulted: true }] }))).status).toBe(400);
      expect((await step(provider, 'end-report', report({ successReason: undefined }))).status).toBe(400);
      expect((await step(provider, 'end-report', report({ clientSignedOff: false }))).status).toBe(400);
      const v1 = await step(provider, 'end-report', report());
      expect(v1.body).toMatchObject({ versionNo: 1, success: true, late: true });
      expect((await step(coach, 'end-report-review', { approve: false })).status).toBe(400);
      expect((await step(coach, 'end-report-review', { approve: false, comment: 'Graag de inzet per week toelichten.' })).body.review).toBe('RETURNED');
      const v2 = await step(provider, 'end-report', report({ activities: [{ code: 'NW-G1-01', delivered: true, hours: 10, coachConsulted: false }, { code: 'NW-G2-01', delivered: true, hours: 6, justification: 'Cliënt vond sneller werk dan gepland.', coachConsulted: true }] }));
      expect(v2.body.versionNo).toBe(2);
      expect((await step(coach, 'end-report-review', { approve: true })).body.review).toBe('APPROVED');
      expect((await step(coach, 'end-report-review', { approve: true })).status).toBe(409);
      // The success part waits until IC-9 judges three months of work (execution.e2e-spec.ts settles it).
      const ledger = (await as(coach).get(`/api/trajectories/${trajectoryId}/payments`)).body;
      expect(ledger.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents])).toEqual([['PURCHASE_ORDER', 93_600]]);
      const [event] = await db.query(`SELECT payload FROM outbox_event WHERE type = 'trajectory.closed' AND aggregate_id = $1`, [trajectoryId]);
      expect(event.payload).toMatchObject({ outcome: 'PENDING', endReason: 'PLACEMENT', endedOn, plannedHours: 20, deliveredHours: 16, endReportLate: true });
    });

    it('IC-4: after a trajectory ended without success, the same client goes to another provider', async () => {
      const bsn = '700000008';
      const { trajectoryId, provider, providerId, frameworkId } = await flow('NAAR_WERK', bsn);
      const step = async (token: string, path: string, body: object) => withVersion(token, `/api/trajectories/${trajectoryId}/${path}`, body, (await current(coach, trajectoryId)).version);
      await step(provider, 'plans', { activities: [{ code: 'NW-G1-01', hours: 15 }], durationMonths: 6 });
      await step(coach, 'plan-review', { decision: 'APPROVE' });
      await step(coach, 'purchase-order', { clientConsent: true, consentNote: 'Cliënt akkoord' });
      await step(provider, 'end', { endedOn: localDate(clock.now()), reason: 'MAX_DURATION' });
      const report = await step(provider, 'end-report', { activities: [{ code: 'NW-G1-01', delivered: true, hours: 15, coachConsulted: false }], followUpAdvice: 'NONE', clientSignedOff: true });
      expect(report.body.success).toBe(false);
      await step(coach, 'end-report-review', { approve: true });

      const again = await as(coach).post('/api/cases', caseBody({ bsn, benefitType: 'WGA', targetGroup: 'WW-03', region: 'AMR-20' }));
      expect(again.body.returningClient).toBe(true);
      await as(coach).post(`/api/cases/${again.body.id}/work-plans`, { route: 'NAAR_WERK', frameworkId, proposedHours: 20, durationMonths: 6, activities: [] });
      expect((await as(coach).get(`/api/cases/${again.body.id}/choice-set`)).body.items.map((i: { providerId: string }) => i.providerId)).not.toContain(providerId);
      const barred = await as(coach).post(`/api/cases/${again.body.id}/provider-choice`, { method: 'CLIENT_CHOICE', introMeetings: [], vetoed: [], chosenProviderId: providerId });
      expect(barred.status).toBe(400);
      expect(barred.body.errors[0].message).toBe('barred by IC-4');
    });

    it('IC-6: an IRO above the maximum needs a second approver; a rejection records the cheaper regular route', async () => {
      const { trajectoryId, provider } = await flow('IRO', '400000003');
      const t0 = await current(provider, trajectoryId);
      expect((await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, { activities: [{ code: 'IRO-1', hours: 40 }], durationMonths: 9 }, t0.version)).status).toBe(400);
      const v1 = await withVersion(provider, `/api/trajectories/${trajectoryId}/plans`, { activities: [{ code: 'IRO-1', hours: 40 }], durationMonths: 9, quoteCents: 650_000 }, t0.version);
      expect((await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'REJECT', comment: 'Te duur', cheaperRoute: { route: 'NAAR_WERK', priceCents: 700_000 } }, v1.body.version)).status).toBe(400);
      const first = await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'APPROVE' }, v1.body.version);
      expect(first.body.status).toBe('AWAITING_SECOND_APPROVAL');
      expect((await withVersion(coach, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'APPROVE' }, first.body.version)).status).toBe(403);
      const second = await tokenFor(await createUser({ role: Role.BuyerCoach }));
      const approved = await withVersion(second, `/api/trajectories/${trajectoryId}/plan-review`, { decision: 'APPROVE' }, first.body.version);
      expect(approved.body.status).toBe('APPROVED');
      const ledger = (await withVersion(coach, `/api/trajectories/${trajectoryId}/purchase-order`, { clientConsent: true, consentNote: 'Cliënt akkoord' }, approved.body.version)).body;
      expect(ledger).toEqual([expect.objectContaining({ kind: 'FIXED', amountCents: 325_000 })]);

      const other = await flow('IRO', '500000001');
      const o0 = await current(other.provider, other.trajectoryId);
      const o1 = await withVersion(other.provider, `/api/trajectories/${other.trajectoryId}/plans`, { activities: [{ code: 'IRO-1', hours: 20 }], durationMonths: 6, quoteCents: 300_000 }, o0.version);
      const rejected = await withVersion(coach, `/api/trajectories/${other.trajectoryId}/plan-review`, { decision: 'REJECT', comment: 'Naar werk levert hetzelfde voor minder', cheaperRoute: { route: 'NAAR_WERK', priceCents: 195_000 } }, o1.body.version);
      expect(rejected.body.status).toBe('REJECTED');
      const [audit] = await db.query(`SELECT data FROM audit_log WHERE entity_id = $1 AND action = 'trajectory.plan-rejected'`, [other.trajectoryId]);
      expect(audit.data.cheaperRoute).toEqual({ route: 'NAAR_WERK', priceCents: 195_000 });
    });
  });
});
