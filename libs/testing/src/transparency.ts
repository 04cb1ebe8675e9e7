import request from 'supertest';
import { DataSource } from 'typeorm';
import { eventually } from './eventually.js';
import { currentServer } from './test-server.js';

export interface EndedTrajectoryBatch {
  providerId: string;
  coachId: string;
  route: 'WERKFIT' | 'NAAR_WERK' | 'IRO';
  region?: string;
  targetGroup?: string;
  benefitType?: string;
  /** How many trajectories end in each way. */
  success: number;
  unsuccessful: number;
  early: number;
  /** The end day of every trajectory of the batch (YYYY-MM-DD). */
  endedOn?: string;
}

/**
 * Volume for the aggregate reads (TR-1 … TR-5): closed trajectories with their clients' cases and work plans,
 * inserted in one statement each. Every case gets a fresh random hash in place of a BSN hash and an empty seal; tests
 * that need real identities go through the API (openTrajectory).
 */
export async function insertEndedTrajectories(db: DataSource, batch: EndedTrajectoryBatch): Promise<string[]> {
  const success = batch.route === 'WERKFIT' ? 'RESULT_ACHIEVED' : 'PLACEMENT';
  const reasons = [
    ...Array<string>(batch.success).fill(success), ...Array<string>(batch.unsuccessful).fill('MAX_DURATION'), ...Array<string>(batch.early).fill('EARLY_RETURN'),
  ];
  if (reasons.length === 0) return [];
  const rows = await db.query<{ id: string }[]>(
    `WITH input AS (
       SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS plan_id, gen_random_uuid() AS trajectory_id, reason
         FROM unnest($1::text[]) AS reason),
     cases AS (
       INSERT INTO client_case (id, bsn_hmac, bsn_sealed, benefit_type, target_group, region, distance_to_labour_market, age_band, barriers, hours_per_week, coach_id, created_at)
       SELECT case_id, md5(random()::text) || md5(random()::text), '\\x00'::bytea, $2, $3, $4, 3, '27-44', ARRAY['BAR-01'], 20, $5, $6::date - 200 FROM input RETURNING id),
     plans AS (
       INSERT INTO work_plan (id, case_id, version_no, route, proposed_hours, duration_months, activities, created_by, created_at)
       SELECT plan_id, case_id, 1, $7, 20, 6, ARRAY[]::text[], $5, $6::date - 190 FROM input RETURNING id)
     INSERT INTO trajectory (id, case_id, work_plan_id, provider_id, route, status, version, created_at, started_on, ended_on, end_reason, end_report_due, status_since)
     SELECT trajectory_id, case_id, plan_id, $8, $7, 'CLOSED', 1, $6::date - 180, $6::date - 170, $6::date, reason, $6::date + 14, $6::date
       FROM input RETURNING id`,
    [reasons, batch.benefitType ?? 'WGA', batch.targetGroup ?? 'WW-03', batch.region ?? 'AMR-20', batch.coachId, batch.endedOn ?? '2025-06-30', batch.route, batch.providerId],
  );
  return rows.map((r) => r.id);
}

export interface AwardedTender {
  tenderId: string;
  lotId: string;
  bidIds: string[];
}

/**
 * A contracted tender for the open-data and red-flag reads: published `periodDays` before its bid deadline, one lot
 * with one tranche, a bid per provider (opened, content never read), an amendment after the first bid, the award to
 * `awardedIndex`'s bid (ranked by the order of `providerIds`) and its contract. Inserted directly: the tender flow
 * itself is tested through the API in tenders.e2e-spec.
 */
export async function insertAwardedTender(db: DataSource, options: { providerIds: string[]; awardedIndex?: number; periodDays?: number }): Promise<AwardedTender> {
  const awarded = options.awardedIndex ?? 0;
  const [{ id: tenderId }] = await db.query<{ id: string }[]>(
    `INSERT INTO tender (name, status, published_at, questions_close_at, selection_deadline_at, bid_deadline_at, opened_at, standstill_days, standstill_ends_at,
                         evaluation_rules, vrije_ruimte_cap_bp, opening_quorum, bid_public_key, wrapped_private_key, version)
     VALUES ('Aanbesteding test ' || gen_random_uuid(), 'CONTRACTED', now() - ($1::int + 40) * interval '1 day', now() - 45 * interval '1 day', now() - 44 * interval '1 day',
             now() - 40 * interval '1 day', now() - 39 * interval '1 day', 20, now() - 10 * interval '1 day',
             '{"weights": {"PRICE": 100}}', 0, false, 'test-key', '\\x00', 1) RETURNING id`,
    [options.periodDays ?? 50],
  );
  const [{ id: lotId }] = await db.query<{ id: string }[]>(
    `INSERT INTO tender_lot (tender_id, code, target_group, region, expected_volume, tranches, min_referrals, max_price_cents, max_duration_days, financing)
     VALUES ($1, 'WW-03/AMR-20', 'WW-03', 'AMR-20', 100, 1, 25, 300000, 270, '{}') RETURNING id`,
    [tenderId],
  );
  const bidIds: string[] = [];
  for (const [i, providerId] of options.providerIds.entries()) {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO tender_bid (tender_id, lot_id, provider_id, status, ciphertext, iv, auth_tag, encrypted_key, commitment, submitted_at)
       VALUES ($1, $2, $3, 'ACTIVE', '\\x00', '\\x00', '\\x00', '\\x00', md5(random()::text) || md5(random()::text), now() - (42 - $4::int) * interval '1 day') RETURNING id`,
      [tenderId, lotId, providerId, i],
    );
    bidIds.push(id);
  }
  await db.query(
    `INSERT INTO tender_amendment (tender_id, amendment_no, summary, material, bid_deadline_before, bid_deadline_after, published_at)
     VALUES ($1, 1, 'Vraag 3 verduidelijkt', false, now() - 40 * interval '1 day', now() - 40 * interval '1 day', now() - interval '40 days 12 hours')`,
    [tenderId],
  );
  const sheets = bidIds.map((bidId, i) => ({ rank: i + 1, bidId, lotId, total: 90 - i, status: 'RANKED', bidderId: options.providerIds[i] }));
  const tranches = [{ bidId: bidIds[awarded], bidderId: options.providerIds[awarded], tranche: { region: 'AMR-20', trancheId: 'WW-03/AMR-20#1', minReferrals: 25 } }];
  await db.query(`INSERT INTO tender_lot_award (tender_id, lot_id, result) VALUES ($1, $2, $3)`, [tenderId, lotId, JSON.stringify({ sheets, tranches, lotteries: [] })]);
  await db.query(
    `INSERT INTO tender_contract (tender_id, lot_id, tranche_no, provider_id, bid_id, min_referrals, average_price_cents, financing, created_at)
     VALUES ($1, $2, 1, $3, $4, 25, 280000, '{}', now() - 9 * interval '1 day')`,
    [tenderId, lotId, options.providerIds[awarded], bidIds[awarded]],
  );
  return { tenderId, lotId, bidIds };
}

/**
 * TR-2: `count` provider choices made for clients of `coachId`, per provider: each a case with a work plan and the
 * chosen provider. Inserted directly; the choice itself is tested through the API in the trajectory specs.
 */
export async function insertProviderChoices(db: DataSource, coachId: string, choices: { providerId: string; count: number }[]): Promise<void> {
  const providers = choices.flatMap((c) => Array<string>(c.count).fill(c.providerId));
  await db.query(
    `WITH input AS (SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS plan_id, provider_id FROM unnest($1::uuid[]) AS provider_id),
     cases AS (
       INSERT INTO client_case (id, bsn_hmac, bsn_sealed, benefit_type, target_group, region, distance_to_labour_market, age_band, barriers, hours_per_week, coach_id, created_at)
       SELECT case_id, md5(random()::text) || md5(random()::text), '\\x00'::bytea, 'WGA', 'WW-03', 'AMR-20', 3, '27-44', ARRAY['BAR-01'], 20, $2, now() FROM input RETURNING id),
     plans AS (
       INSERT INTO work_plan (id, case_id, version_no, route, proposed_hours, duration_months, activities, created_by, created_at)
       SELECT plan_id, case_id, 1, 'NAAR_WERK', 20, 6, ARRAY[]::text[], $2, now() FROM input RETURNING id)
     INSERT INTO provider_choice (case_id, work_plan_id, method, intro_meetings, vetoed, chosen_provider_id, decided_by, decided_at)
     SELECT case_id, plan_id, 'CLIENT_CHOICE', ARRAY[provider_id], ARRAY[]::uuid[], provider_id, $2, now() FROM input`,
    [providers, coachId],
  );
}

/** TR-2: one blind score per evaluator (fresh ids) on one qualitative criterion of a bid. */
export async function insertBlindScores(db: DataSource, bidId: string, criterion: 'TARGET_GROUP_FIT' | 'REGIONAL_FIT', scores: number[]): Promise<void> {
  await db.query(
    `INSERT INTO tender_score (bid_id, criterion, evaluator_id, score, scored_at) SELECT $1, $2, gen_random_uuid(), score, now() FROM unnest($3::int[]) AS score`,
    [bidId, criterion, scores],
  );
}

/** TR-2: a framework application with the FW-3 decision clock at the given instants (null: not decided). */
export async function insertApplication(
  db: DataSource,
  options: { frameworkId: string; providerId: string; status: string; decisionDueAt: Date; decidedAt: Date | null },
): Promise<string> {
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO framework_application (framework_id, provider_id, lot, status, terms_version_no, submitted_at, decision_due_at, decided_at, version)
     VALUES ($1, $2, 'WERKFIT', $3, 1, $4::timestamptz - interval '14 days', $4, $5, 1) RETURNING id`,
    [options.frameworkId, options.providerId, options.status, options.decisionDueAt, options.decidedAt],
  );
  return id;
}

/** TR-2: a submitted end report (IC-8) of a trajectory, reviewed or not. */
export async function insertEndReport(
  db: DataSource,
  trajectoryId: string,
  report: { versionNo?: number; success: boolean; successReason: string | null; review: 'APPROVED' | 'RETURNED' | null },
): Promise<void> {
  await db.query(
    `INSERT INTO end_report (trajectory_id, version_no, activities, success, success_reason, follow_up_advice, explanation, client_signed_off, late, submitted_at, review)
     VALUES ($1, $2, '[]', $3, $4, 'NONE', $5, true, false, now(), $6)`,
    [trajectoryId, report.versionNo ?? 1, report.success, report.successReason, report.successReason === 'OTHER' ? 'Cliënt volgt vrijwilligerswerk' : null, report.review],
  );
}

/** TR-2: payments booked on a trajectory's ledger (IC-10), one per kind. */
export async function insertPayments(db: DataSource, trajectoryId: string, payments: { kind: string; amountCents: number }[]): Promise<void> {
  await db.query(
    `INSERT INTO payment_ledger (key, trajectory_id, kind, amount_cents, due_on, booked_at)
     SELECT $1::text || ':' || p.kind, $1::uuid, p.kind, p.amount_cents, current_date, now() FROM unnest($2::text[], $3::int[]) AS p(kind, amount_cents)`,
    [trajectoryId, payments.map((p) => p.kind), payments.map((p) => p.amountCents)],
  );
}

export interface RedFlagRun {
  id: string;
  jobId: string;
  status: string;
  counts: Record<string, number>;
}

/** TR-2: asks for a red-flag run as the inspector (202) and waits until the worker has finished it. */
export async function runRedFlags(inspectorToken: string): Promise<{ accepted: { runId: string; jobId: string }; run: RedFlagRun }> {
  const { url } = currentServer();
  const accepted = await request(url).post('/api/inspector/red-flag-runs').set('authorization', `Bearer ${inspectorToken}`);
  if (accepted.status !== 202) throw new Error(`red-flag run refused: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return eventually(async () => {
    const run = await request(url).get(`/api/inspector/red-flag-runs/${accepted.body.runId}`).set('authorization', `Bearer ${inspectorToken}`);
    if (run.body.status === 'FAILED') throw new Error(`red-flag run failed: ${run.body.error}`);
    return run.body.status === 'DONE' ? { accepted: accepted.body, run: run.body as RedFlagRun } : undefined;
  }, 60_000);
}
