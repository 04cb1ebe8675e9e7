import { Role } from '@rim/contracts';
import { addCalendarDays, localDate } from '@rim/domain';
import { caseInput, createUser, openTrajectory, orderTrajectory, startTestServer, TestServer, tokenFor, trajectoryStep, uniqueBsn } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock/clock.service.js';
import { SettlementService } from '../src/modules/trajectories/settlement.service.js';

/** Noon in Amsterdam on a calendar day, so the local date is that day whatever the offset. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);

describe('execution, settlement and follow-up of trajectories (SPEC §5, IC-7 … IC-13)', () => {
  let server: TestServer;
  let db: DataSource;
  let clock: Clock;
  let settlement: SettlementService;
  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
    clock = server.app.get(Clock);
    settlement = server.app.get(SettlementService);
  });
  afterEach(() => clock.reset());
  afterAll(() => server.close());

  const get = (token: string, path: string) => request(server.url).get(path).set('authorization', `Bearer ${token}`);
  const post = (token: string, path: string, body: object = {}) => request(server.url).post(path).set('authorization', `Bearer ${token}`).send(body);
  const ledger = async (token: string, id: string) => (await get(token, `/api/trajectories/${id}/payments`)).body.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents]);
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params))[0].n as number;
  const report = (activities: { code: string; hours: number }[], over: object = {}) => ({
    activities: activities.map((a) => ({ code: a.code, delivered: true, hours: a.hours, coachConsulted: false })), followUpAdvice: 'NONE', clientSignedOff: true, ...over,
  });

  it('IC-7: delivered hours stay within the plan in force; a mid-way adjustment raises them as a new version the coach approves', async () => {
    const t = await openTrajectory('NAAR_WERK');
    await orderTrajectory(t, { activities: [{ code: 'NW-G1-01', hours: 10 }, { code: 'NW-G2-01', hours: 6 }], durationMonths: 6 });
    const hours = (token: string, body: object) => post(token, `/api/trajectories/${t.trajectoryId}/delivered-hours`, body);
    const today = localDate(clock.now());
    expect((await hours(t.provider, { activityCode: 'NW-G1-01', on: today, hours: 8 })).body.deliveredHours).toEqual([
      { activityCode: 'NW-G1-01', plannedHours: 10, deliveredHours: 8 }, { activityCode: 'NW-G2-01', plannedHours: 6, deliveredHours: 0 },
    ]);
    const before = await count('SELECT count(*)::int AS n FROM delivered_hours WHERE trajectory_id = $1', [t.trajectoryId]);
    for (const [token, body, status] of [
      [t.provider, { activityCode: 'NW-G1-01', on: today, hours: 2.5 }, 400],
      [t.provider, { activityCode: 'NW-XX-99', on: today, hours: 1 }, 400],
      [t.provider, { activityCode: 'NW-G1-01', on: addCalendarDays(today, 1), hours: 1 }, 400],
      [t.provider, { activityCode: 'NW-G1-01', on: addCalendarDays(today, -1), hours: 1 }, 400],
      [t.provider, { activityCode: 'NW-G1-01', on: '2026-13-01', hours: 1 }, 400],
      [t.provider, { activityCode: 'NW-G1-01', on: today, hours: 0.123 }, 400],
      [t.coach, { activityCode: 'NW-G1-01', on: today, hours: 1 }, 403],
      [await tokenFor(await createUser({ role: Role.ProviderAdmin })), { activityCode: 'NW-G1-01', on: today, hours: 1 }, 404],
    ] as const) {
      const res = await hours(token, body);
      expect([res.status, res.headers['content-type']]).toEqual([status, expect.stringContaining('application/problem+json')]);
    }
    expect(await count('SELECT count(*)::int AS n FROM delivered_hours WHERE trajectory_id = $1', [t.trajectoryId])).toBe(before);

    const adjusted = await trajectoryStep(t.provider, t.trajectoryId, 'plans', { activities: [{ code: 'NW-G1-01', hours: 14 }, { code: 'NW-G2-01', hours: 6 }], durationMonths: 6 });
    expect(adjusted.body).toMatchObject({ status: 'ADJUSTMENT_SUBMITTED', plans: [{ adjustment: false }, { adjustment: true, hours: 20 }] });
    expect((await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: today, reason: 'MAX_DURATION' })).status).toBe(409);
    expect((await trajectoryStep(t.coach, t.trajectoryId, 'plan-review', { decision: 'REJECT', comment: 'Niet nodig.' })).body.status).toBe('ORDERED');
    expect((await hours(t.provider, { activityCode: 'NW-G1-01', on: today, hours: 2.5 })).status).toBe(400);
    await trajectoryStep(t.provider, t.trajectoryId, 'plans', { activities: [{ code: 'NW-G1-01', hours: 14 }, { code: 'NW-G2-01', hours: 6 }], durationMonths: 6 });
    expect((await trajectoryStep(t.coach, t.trajectoryId, 'plan-review', { decision: 'APPROVE' })).body.status).toBe('ORDERED');
    expect((await hours(t.provider, { activityCode: 'NW-G1-01', on: today, hours: 2.5 })).body.deliveredHours[0]).toEqual({ activityCode: 'NW-G1-01', plannedHours: 14, deliveredHours: 10.5 });
  });

  it('IC-7, IC-8: at the Werkfit evaluation moment the provider asks to stop; the coach decides, and a stop ends the trajectory', async () => {
    clock.travelTo(at('2026-02-02'));
    const t = await openTrajectory('WERKFIT');
    await orderTrajectory(t, { activities: [{ code: 'WF-A1-01', hours: 34 }], durationMonths: 12 });
    const evaluate = (body: object) => post(t.provider, `/api/trajectories/${t.trajectoryId}/evaluation`, { moment: 3, progress: 'De cliënt komt nauwelijks tot activiteiten.', stopRequested: true, stopReason: 'Geen zicht op werkfit binnen de duur.', ...body });
    expect((await evaluate({})).body.errors).toEqual([expect.objectContaining({ field: 'moment' })]);
    clock.travelTo(at('2026-04-20'));
    expect((await evaluate({ stopReason: undefined })).status).toBe(400);
    expect((await evaluate({ moment: 6 })).status).toBe(400);
    expect((await evaluate({})).body.evaluations).toEqual([expect.objectContaining({ moment: 3, dueOn: '2026-05-02', stopRequested: true, decision: null })]);
    expect((await evaluate({})).status).toBe(409);
    const worklist = (await get(t.coach, '/api/worklist')).body;
    expect(worklist.evaluationsToDecide.map((i: { trajectoryId: string }) => i.trajectoryId)).toContain(t.trajectoryId);
    expect((await trajectoryStep(t.provider, t.trajectoryId, 'evaluation-decision', { stop: true, comment: 'Akkoord.' })).status).toBe(403);
    expect((await trajectoryStep(t.coach, t.trajectoryId, 'evaluation-decision', { stop: true, comment: 'Akkoord, terugmelden.' })).body.evaluations[0].decision).toBe('STOP');
    expect((await get(t.coach, `/api/trajectories/${t.trajectoryId}`)).body).toMatchObject({ status: 'ENDED', endReason: 'RETURNED_AFTER_EVALUATION', endedOn: '2026-04-20', endReportDue: '2026-05-04' });
    expect((await trajectoryStep(t.coach, t.trajectoryId, 'evaluation-decision', { stop: false, comment: 'Toch door.' })).status).toBe(409);

    const iro = await openTrajectory('IRO', { sameProviderAs: t });
    await orderTrajectory(iro, { activities: [{ code: 'IRO-1', hours: 20 }], durationMonths: 6, quoteCents: 200_000 });
    const notWerkfit = await post(t.provider, `/api/trajectories/${iro.trajectoryId}/evaluation`, { moment: 3, progress: 'Voortgang is goed, geen reden.', stopRequested: false });
    expect([notWerkfit.status, notWerkfit.body.detail]).toEqual([409, 'Only Werkfit has an evaluation moment.']);
  });

  it('IC-9, IC-10: Naar werk succeeds on its placement records (illness extends the 3 months); the success part is paid by a settlement run, never twice', async () => {
    clock.travelTo(at('2026-01-05'));
    const t = await openTrajectory('NAAR_WERK');
    await orderTrajectory(t, { activities: [{ code: 'NW-G1-01', hours: 10 }, { code: 'NW-G2-01', hours: 10 }], durationMonths: 6 });
    const placement = (body: object) => post(t.provider, `/api/trajectories/${t.trajectoryId}/placements`, { contract: { type: 'FIXED_TERM', months: 6 }, hoursPerWeek: 16, start: '2026-01-12', ...body });
    expect((await placement({ contract: { type: 'INDEFINITE', months: 6 } })).status).toBe(400);
    expect((await placement({ contract: { type: 'FIXED_TERM' } })).status).toBe(400);
    expect((await placement({ start: '2025-12-01' })).status).toBe(400);
    expect((await placement({ end: '2026-01-01' })).status).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM placement WHERE trajectory_id = $1', [t.trajectoryId])).toBe(0);
    expect((await placement({})).body.placements).toEqual([expect.objectContaining({ contractType: 'FIXED_TERM', contractMonths: 6, hoursPerWeek: 16, start: '2026-01-12', end: null })]);
    expect((await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-01-04', reason: 'PLACEMENT' })).status).toBe(400);
    expect((await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-01-15', reason: 'PLACEMENT' })).status).toBe(400);
    clock.travelTo(at('2026-01-20'));
    expect((await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-01-15', reason: 'PLACEMENT' })).status).toBe(204);
    clock.travelTo(at('2026-02-16'));
    expect((await post(t.provider, `/api/trajectories/${t.trajectoryId}/illness`, { from: '2026-02-17', to: '2026-02-17' })).status).toBe(400);
    expect((await post(t.provider, `/api/trajectories/${t.trajectoryId}/illness`, { from: '2026-02-02', to: '2026-02-15' })).status).toBe(200);
    await trajectoryStep(t.provider, t.trajectoryId, 'end-report', report([{ code: 'NW-G1-01', hours: 10 }, { code: 'NW-G2-01', hours: 10 }], { successReason: 'CLIENT_HAS_WORK' }));
    expect((await trajectoryStep(t.coach, t.trajectoryId, 'end-report-review', { approve: true })).status).toBe(200);
    expect(await ledger(t.coach, t.trajectoryId)).toEqual([['PURCHASE_ORDER', 93_600]]);
    const [closed] = await db.query(`SELECT payload FROM outbox_event WHERE type = 'trajectory.closed' AND aggregate_id = $1`, [t.trajectoryId]);
    expect(closed.payload).toMatchObject({ outcome: 'PENDING', startedOn: '2026-01-05', caseMix: { benefitType: 'WGA', barrierCount: 1 } });

    // 3 months from 12 January end on 11 April; 14 days of illness move that to 25 April.
    expect((await settlement.run('2026-04-20')).judged).toBe(0);
    expect(await ledger(t.coach, t.trajectoryId)).toEqual([['PURCHASE_ORDER', 93_600]]);
    const [first, second] = await Promise.all([settlement.run('2026-04-26'), settlement.run('2026-04-26')]);
    expect(first.booked + second.booked).toBeGreaterThanOrEqual(1);
    expect(await settlement.run('2026-04-27')).toMatchObject({ booked: 0 });
    expect(await ledger(t.provider, t.trajectoryId)).toEqual([['PURCHASE_ORDER', 93_600], ['COMPLETION', 62_400]]);
    expect((await get(t.coach, `/api/trajectories/${t.trajectoryId}`)).body.placementJudgement).toBe('SUCCESS');
    const judged = await db.query(`SELECT payload FROM outbox_event WHERE type = 'trajectory.outcome-judged' AND aggregate_id = $1`, [t.trajectoryId]);
    expect(judged).toEqual([{ payload: expect.objectContaining({ outcome: 'SUCCESS', judgedOn: '2026-04-26' }) }]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'payment.booked' AND entity_id = $1`, [t.trajectoryId])).toBe(2);
  });

  it('IC-9, IC-4: a Naar werk placement below half the client\'s capacity is no success; settled without a success part, and the provider gets no second chance with the client', async () => {
    clock.travelTo(at('2026-01-05'));
    const bsn = uniqueBsn();
    const t = await openTrajectory('NAAR_WERK', { caseOver: { bsn } });
    await orderTrajectory(t, { activities: [{ code: 'NW-G1-01', hours: 20 }], durationMonths: 6 });
    await post(t.provider, `/api/trajectories/${t.trajectoryId}/placements`, { contract: { type: 'INDEFINITE' }, hoursPerWeek: 8, start: '2026-01-12' });
    clock.travelTo(at('2026-01-20'));
    await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-01-15', reason: 'PLACEMENT' });
    await trajectoryStep(t.provider, t.trajectoryId, 'end-report', report([{ code: 'NW-G1-01', hours: 20 }], { successReason: 'CLIENT_HAS_WORK' }));
    await trajectoryStep(t.coach, t.trajectoryId, 'end-report-review', { approve: true });
    await settlement.run('2026-07-01');
    expect(await ledger(t.coach, t.trajectoryId)).toEqual([['PURCHASE_ORDER', 93_600]]);
    const [row] = await db.query(`SELECT placement_judgement, to_char(settled_on, 'YYYY-MM-DD') AS settled_on FROM trajectory WHERE id = $1`, [t.trajectoryId]);
    expect(row).toEqual({ placement_judgement: 'NO_SUCCESS', settled_on: '2026-07-01' });
    const [judged] = await db.query(`SELECT payload FROM outbox_event WHERE type = 'trajectory.outcome-judged' AND aggregate_id = $1`, [t.trajectoryId]);
    expect(judged.payload.outcome).toBe('UNSUCCESSFUL');
    const again = (await post(t.coach, '/api/cases', caseInput({ bsn }))).body.id;
    await post(t.coach, `/api/cases/${again}/work-plans`, { route: 'NAAR_WERK', frameworkId: t.frameworkId, proposedHours: 20, durationMonths: 6, activities: [] });
    expect((await get(t.coach, `/api/cases/${again}/choice-set`)).body.items.map((i: { providerId: string }) => i.providerId)).not.toContain(t.providerId);
  });

  it('IC-10: an IRO pays its fixed part at the start, the result part after 2 months of work on a contract of 6 months or more, and the bonus for 12 months or more', async () => {
    clock.travelTo(at('2026-03-02'));
    const t = await openTrajectory('IRO');
    await orderTrajectory(t, { activities: [{ code: 'IRO-1', hours: 30 }], durationMonths: 9, quoteCents: 400_000, placementBonusCents: 50_000 });
    expect(await ledger(t.coach, t.trajectoryId)).toEqual([['FIXED', 200_000]]);
    await post(t.provider, `/api/trajectories/${t.trajectoryId}/placements`, { contract: { type: 'FIXED_TERM', months: 12 }, hoursPerWeek: 24, start: '2026-03-16' });
    await settlement.run('2026-05-15');
    expect(await ledger(t.coach, t.trajectoryId)).toEqual([['FIXED', 200_000]]);
    await Promise.all([settlement.run('2026-05-16'), settlement.run('2026-05-16')]);
    await settlement.run('2026-06-01');
    expect(await ledger(t.provider, t.trajectoryId)).toEqual([['FIXED', 200_000], ['RESULT', 200_000], ['BONUS', 50_000]]);

    const short = await openTrajectory('IRO', { sameProviderAs: t });
    await orderTrajectory(short, { activities: [{ code: 'IRO-1', hours: 30 }], durationMonths: 9, quoteCents: 300_000, placementBonusCents: 50_000 });
    await post(t.provider, `/api/trajectories/${short.trajectoryId}/placements`, { contract: { type: 'FIXED_TERM', months: 3 }, hoursPerWeek: 24, start: '2026-03-16' });
    await settlement.run('2026-07-01');
    expect(await ledger(t.coach, short.trajectoryId)).toEqual([['FIXED', 150_000]]);
    const framework = await openTrajectory('NAAR_WERK', { sameProviderAs: t });
    expect((await trajectoryStep(t.provider, framework.trajectoryId, 'plans', { activities: [{ code: 'NW-G1-01', hours: 10 }], durationMonths: 6, placementBonusCents: 1_000 })).status).toBe(400);
  });

  it('IC-11: satisfaction (1–10) is recorded once per completed trajectory; a provider with more than 10 IROs that does not take part is flagged', async () => {
    const first = await openTrajectory('IRO');
    const iros = [first, ...(await Promise.all(Array.from({ length: 10 }, () => openTrajectory('IRO', { sameProviderAs: first }))))];
    for (const t of iros) await orderTrajectory(t, { activities: [{ code: 'IRO-1', hours: 20 }], durationMonths: 6, quoteCents: 200_000 });
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const obligation = async () => (await get(officer, '/api/survey-obligations')).body.find((o: { providerId: string }) => o.providerId === first.providerId);
    expect(await obligation()).toMatchObject({ iroCount: 11, participating: false, flagged: true });
    expect((await request(server.url).put('/api/survey-participation').set('authorization', `Bearer ${first.provider}`).send({ participating: true })).status).toBe(200);
    expect(await obligation()).toMatchObject({ participating: true, flagged: false });

    const t = iros[0];
    const path = `/api/trajectories/${t.trajectoryId}/satisfaction`;
    expect((await post(t.coach, path, { score: 8 })).status).toBe(409);
    await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: localDate(clock.now()), reason: 'MAX_DURATION' });
    await trajectoryStep(t.provider, t.trajectoryId, 'end-report', report([{ code: 'IRO-1', hours: 20 }]));
    await trajectoryStep(t.coach, t.trajectoryId, 'end-report-review', { approve: true });
    for (const score of [0, 11, 7.5, '8']) expect((await post(t.coach, path, { score })).status).toBe(400);
    expect((await post(t.provider, path, { score: 10 })).status).toBe(403);
    expect((await post(t.coach, path, { score: 8 })).status).toBe(204);
    expect((await post(t.coach, path, { score: 9 })).status).toBe(409);
    expect((await get(t.provider, `/api/trajectories/${t.trajectoryId}/execution`)).body.satisfaction).toBe(8);
    expect(await obligation()).toMatchObject({ responses: 1, averageScore: 8 });
  });

  it('IC-12: aftercare follows a placement and completes with two conversations and a workplace visit; learning-while-working is capped at 24 months', async () => {
    clock.travelTo(at('2026-03-02'));
    const t = await openTrajectory('NAAR_WERK');
    await orderTrajectory(t, { activities: [{ code: 'NW-G1-01', hours: 10 }], durationMonths: 6 });
    const path = `/api/trajectories/${t.trajectoryId}/aftercare`;
    expect((await post(t.provider, path, { learningWhileWorking: false })).status).toBe(409);
    await post(t.provider, `/api/trajectories/${t.trajectoryId}/placements`, { contract: { type: 'INDEFINITE' }, hoursPerWeek: 20, start: '2026-03-09' });
    expect((await post(t.provider, path, { learningWhileWorking: false, learnWorkAgreementEnd: '2027-01-01' })).status).toBe(400);
    expect((await post(t.provider, path, { learningWhileWorking: true, learnWorkAgreementEnd: '2029-03-01' })).body.aftercare).toMatchObject({ start: '2026-03-02', maxEnd: '2028-03-01' });
    clock.travelTo(at('2026-05-01'));
    const event = (kind: string, on: string) => post(t.provider, `${path}/events`, { kind, on, note: 'Gesprek met cliënt en werkgever.' });
    await event('CONVERSATION', '2026-03-20');
    expect((await event('CONVERSATION', '2026-05-02')).status).toBe(400);
    expect((await event('PHONE_CALL', '2026-04-02')).status).toBe(400);
    const incomplete = await post(t.provider, `${path}/complete`);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { message: string }) => e.message)).toEqual(['needs at least 2 conversations with client and employer', 'needs a workplace visit']);
    await event('CONVERSATION', '2026-04-10');
    await event('WORKPLACE_VISIT', '2026-04-24');
    expect((await post(t.provider, `${path}/complete`)).body.aftercare).toMatchObject({ completedOn: '2026-05-01', events: [{ kind: 'CONVERSATION' }, { kind: 'CONVERSATION' }, { kind: 'WORKPLACE_VISIT' }] });
    expect((await event('CONVERSATION', '2026-05-01')).status).toBe(409);
  });

  it('IC-13: the monthly follow-up file is matched by pseudonym to the ended trajectory, reported per line without a BSN, and a re-import changes nothing', async () => {
    clock.travelTo(at('2026-01-05'));
    const bsn = uniqueBsn();
    const t = await openTrajectory('NAAR_WERK', { caseOver: { bsn } });
    await orderTrajectory(t, { activities: [{ code: 'NW-G1-01', hours: 10 }], durationMonths: 6 });
    clock.travelTo(at('2026-03-20'));
    await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-03-15', reason: 'MAX_DURATION' });
    clock.reset();
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const upload = (csv: string, token = officer) => request(server.url).post('/api/follow-up-imports').set('authorization', `Bearer ${token}`).set('content-type', 'text/csv').send(csv);
    const unknown = uniqueBsn();
    const csv = ['bsn;month;working', `${bsn};2026-04;1`, `${bsn};2026-05;0`, `${bsn};2026-03;1`, `${bsn};2027-04;1`, `123456789;2026-04;1`, `${unknown};2026-04;1`, `${bsn};2026-4;1`, `${bsn};2026-06;yes`].join('\n');
    const res = await upload(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 8, imported: 2, unchanged: 0, rejected: 6 });
    expect(res.body.results.map((r: { line: number; status: string; monthIndex: number | null }) => [r.line, r.status, r.monthIndex])).toEqual([
      [2, 'IMPORTED', 1], [3, 'IMPORTED', 2], [4, 'REJECTED', null], [5, 'REJECTED', null], [6, 'REJECTED', null], [7, 'REJECTED', null], [8, 'REJECTED', null], [9, 'REJECTED', null],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(bsn);
    expect((await upload(csv)).body).toMatchObject({ imported: 0, unchanged: 2 });
    expect((await upload(`bsn,month,working\n${bsn},2026-05,1`)).body).toMatchObject({ imported: 1 });
    const events = await db.query(`SELECT payload FROM outbox_event WHERE type = 'follow-up.recorded' AND aggregate_id = $1 ORDER BY occurred_at, id`, [t.trajectoryId]);
    expect(events.map((e: { payload: { monthsAfterEnd: number; working: boolean } }) => [e.payload.monthsAfterEnd, e.payload.working]).sort()).toEqual([[1, true], [2, false], [2, true]]);
    const dump = await db.query(`SELECT string_agg(data::text, ' ') AS text FROM audit_log WHERE action = 'follow-up.imported'`);
    expect(dump[0].text).not.toContain(bsn);
    expect((await upload('bsn;maand\n1;2')).status).toBe(400);
    expect((await request(server.url).post('/api/follow-up-imports').set('authorization', `Bearer ${officer}`).send({ bsn })).status).toBe(415);
    expect((await upload(csv, t.coach)).status).toBe(403);
  });

  it('IC-8: the coach\'s worklist holds plans to review and end reports to approve or overdue; the case list holds only the coach\'s own cases', async () => {
    clock.travelTo(at('2026-02-02'));
    const t = await openTrajectory('NAAR_WERK');
    await trajectoryStep(t.provider, t.trajectoryId, 'plans', { activities: [{ code: 'NW-G1-01', hours: 10 }], durationMonths: 6 });
    const ids = (list: { trajectoryId: string }[]) => list.map((i) => i.trajectoryId);
    expect(ids((await get(t.coach, '/api/worklist')).body.plansToReview)).toEqual([t.trajectoryId]);
    await trajectoryStep(t.coach, t.trajectoryId, 'plan-review', { decision: 'APPROVE' });
    await trajectoryStep(t.coach, t.trajectoryId, 'purchase-order', { clientConsent: true, consentNote: 'Cliënt akkoord' });
    clock.travelTo(at('2026-03-02'));
    await trajectoryStep(t.provider, t.trajectoryId, 'end', { endedOn: '2026-03-02', reason: 'MAX_DURATION' });
    expect((await get(t.coach, '/api/worklist')).body.endReportsDue).toEqual([expect.objectContaining({ trajectoryId: t.trajectoryId, dueOn: '2026-03-16', providerName: expect.any(String) })]);
    clock.travelTo(at('2026-03-17'));
    expect(ids((await get(t.coach, '/api/worklist')).body.endReportsOverdue)).toEqual([t.trajectoryId]);
    await trajectoryStep(t.provider, t.trajectoryId, 'end-report', report([{ code: 'NW-G1-01', hours: 10 }]));
    const worklist = (await get(t.coach, '/api/worklist')).body;
    expect([ids(worklist.endReportsToReview), ids(worklist.endReportsOverdue)]).toEqual([[t.trajectoryId], []]);

    const other = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    expect(ids((await get(other, '/api/worklist')).body.endReportsToReview)).toEqual([]);
    await post(other, '/api/cases', caseInput());
    const mine = (await get(t.coach, '/api/cases')).body;
    expect(mine).toMatchObject({ total: 1, items: [{ id: t.caseId, trajectoryId: t.trajectoryId, status: 'END_REPORT_SUBMITTED' }] });
    expect((await get(t.provider, '/api/worklist')).status).toBe(403);
    expect((await get(t.coach, '/api/cases?pageSize=1000')).status).toBe(400);
  });
});
