import { Role } from '@rim/contracts';
import { bidCommitment, verifyMerkleProof } from '@rim/domain';
import { createUser, startTestServer, TestServer, tokenFor, uniqueSuffix } from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Clock } from '../src/common/clock/clock.service.js';
import { ScoreRecomputeService } from '../src/modules/scoring/score-recompute.service.js';
import { AwardService } from '../src/modules/tenders/award.service.js';

const DAY = 86_400_000;
const WEIGHTS = { PRICE: 30, DROP_OUT: 10, PLACEMENT: 30, DURATION: 10, TARGET_GROUP_FIT: 10, REGIONAL_FIT: 10 };
const LOT_TERMS = { expectedVolume: 100, tranches: 2, minReferrals: 20, maxPriceCents: 500_000, maxDurationDays: 365, financing: { fixedShareBp: 5000, durabilityMonths: 6, bonusCents: 25_000 } };

describe('tenders: selection and sealed bids (SPEC §4, TD-1 … TD-6, TD-9)', () => {
  let server: TestServer;
  let clock: Clock;
  let db: DataSource;
  let officer: string;
  let secondOfficer: string;
  let evaluator: string;

  beforeAll(async () => {
    server = await startTestServer();
    clock = server.app.get(Clock);
    db = server.app.get(DataSource);
    officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    secondOfficer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    evaluator = await tokenFor(await createUser({ role: Role.BuyerEvaluator }));
  });
  afterEach(() => clock.reset());
  afterAll(() => server.close());

  const as = (token?: string) => ({
    get: (path: string) => (token ? request(server.url).get(path).set('authorization', `Bearer ${token}`) : request(server.url).get(path)),
    post: (path: string, body: object = {}, version?: number) => {
      const r = request(server.url).post(path);
      if (token) r.set('authorization', `Bearer ${token}`);
      if (version !== undefined) r.set('if-match', `"${version}"`);
      return r.send(body);
    },
    put: (path: string, body: object) => request(server.url).put(path).set('authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => request(server.url).delete(path).set('authorization', `Bearer ${token}`),
  });

  const timetable = () => {
    const now = Date.now();
    return { questionsCloseAt: new Date(now + DAY).toISOString(), selectionDeadlineAt: new Date(now + DAY).toISOString(), bidDeadlineAt: new Date(now + 3 * DAY).toISOString() };
  };
  const tenderBody = (over: object = {}) => ({ name: `Aanbesteding ${uniqueSuffix()}`, ...timetable(), weights: WEIGHTS, targetGroups: ['WW-01', 'AG-03'], regions: ['AMR-01', 'AMR-02', 'AMR-03'], lotTerms: LOT_TERMS, ...over });

  async function published(over: object = {}) {
    const created = await as(officer).post('/api/tenders', tenderBody(over));
    expect(created.status).toBe(201);
    const pub = await as(officer).post(`/api/tenders/${created.body.id}/publish`, {}, created.body.version);
    expect(pub.body.status).toBe('PUBLISHED');
    return pub.body as { id: string; version: number; bidDeadlineAt: string; selectionDeadlineAt: string; lots: { id: string; code: string }[] };
  }

  const bid = (marker: string, over: object = {}) => ({ priceCents: 420_000, dropOutBp: 1500, placementBp: 4200, durationDays: 270, targetGroupPlan: `Plan doelgroep ${marker}`, regionalPlan: `Regionale aanpak ${marker}`, ...over });

  /** A tender in the award phase with `count` providers shortlisted on its first lot. */
  async function inAwardPhase(count: number, over: object = {}) {
    const tender = await published(over);
    const lot = tender.lots[0]!;
    const providers: string[] = [];
    for (let i = 0; i < count; i++) {
      const token = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
      const req = await as(token).post(`/api/tenders/${tender.id}/lots/${lot.id}/selection-requests`, { newcomer: false, experienceTrajectories: 25 });
      expect(req.status).toBe(201);
      providers.push(token);
    }
    clock.travelTo(new Date(Date.parse(tender.selectionDeadlineAt) + 1000));
    await as(officer).post(`/api/tenders/${tender.id}/close-selection`);
    for (const r of (await as(officer).get(`/api/tenders/${tender.id}/selection-requests`)).body) {
      expect((await as(officer).post(`/api/tenders/${tender.id}/selection-requests/${r.id}/decision`, { shortlist: true })).status).toBe(200);
    }
    expect((await as(officer).post(`/api/tenders/${tender.id}/publish-shortlist`)).body.status).toBe('AWARD_PHASE');
    return { tender, lot, providers };
  }

  it('TD-1, TD-7: lots come from the target-group × region matrix with their terms; criteria 2–4 come from the chosen source', async () => {
    const tender = await published();
    expect(tender.lots.map((l) => l.code)).toEqual(['AG-03/AMR-01', 'AG-03/AMR-02', 'AG-03/AMR-03', 'WW-01/AMR-01', 'WW-01/AMR-02', 'WW-01/AMR-03']);
    expect(tender.lots[0]).toMatchObject({ maxPriceCents: 500_000, tranches: 2, minReferrals: 20 });
    const national = await as(officer).post('/api/tenders', tenderBody({ regions: [], kpiSource: { mode: 'BLEND', promisedShareBp: 3000 } }));
    expect(national.body.lots.map((l: { code: string }) => l.code)).toEqual(['AG-03/NL', 'WW-01/NL']);
    expect(national.body.kpiSource).toEqual({ mode: 'BLEND', promisedShareBp: 3000 });
    expect((await as(officer).post('/api/tenders', tenderBody({ kpiSource: { mode: 'BLEND', promisedShareBp: 20_000 } }))).status).toBe(400);
  });

  it('TD-2, TD-7: weights not summing to 100, free space over the cap or a muddled timetable answer 400 and write nothing', async () => {
    const count = async () => Number((await db.query('SELECT count(*) AS n FROM tender'))[0].n);
    const before = await count();
    const weights = await as(officer).post('/api/tenders', tenderBody({ weights: { ...WEIGHTS, PRICE: 31 } }));
    expect(weights.status).toBe(400);
    const tooFree = await as(officer).post('/api/tenders', tenderBody({ regions: ['AMR-01', 'AMR-02'], targetGroups: ['WW-01'], freeSpaceLots: [{ targetGroup: 'WW-01', region: 'AMR-01', purpose: 'INNOVATION' }] }));
    expect(tooFree.status).toBe(400);
    const within = await as(officer).post('/api/tenders', tenderBody({ freeSpaceLots: [{ targetGroup: 'WW-01', region: 'AMR-01', purpose: 'INNOVATION' }] }));
    expect(within.status).toBe(201);
    const timetableWrong = await as(officer).post('/api/tenders', tenderBody({ bidDeadlineAt: new Date(Date.now() + 3600_000).toISOString() }));
    expect(timetableWrong.status).toBe(400);
    expect(timetableWrong.body.errors.map((e: { field: string }) => e.field)).toContain('selectionDeadlineAt');
    expect(await count()).toBe(before + 1);
  });

  it('TD-9: actions in the wrong state or too early are refused by the state machine', async () => {
    const tender = await published();
    expect((await as(officer).post(`/api/tenders/${tender.id}/publish`, {}, tender.version)).body.code).toBe('TENDER_WRONG_STATE');
    expect((await as(officer).post(`/api/tenders/${tender.id}/close-selection`)).body.code).toBe('TENDER_TOO_EARLY');
    expect((await as(officer).post(`/api/tenders/${tender.id}/publish-shortlist`)).body.code).toBe('TENDER_WRONG_STATE');
    expect((await as(officer).post(`/api/tenders/${tender.id}/opening`)).status).toBe(409);
    const cancelled = await as(officer).post(`/api/tenders/${tender.id}/cancel`, { reason: 'Budget vervallen' });
    expect(cancelled.body.status).toBe('CANCELLED');
  });

  it('TD-3: selection requests close at the deadline; refusals need reasons; newcomers are exempt from the experience criterion', async () => {
    const tender = await published();
    const lot = tender.lots[0]!;
    const veteran = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    const novice = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    const late = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    await as(veteran).post(`/api/tenders/${tender.id}/lots/${lot.id}/selection-requests`, { newcomer: false, experienceTrajectories: 3 });
    await as(novice).post(`/api/tenders/${tender.id}/lots/${lot.id}/selection-requests`, { newcomer: true, experienceTrajectories: 0 });
    clock.travelTo(new Date(Date.parse(tender.selectionDeadlineAt)));
    const tooLate = await as(late).post(`/api/tenders/${tender.id}/lots/${lot.id}/selection-requests`, { newcomer: true, experienceTrajectories: 0 });
    expect(tooLate.body.code).toBe('TENDER_DEADLINE_PASSED');
    await as(officer).post(`/api/tenders/${tender.id}/close-selection`);
    const [a, b] = (await as(officer).get(`/api/tenders/${tender.id}/selection-requests`)).body as { id: string; newcomer: boolean }[];
    const [vet, nov] = a!.newcomer ? [b!, a!] : [a!, b!];
    expect((await as(officer).post(`/api/tenders/${tender.id}/selection-requests/${vet.id}/decision`, { shortlist: false })).status).toBe(400);
    expect((await as(officer).post(`/api/tenders/${tender.id}/selection-requests/${vet.id}/decision`, { shortlist: true })).status).toBe(400);
    expect((await as(officer).post(`/api/tenders/${tender.id}/selection-requests/${vet.id}/decision`, { shortlist: false, reason: 'Te weinig ervaring met de doelgroep' })).body.status).toBe('REJECTED');
    expect((await as(officer).post(`/api/tenders/${tender.id}/selection-requests/${nov.id}/decision`, { shortlist: true })).body.status).toBe('SHORTLISTED');
    expect(((await as(novice).get(`/api/tenders/${tender.id}/my-selection-requests`)).body as { status: string }[]).map((r) => r.status)).toEqual(['SHORTLISTED']);
    expect(((await as(veteran).get(`/api/tenders/${tender.id}/my-selection-requests`)).body as { reason: string }[])[0]!.reason).toBe('Te weinig ervaring met de doelgroep');
  });

  it('TD-5: only shortlisted providers bid, within the lot maximum; the receipt holds the SHA-256 commitment', async () => {
    const { tender, lot, providers } = await inAwardPhase(1);
    const [bidder] = providers;
    const outsider = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    expect((await as(outsider).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('x'))).body.code).toBe('NOT_SHORTLISTED');
    expect((await as(bidder!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('x', { priceCents: 500_001 }))).status).toBe(400);
    expect((await as(bidder!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('x', { placementBp: 10_001 }))).status).toBe(400);
    expect((await as(bidder!).put(`/api/tenders/${tender.id}/lots/${tender.lots[1]!.id}/bid`, bid('x'))).body.code).toBe('NOT_SHORTLISTED');
    const content = bid('eerste');
    const first = await as(bidder!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, content);
    expect(first.status).toBe(200);
    expect(first.body.commitment).toBe(bidCommitment(first.body.salt, content));
    const second = await as(bidder!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('tweede'));
    const receipts = (await as(bidder!).get(`/api/tenders/${tender.id}/receipts`)).body as { bidId: string; status: string; salt?: string }[];
    expect(receipts.map((r) => [r.bidId, r.status])).toEqual([[second.body.bidId, 'ACTIVE'], [first.body.bidId, 'REPLACED']]);
    expect(receipts.every((r) => r.salt === undefined)).toBe(true);
  });

  it('TD-5: after the deadline every write path refuses, even while the state still says award phase', async () => {
    const { tender, lot, providers } = await inAwardPhase(1);
    await as(providers[0]!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('op tijd'));
    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt)));
    expect((await as(officer).get(`/api/tenders/${tender.id}`)).body.status).toBe('AWARD_PHASE');
    expect((await as(providers[0]!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('te laat'))).body.code).toBe('TENDER_DEADLINE_PASSED');
    expect((await as(providers[0]!).delete(`/api/tenders/${tender.id}/lots/${lot.id}/bid`)).body.code).toBe('TENDER_DEADLINE_PASSED');
    expect((await as(providers[0]!).post(`/api/tenders/${tender.id}/lots/${lot.id}/bid/confirmation`)).body.code).toBe('TENDER_DEADLINE_PASSED');
    expect((await as(officer).post(`/api/tenders/${tender.id}/amendments`, { summary: 'Te late wijziging van de voorwaarden.', material: true })).body.code).toBe('TENDER_DEADLINE_PASSED');
    expect((await db.query(`SELECT count(*) AS n FROM tender_bid WHERE tender_id = $1`, [tender.id]))[0].n).toBe('1');
  });

  it('TD-5: no role and no endpoint shows a bid before opening — not the bidder, its competitors, the evaluators or the admin', async () => {
    const { tender, lot, providers } = await inAwardPhase(2);
    const secret = `GEHEIM-${uniqueSuffix()}`;
    await as(providers[0]!).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid(secret, { priceCents: 431_977 }));
    const tokens: (string | undefined)[] = [undefined, officer, evaluator, ...providers];
    for (const role of [Role.Admin, Role.Inspector, Role.BuyerCoach]) tokens.push(await tokenFor(await createUser({ role })));
    const paths = ['/api/tenders', `/api/tenders/${tender.id}`, `/api/tenders/${tender.id}/bids`, `/api/tenders/${tender.id}/receipts`, `/api/tenders/${tender.id}/selection-requests`, '/api/public/tenders', `/api/public/tenders/${tender.id}/merkle-root`, '/api/audit?pageSize=100'];
    for (const token of tokens) {
      for (const path of paths) {
        const res = await as(token).get(path);
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toContain(secret);
        expect(res.text).not.toContain('431977');
      }
    }
    const [stored] = await db.query(`SELECT ciphertext, opened_content FROM tender_bid WHERE tender_id = $1`, [tender.id]);
    expect(Buffer.from(stored.ciphertext).toString('latin1')).not.toContain(secret);
    expect(stored.opened_content).toBeNull();
  });

  it('TD-5, TD-6: the root is published at the deadline, receipts verify against it, and two officers open the bids', async () => {
    const { tender, lot, providers } = await inAwardPhase(3, { openingQuorum: true });
    const receipts = [];
    for (const [i, token] of providers.entries()) receipts.push((await as(token).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid(`b${i}`, { priceCents: 400_000 + i }))).body);
    expect((await as().get(`/api/public/tenders/${tender.id}/merkle-root`)).body.code).toBe('TENDER_TOO_EARLY');
    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt) + 1000));
    const root = (await as().get(`/api/public/tenders/${tender.id}/merkle-root`)).body;
    expect(root.commitments).toBe(3);
    for (const receipt of receipts) {
      const { proof } = (await as().get(`/api/public/tenders/${tender.id}/merkle-proofs/${receipt.commitment}`)).body;
      expect(verifyMerkleProof(receipt.commitment, proof, root.root)).toBe(true);
    }
    expect((await as(evaluator).get(`/api/tenders/${tender.id}/bids`)).body.code).toBe('TENDER_WRONG_STATE');
    expect((await as(officer).post(`/api/tenders/${tender.id}/opening`)).body.outcome).toBe('AWAITING_SECOND_OFFICER');
    expect((await as(officer).post(`/api/tenders/${tender.id}/opening`)).body.outcome).toBe('AWAITING_SECOND_OFFICER');
    const opened = await as(secondOfficer).post(`/api/tenders/${tender.id}/opening`);
    expect(opened.body).toMatchObject({ outcome: 'OPENED', bidsOpened: 3, merkleRoot: root.root });
    const bids = (await as(evaluator).get(`/api/tenders/${tender.id}/bids`)).body as { priceCents: number; targetGroupPlan: string }[];
    expect(bids.map((b) => b.priceCents).sort()).toEqual([400_000, 400_001, 400_002]);
    expect((await as(providers[0]!).get(`/api/tenders/${tender.id}/bids`)).status).toBe(403);
    const [audit] = await db.query(`SELECT data FROM audit_log WHERE action = 'tender.bids-opened' AND entity_id = $1`, [tender.id]);
    expect(audit.data.officers).toHaveLength(2);
  });

  it('TD-5: a bid changed after the deadline is caught against the published root and stops the opening', async () => {
    const { tender, lot, providers } = await inAwardPhase(2);
    const receipts = [];
    for (const token of providers) receipts.push((await as(token).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('eerlijk'))).body);
    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt) + 1000));
    const root = (await as().get(`/api/public/tenders/${tender.id}/merkle-root`)).body;
    const [other] = await db.query(`SELECT ciphertext, iv, auth_tag, encrypted_key, commitment FROM tender_bid WHERE id = $1`, [receipts[1].bidId]);
    await db.query(`UPDATE tender_bid SET ciphertext = $2, iv = $3, auth_tag = $4, encrypted_key = $5 WHERE id = $1`, [receipts[0].bidId, other.ciphertext, other.iv, other.auth_tag, other.encrypted_key]);
    await db.query(`UPDATE tender_bid SET commitment = $2 WHERE id = $1`, [receipts[0].bidId, 'f'.repeat(64)]);
    expect((await as().get(`/api/public/tenders/${tender.id}/merkle-proofs/${receipts[0].commitment}`)).status).toBe(404);
    const opening = await as(officer).post(`/api/tenders/${tender.id}/opening`);
    expect(opening.body.code).toBe('TENDER_INTEGRITY_FAILED');
    expect((await as(officer).get(`/api/tenders/${tender.id}`)).body).toMatchObject({ status: 'AWARD_PHASE', merkleRoot: root.root, openedAt: null });
  });

  it('TD-7, TD-8, SC-7: blind panel scores, consensus with rationale, realised figures from scoring, award by the engine, standstill with objections, contracts per tranche', async () => {
    const { tender, lot, providers } = await inAwardPhase(3);
    const prices = [410_000, 380_000, 450_000];
    for (const [i, token] of providers.entries()) await as(token).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid(`p${i}`, { priceCents: prices[i] }));
    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt) + 1000));
    expect((await as(officer).post(`/api/tenders/${tender.id}/opening`)).body.outcome).toBe('OPENED');

    const panel = [await createUser({ role: Role.BuyerEvaluator }), await createUser({ role: Role.BuyerEvaluator })];
    const [e1, e2] = await Promise.all(panel.map((u) => tokenFor(u)));
    for (const member of panel) await as(officer).post(`/api/tenders/${tender.id}/evaluators`, { userId: member.id });
    expect((await as(officer).post(`/api/tenders/${tender.id}/evaluators`, { userId: (await createUser({ role: Role.BuyerCoach })).id })).status).toBe(400);
    const candidates = (await as(officer).get(`/api/tenders/${tender.id}/evaluators`)).body as { id: string; assigned: boolean }[];
    expect(candidates.filter((c) => c.assigned).map((c) => c.id).sort()).toEqual(panel.map((u) => u.id).sort());
    const bids = (await as(evaluator).get(`/api/tenders/${tender.id}/bids`)).body as { bidId: string; priceCents: number; providerId: string }[];
    expect((await as(evaluator).put(`/api/tenders/${tender.id}/bids/${bids[0]!.bidId}/scores/TARGET_GROUP_FIT`, { score: 7 })).status).toBe(403);
    expect((await as(e1!).put(`/api/tenders/${tender.id}/bids/${bids[0]!.bidId}/scores/TARGET_GROUP_FIT`, { score: 11 })).status).toBe(400);

    const cell = async (bidId: string, criterion: string) => (await as(officer).get(`/api/tenders/${tender.id}/evaluation`)).body.find((c: { bidId: string; criterion: string }) => c.bidId === bidId && c.criterion === criterion);
    await as(e1!).put(`/api/tenders/${tender.id}/bids/${bids[0]!.bidId}/scores/TARGET_GROUP_FIT`, { score: 2 });
    expect(await cell(bids[0]!.bidId, 'TARGET_GROUP_FIT')).toMatchObject({ scored: 1, evaluators: 2, scores: [], consensus: null });
    expect((await as(e2!).get(`/api/tenders/${tender.id}/my-scores`)).body).toEqual([]);
    expect((await as(officer).put(`/api/tenders/${tender.id}/bids/${bids[0]!.bidId}/consensus/TARGET_GROUP_FIT`, { score: 6, rationale: 'Eens na bespreking van de aanpak' })).body.code).toBe('TENDER_WRONG_STATE');
    await as(e2!).put(`/api/tenders/${tender.id}/bids/${bids[0]!.bidId}/scores/TARGET_GROUP_FIT`, { score: 9 });
    expect(await cell(bids[0]!.bidId, 'TARGET_GROUP_FIT')).toMatchObject({ scores: [2, 9], spread: 7, divergent: true });

    for (const b of bids) {
      for (const criterion of ['TARGET_GROUP_FIT', 'REGIONAL_FIT']) {
        for (const t of [e1!, e2!]) await as(t).put(`/api/tenders/${tender.id}/bids/${b.bidId}/scores/${criterion}`, { score: 7 });
        if (b === bids[2] && criterion === 'REGIONAL_FIT') continue;
        expect((await as(officer).put(`/api/tenders/${tender.id}/bids/${b.bidId}/consensus/${criterion}`, { score: 7, rationale: 'Overeenstemming na bespreking' })).status).toBe(200);
      }
    }
    expect((await as(officer).post(`/api/tenders/${tender.id}/complete-evaluation`)).body.code).toBe('TENDER_WRONG_STATE');
    await as(officer).put(`/api/tenders/${tender.id}/bids/${bids[2]!.bidId}/consensus/REGIONAL_FIT`, { score: 7, rationale: 'Overeenstemming na bespreking' });
    expect((await as(officer).post(`/api/tenders/${tender.id}/complete-evaluation`)).body.status).toBe('EVALUATED');

    // SC-7: the award engine gets a bidder's realised figures where scoring holds 10 or more decided trajectories in the lot's region.
    const [{ region }] = await db.query('SELECT region FROM tender_lot WHERE id = $1', [lot.id]);
    const experienced = bids[0]!.providerId;
    const endedOn = new Date(clock.now().getTime() - 60 * DAY).toISOString().slice(0, 10);
    for (const outcome of [...Array(3).fill('EARLY_TERMINATION'), ...Array(6).fill('SUCCESS'), ...Array(3).fill('UNSUCCESSFUL')]) {
      await db.query(
        `INSERT INTO score_trajectory (trajectory_id, provider_id, route, benefit_type, region, started_on, ended_on, end_reason, closed_outcome, price_cents, planned_centihours, delivered_centihours, end_report_late)
         VALUES (gen_random_uuid(), $1, 'NAAR_WERK', 'WW', $2, $3::date - 150, $3, 'MAX_DURATION', $4, 200000, 2000, 2000, false)`, [experienced, region, endedOn, outcome]);
    }
    // Recomputed at the real time: a run stamped days ahead would stay "the latest" for every later test file.
    const afterDeadline = clock.now();
    clock.reset();
    await server.app.get(ScoreRecomputeService).run({ runId: randomUUID() }, async () => undefined);
    clock.travelTo(afterDeadline);
    const evaluated = (await server.app.get(AwardService).evaluatedBids(tender.id)).get(lot.id)!;
    expect(evaluated.find((b) => b.bidderId === experienced)!.realised).toMatchObject({ dropOutBp: 2500, durationDays: 150 });
    expect(evaluated.filter((b) => b.bidderId !== experienced).map((b) => b.realised)).toEqual([undefined, undefined]);

    const award = (await as(officer).post(`/api/tenders/${tender.id}/award-decision`)).body as { lotId: string; sheets: { bidId: string; rank: number }[]; tranches: { bidderId: string | null }[] }[];
    const lotAward = award.find((a) => a.lotId === lot.id)!;
    expect(lotAward.sheets.map((s) => s.rank)).toEqual([1, 2, 3]);
    const cheapest = bids.find((b) => b.priceCents === 380_000)!;
    expect(lotAward.sheets[0]!.bidId).toBe(cheapest.bidId);
    expect(new Set(lotAward.tranches.map((t) => t.bidderId)).size).toBe(2);
    expect(award.filter((a) => a.lotId !== lot.id).every((a) => a.tranches.every((t) => t.bidderId === null))).toBe(true);

    expect((await as(providers[0]!).get(`/api/tenders/${tender.id}/score-sheets/mine`)).body.code).toBe('TENDER_WRONG_STATE');
    const notified = (await as(officer).post(`/api/tenders/${tender.id}/award-notification`)).body;
    expect(notified.status).toBe('STANDSTILL');
    const mine = (await as(providers[0]!).get(`/api/tenders/${tender.id}/score-sheets/mine`)).body as { bidId: string; rank: number }[];
    expect(mine).toHaveLength(1);
    expect(bids.find((b) => b.bidId === mine[0]!.bidId)!.priceCents).toBe(410_000);

    const outsider = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    expect((await as(outsider).post(`/api/tenders/${tender.id}/objections`, { lotId: lot.id, grounds: 'Ik ben het er niet mee eens.' })).status).toBe(403);
    const objection = (await as(providers[2]!).post(`/api/tenders/${tender.id}/objections`, { lotId: lot.id, grounds: 'De prijs van de winnaar is niet realistisch.' })).body;
    expect(objection.status).toBe('PENDING');
    expect((await as(officer).post(`/api/tenders/${tender.id}/contracts`)).body.code).toBe('TENDER_TOO_EARLY');
    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt) + 40 * DAY));
    expect((await as(providers[1]!).post(`/api/tenders/${tender.id}/objections`, { lotId: lot.id, grounds: 'Te laat ingediend bezwaar.' })).body.code).toBe('TENDER_DEADLINE_PASSED');
    expect((await as(officer).post(`/api/tenders/${tender.id}/contracts`)).body.code).toBe('TENDER_OBJECTIONS_PENDING');
    await as(officer).post(`/api/tenders/${tender.id}/objections/${objection.id}/decision`, { upheld: false, decision: 'De prijs is onderbouwd en getoetst.' });
    const contracts = (await as(officer).post(`/api/tenders/${tender.id}/contracts`)).body as { lotId: string; trancheNo: number; providerId: string; minReferrals: number; averagePriceCents: number }[];
    expect(contracts.map((c) => c.trancheNo)).toEqual([1, 2]);
    expect(contracts[0]).toMatchObject({ providerId: cheapest.providerId, minReferrals: 20, averagePriceCents: 380_000 });
    expect((await as(officer).get(`/api/tenders/${tender.id}`)).body.status).toBe('CONTRACTED');

    clock.reset();
    const draft = (await as(officer).post('/api/tenders', tenderBody())).body;
    const priceOnly = { PRICE: 100, DROP_OUT: 0, PLACEMENT: 0, DURATION: 0, TARGET_GROUP_FIT: 0, REGIONAL_FIT: 0 };
    const history = await as(officer).post(`/api/tenders/${draft.id}/weight-simulation`, { historicalTenderId: tender.id, scenarios: [{ name: 'alleen prijs', weights: priceOnly }] });
    expect(history.status).toBe(200);
    const [scenario] = history.body.alternatives;
    expect(scenario.lots.find((l: { lotId: string }) => l.lotId === lot.id).ranking[0]).toBe(cheapest.bidId);
    expect(scenario.summary.decidedBy.PRICE).toBe(scenario.summary.lotsCompared);
  });

  it('TD-10: the weight simulator ranks synthetic bids under each scenario and says when one criterion alone decides', async () => {
    const draft = (await as(officer).post('/api/tenders', tenderBody())).body;
    const placementOnly = { PRICE: 0, DROP_OUT: 0, PLACEMENT: 100, DURATION: 0, TARGET_GROUP_FIT: 0, REGIONAL_FIT: 0 };
    const res = await as(officer).post(`/api/tenders/${draft.id}/weight-simulation`, { scenarios: [{ name: 'plaatsing', weights: placementOnly }] });
    expect(res.status).toBe(200);
    expect(res.body.base.summary.lotsCompared).toBe(6);
    expect(res.body.alternatives[0].summary).toMatchObject({ lotsCompared: 6, decidedByOneCriterion: 6 });
    const again = await as(officer).post(`/api/tenders/${draft.id}/weight-simulation`, { scenarios: [{ name: 'plaatsing', weights: placementOnly }] });
    expect(again.body).toEqual(res.body);
    expect((await as(officer).post(`/api/tenders/${draft.id}/weight-simulation`, { scenarios: [{ name: 'fout', weights: { ...placementOnly, PRICE: 1 } }] })).status).toBe(400);
    expect((await as(evaluator).post(`/api/tenders/${draft.id}/weight-simulation`, { scenarios: [{ name: 'plaatsing', weights: placementOnly }] })).status).toBe(403);
  });

  it('TD-4: questions close on time, answers reach everyone without the asker, and a material amendment sets aside bids not re-confirmed', async () => {
    const { tender, lot, providers } = await inAwardPhase(2, { questionsCloseAt: new Date(Date.now() + 2 * DAY).toISOString() });
    const [a, b] = providers as [string, string];
    const asked = await as(a).post(`/api/tenders/${tender.id}/questions`, { question: 'Mag een traject deels online worden uitgevoerd?' });
    expect(asked.status).toBe(201);
    const officerView = (await as(officer).get(`/api/tenders/${tender.id}/questions`)).body;
    expect(officerView[0].askedBy).toBeDefined();
    await as(officer).post(`/api/tenders/${tender.id}/questions/${asked.body.id}/answer`, { answer: 'Ja, tot de helft van de begeleidingsuren.' });
    const nota = await as().get(`/api/public/tenders/${tender.id}/clarifications`);
    expect(nota.body.questions).toEqual([expect.objectContaining({ question: 'Mag een traject deels online worden uitgevoerd?', answer: 'Ja, tot de helft van de begeleidingsuren.' })]);
    expect(JSON.stringify(nota.body)).not.toContain(officerView[0].askedBy);
    expect(nota.body.questions[0].askedBy).toBeUndefined();

    const first = (await as(a).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('a'))).body;
    await as(b).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('b'));
    const later = new Date(Date.parse(tender.bidDeadlineAt) + 7 * DAY).toISOString();
    expect((await as(officer).post(`/api/tenders/${tender.id}/amendments`, { summary: 'Eerdere deadline', material: false, newBidDeadlineAt: new Date(Date.parse(tender.bidDeadlineAt) - DAY).toISOString() })).status).toBe(400);
    const amendment = await as(officer).post(`/api/tenders/${tender.id}/amendments`, { summary: 'Minimaal aantal verwijzingen verlaagd naar 15.', material: true, newBidDeadlineAt: later });
    expect(amendment.body).toMatchObject({ amendmentNo: 1, material: true, bidDeadlineAfter: later });
    expect((await as(a).post(`/api/tenders/${tender.id}/lots/${lot.id}/bid/confirmation`)).status).toBe(200);

    clock.travelTo(new Date(Date.parse(tender.bidDeadlineAt) + DAY));
    expect((await as(b).put(`/api/tenders/${tender.id}/lots/${lot.id}/bid`, bid('b2'))).status).toBe(200);
    await as(b).delete(`/api/tenders/${tender.id}/lots/${lot.id}/bid`);
    const c = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    expect((await as(c).post(`/api/tenders/${tender.id}/questions`, { question: 'Is de vraagtermijn nog open?' })).body.code).toBe('TENDER_DEADLINE_PASSED');

    clock.reset();
    const unconfirmed = await inAwardPhase(2);
    const kept = (await as(unconfirmed.providers[0]!).put(`/api/tenders/${unconfirmed.tender.id}/lots/${unconfirmed.lot.id}/bid`, bid('blijft'))).body;
    await as(unconfirmed.providers[1]!).put(`/api/tenders/${unconfirmed.tender.id}/lots/${unconfirmed.lot.id}/bid`, bid('vervalt'));
    await as(officer).post(`/api/tenders/${unconfirmed.tender.id}/amendments`, { summary: 'Gewijzigde financieringsvoorwaarden.', material: true });
    await as(unconfirmed.providers[0]!).post(`/api/tenders/${unconfirmed.tender.id}/lots/${unconfirmed.lot.id}/bid/confirmation`);
    clock.travelTo(new Date(Date.parse(unconfirmed.tender.bidDeadlineAt) + 1000));
    expect((await as().get(`/api/public/tenders/${unconfirmed.tender.id}/merkle-root`)).body.commitments).toBe(1);
    expect((await as(officer).post(`/api/tenders/${unconfirmed.tender.id}/opening`)).body).toMatchObject({ outcome: 'OPENED', bidsOpened: 1 });
    expect((await as(evaluator).get(`/api/tenders/${unconfirmed.tender.id}/bids`)).body.map((x: { bidId: string }) => x.bidId)).toEqual([kept.bidId]);
    expect(((await as(unconfirmed.providers[1]!).get(`/api/tenders/${unconfirmed.tender.id}/receipts`)).body as { status: string }[])[0]!.status).toBe('SET_ASIDE');
    expect(first.status).toBe('ACTIVE');
  });
});
