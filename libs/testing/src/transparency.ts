import { DataSource } from 'typeorm';

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
