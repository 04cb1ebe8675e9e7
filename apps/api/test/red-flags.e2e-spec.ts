import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OrganisationKind, Role } from '@rim/contracts';
import {
  createFramework, createOrganisation, createUser, insertApplication, insertAwardedTender, insertBlindScores, insertEndedTrajectories, insertEndReport,
  insertPayments, insertProviderChoices, runRedFlags, startTestServer, tokenFor, type AwardedTender, type TestServer,
} from '@rim/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker/worker.module.js';

interface Flag {
  id: string;
  recordId: string;
  providerId: string | null;
  value: number;
  basis: Record<string, unknown>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** TR-2: each flag raised on the situation that crosses its threshold, and not on the near miss just under it. */
describe('TR-2: red flags — thresholds and near misses', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  let db: DataSource;
  let inspector: string;
  let providers: string[];
  const coaches: Record<'flagged' | 'nineteenChoices' | 'fortyNinePercent', string> = { flagged: '', nineteenChoices: '', fortyNinePercent: '' };
  let tender: AwardedTender;
  const applications: Record<'decidedLate' | 'decidedAtDue' | 'undecidedLate' | 'decidedOnDueDay' | 'infoRequested', string> = {
    decidedLate: '', decidedAtDue: '', undecidedLate: '', decidedOnDueDay: '', infoRequested: '',
  };
  let werkfit: string[];
  let paid: string[];

  const as = (path: string) => request(server.url).get(path).set('authorization', `Bearer ${inspector}`);
  const flagsOf = async (code: string, runId?: string) => {
    const flags: Flag[] = [];
    for (let page = 1; ; page++) {
      const res = await as(`/api/inspector/red-flags?code=${code}&pageSize=100&page=${page}${runId ? `&runId=${runId}` : ''}`);
      expect(res.status).toBe(200);
      flags.push(...(res.body.items as Flag[]));
      if (flags.length >= res.body.total) return flags;
    }
  };
  const on = (flags: Flag[], recordId: string) => flags.filter((f) => f.recordId === recordId);

  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
    inspector = await tokenFor(await createUser({ role: Role.Inspector }));
    providers = [];
    for (let i = 0; i < 4; i++) providers.push(await createOrganisation(OrganisationKind.Provider));
    const [p1, p2, p3, p4] = providers as [string, string, string, string];

    for (const key of Object.keys(coaches) as (keyof typeof coaches)[]) coaches[key] = (await createUser({ role: Role.BuyerCoach })).id;
    await insertProviderChoices(db, coaches.flagged, [{ providerId: p1, count: 10 }, { providerId: p2, count: 5 }, { providerId: p3, count: 5 }]);
    await insertProviderChoices(db, coaches.nineteenChoices, [{ providerId: p1, count: 10 }, { providerId: p2, count: 9 }]);
    await insertProviderChoices(db, coaches.fortyNinePercent, [{ providerId: p1, count: 49 }, { providerId: p2, count: 17 }, { providerId: p3, count: 17 }, { providerId: p4, count: 17 }]);

    tender = await insertAwardedTender(db, { providerIds: [p1, p2] });
    await insertBlindScores(db, tender.bidIds[0]!, 'TARGET_GROUP_FIT', [5, 8, 6]);
    await insertBlindScores(db, tender.bidIds[0]!, 'REGIONAL_FIT', [6, 8]);
    await insertBlindScores(db, tender.bidIds[1]!, 'TARGET_GROUP_FIT', [4, 6]);

    const { id: frameworkId } = await createFramework();
    const due = new Date(Date.now() - 30 * DAY);
    const application = async (status: string, decisionDueAt: Date, decidedAt: Date | null) =>
      insertApplication(db, { frameworkId, providerId: await createOrganisation(OrganisationKind.Provider), status, decisionDueAt, decidedAt });
    applications.decidedLate = await application('ADMITTED', due, new Date(due.getTime() + 2 * DAY + HOUR));
    applications.decidedAtDue = await application('REJECTED', due, due);
    applications.undecidedLate = await application('IN_REVIEW', new Date(Date.now() - 5 * DAY - 12 * HOUR), null);
    applications.decidedOnDueDay = await application('ADMITTED', due, new Date(due.getTime() - HOUR));
    applications.infoRequested = await application('INFO_REQUESTED', due, null);

    const coach = coaches.flagged;
    werkfit = await insertEndedTrajectories(db, { providerId: p3, coachId: coach, route: 'WERKFIT', success: 4, unsuccessful: 0, early: 0 });
    await insertEndReport(db, werkfit[0]!, { success: true, successReason: 'OTHER', review: null });
    await insertEndReport(db, werkfit[1]!, { success: true, successReason: 'CLIENT_HAS_WORK', review: 'APPROVED' });
    await insertEndReport(db, werkfit[2]!, { success: true, successReason: 'OTHER', review: 'RETURNED' });
    await insertEndReport(db, werkfit[2]!, { versionNo: 2, success: true, successReason: 'SEARCHES_INDEPENDENTLY', review: null });
    await insertEndReport(db, werkfit[3]!, { success: true, successReason: 'CAN_FOLLOW_TRAINING', review: 'RETURNED' });
    await insertEndReport(db, werkfit[3]!, { versionNo: 2, success: true, successReason: 'OTHER', review: 'APPROVED' });

    paid = await insertEndedTrajectories(db, { providerId: p4, coachId: coach, route: 'NAAR_WERK', success: 4, unsuccessful: 0, early: 0 });
    await insertPayments(db, paid[0]!, [{ kind: 'FIXED', amountCents: 100_000 }, { kind: 'RESULT', amountCents: 150_000 }, { kind: 'BONUS', amountCents: 50_000 }]);
    await insertPayments(db, paid[1]!, [{ kind: 'PURCHASE_ORDER', amountCents: 120_000 }, { kind: 'FIXED', amountCents: 100_000 }]);
    await insertPayments(db, paid[2]!, [{ kind: 'COMPLETION', amountCents: 80_000 }]);
    await insertEndReport(db, paid[2]!, { success: true, successReason: 'CLIENT_HAS_WORK', review: 'RETURNED' });
    await insertPayments(db, paid[3]!, [{ kind: 'COMPLETION', amountCents: 80_000 }]);
    await insertEndReport(db, paid[3]!, { success: true, successReason: 'CLIENT_HAS_WORK', review: 'APPROVED' });

    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    await runRedFlags(inspector);
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await server?.close();
  }, 60_000);

  it('TR-2: COACH_REFERRAL_CONCENTRATION flags a coach with ≥ 20 choices of which ≥ 50% went to one provider, not 19 choices or 49%', async () => {
    const flags = await flagsOf('COACH_REFERRAL_CONCENTRATION');
    expect(on(flags, coaches.flagged)).toEqual([expect.objectContaining({ providerId: providers[0], value: 5_000, basis: { choices: 20, toTopProvider: 10 } })]);
    expect(on(flags, coaches.nineteenChoices)).toEqual([]);
    expect(on(flags, coaches.fortyNinePercent)).toEqual([]);
  });

  it('TR-2: EVALUATOR_DIVERGENCE flags a criterion whose blind scores differ by 3 points, not by 2', async () => {
    const flags = await flagsOf('EVALUATOR_DIVERGENCE');
    expect(on(flags, tender.bidIds[0]!)).toEqual([expect.objectContaining({
      providerId: providers[0], value: 3, basis: { tenderId: tender.tenderId, lotId: tender.lotId, criterion: 'TARGET_GROUP_FIT', scores: [5, 6, 8] },
    })]);
    expect(on(flags, tender.bidIds[1]!)).toEqual([]);
  });

  it('TR-2: ADMISSION_PAST_SLA flags a decision after the due instant or a review still open past it, not a decision on the due day', async () => {
    const flags = await flagsOf('ADMISSION_PAST_SLA');
    expect(on(flags, applications.decidedLate)).toEqual([expect.objectContaining({ value: 3, basis: expect.objectContaining({ status: 'ADMITTED', lot: 'WERKFIT' }) })]);
    expect(on(flags, applications.decidedAtDue)).toEqual([expect.objectContaining({ value: 1 })]);
    expect(on(flags, applications.undecidedLate)).toEqual([expect.objectContaining({ value: 6, basis: expect.objectContaining({ status: 'IN_REVIEW', decidedAt: null }) })]);
    expect(on(flags, applications.decidedOnDueDay)).toEqual([]);
    expect(on(flags, applications.infoRequested)).toEqual([]);
  });

  it('TR-2: WERKFIT_OTHER_SUCCESS flags a Werkfit end report whose latest version claims success with OTHER, not a listed reason', async () => {
    const flags = await flagsOf('WERKFIT_OTHER_SUCCESS');
    expect(on(flags, werkfit[0]!)).toEqual([expect.objectContaining({ providerId: providers[2], value: 1, basis: { endReportVersion: 1, review: null } })]);
    expect(on(flags, werkfit[1]!)).toEqual([]);
    expect(on(flags, werkfit[2]!)).toEqual([]);
    expect(on(flags, werkfit[3]!)).toEqual([expect.objectContaining({ basis: { endReportVersion: 2, review: 'APPROVED' } })]);
  });

  it('TR-2: PAYMENT_WITHOUT_APPROVED_END_REPORT flags result, bonus and completion payments without an approved end report, not purchase-order or fixed ones', async () => {
    const flags = await flagsOf('PAYMENT_WITHOUT_APPROVED_END_REPORT');
    const [resultAndBonus] = on(flags, paid[0]!);
    expect(resultAndBonus).toMatchObject({ providerId: providers[3], value: 200_000 });
    expect((resultAndBonus!.basis.payments as { kind: string; amountCents: number }[]).map((p) => [p.kind, p.amountCents]).sort())
      .toEqual([['BONUS', 50_000], ['RESULT', 150_000]]);
    expect(on(flags, paid[1]!)).toEqual([]);
    expect(on(flags, paid[2]!)).toEqual([expect.objectContaining({ value: 80_000 })]);
    expect(on(flags, paid[3]!)).toEqual([]);
  });

  it('TR-2: a flag of an earlier run still answers, with its run, and says whether the latest run still raises it', async () => {
    const [before] = on(await flagsOf('PAYMENT_WITHOUT_APPROVED_END_REPORT'), paid[0]!);
    await insertEndReport(db, paid[0]!, { success: true, successReason: 'CLIENT_HAS_WORK', review: 'APPROVED' });
    const { run } = await runRedFlags(inspector);
    expect(on(await flagsOf('PAYMENT_WITHOUT_APPROVED_END_REPORT'), paid[0]!)).toEqual([]);
    const old = await as(`/api/inspector/red-flags/${before!.id}`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ id: before!.id, value: 200_000, latestRun: false, latestRunId: run.id, latestFlagId: null });
    expect(old.body.run).toMatchObject({ id: old.body.runId, status: 'DONE' });
    expect(on(await flagsOf('PAYMENT_WITHOUT_APPROVED_END_REPORT', old.body.runId), paid[0]!)).toEqual([expect.objectContaining({ id: before!.id })]);
  }, 120_000);
});
