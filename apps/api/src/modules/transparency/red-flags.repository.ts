import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface DetectedFlag {
  recordId: string;
  providerId: string | null;
  value: number;
  basis: Record<string, unknown>;
}

type Detector = (manager: EntityManager, now: Date) => Promise<DetectedFlag[]>;

const query = (sql: string, params: (now: Date) => unknown[] = (now) => [now]): Detector =>
  async (manager, now) => {
    const rows = await manager.query<{ record_id: string; provider_id: string | null; value: string | number; basis: Record<string, unknown> }[]>(sql, params(now));
    return rows.map((r) => ({ recordId: r.record_id, providerId: r.provider_id, value: Math.round(Number(r.value)), basis: r.basis }));
  };

/**
 * TR-2: one set-based query per red flag (definitions in red-flag-definitions.ts), read-only over the tables of
 * tenders, frameworks and contracting. Sealed bid content is never read: only counts, times and scores.
 */
@Injectable()
export class RedFlagDetectors {
  readonly byCode: Readonly<Record<string, Detector>> = {
    SINGLE_BID_LOT: query(
      `SELECT l.id AS record_id, (array_agg(b.provider_id))[1] AS provider_id, count(b.id) AS value,
              jsonb_build_object('tenderId', t.id, 'lot', l.code, 'bids', count(b.id), 'bidDeadline', t.bid_deadline_at) AS basis
         FROM tender_lot l JOIN tender t ON t.id = l.tender_id JOIN tender_bid b ON b.lot_id = l.id AND b.status <> 'WITHDRAWN'
        WHERE t.bid_deadline_at < $1 GROUP BY l.id, t.id HAVING count(b.id) = 1`),
    SHORT_SUBMISSION_PERIOD: query(
      `SELECT t.id AS record_id, NULL::uuid AS provider_id, floor(extract(epoch FROM t.bid_deadline_at - t.published_at) / 86400) AS value,
              jsonb_build_object('publishedAt', t.published_at, 'bidDeadline', t.bid_deadline_at) AS basis
         FROM tender t WHERE t.published_at IS NOT NULL AND t.bid_deadline_at IS NOT NULL AND t.bid_deadline_at - t.published_at < interval '30 days'`, () => []),
    AWARD_NOT_BEST_SCORE: query(
      `SELECT a.lot_id AS record_id, NULL::uuid AS provider_id, max((s->>'rank')::int) AS value,
              jsonb_build_object('tenderId', a.tender_id, 'tranches', jsonb_array_length(a.result->'tranches'), 'awardedRanks', jsonb_agg((s->>'rank')::int)) AS basis
         FROM tender_lot_award a CROSS JOIN LATERAL jsonb_array_elements(a.result->'tranches') tr
         JOIN LATERAL jsonb_array_elements(a.result->'sheets') s ON s->>'bidId' = tr->>'bidId'
        GROUP BY a.lot_id, a.tender_id, a.result HAVING max((s->>'rank')::int) > jsonb_array_length(a.result->'tranches')`, () => []),
    EVALUATOR_DIVERGENCE: query(
      `SELECT s.bid_id AS record_id, b.provider_id, max(s.score) - min(s.score) AS value,
              jsonb_build_object('tenderId', b.tender_id, 'lotId', b.lot_id, 'criterion', s.criterion, 'scores', jsonb_agg(s.score ORDER BY s.score)) AS basis
         FROM tender_score s JOIN tender_bid b ON b.id = s.bid_id
        GROUP BY s.bid_id, b.provider_id, b.tender_id, b.lot_id, s.criterion HAVING max(s.score) - min(s.score) >= 3`, () => []),
    AMENDMENT_AFTER_BIDS: query(
      `SELECT a.tender_id AS record_id, NULL::uuid AS provider_id, count(b.id) AS value,
              jsonb_build_object('amendmentNo', a.amendment_no, 'material', a.material, 'publishedAt', a.published_at, 'bidsBefore', count(b.id)) AS basis
         FROM tender_amendment a JOIN tender_bid b ON b.tender_id = a.tender_id AND b.submitted_at < a.published_at
        GROUP BY a.id HAVING count(b.id) > 0`, () => []),
    ADMISSION_PAST_SLA: query(
      `SELECT a.id AS record_id, a.provider_id, floor(extract(epoch FROM coalesce(a.decided_at, $1) - a.decision_due_at) / 86400) + 1 AS value,
              jsonb_build_object('lot', a.lot, 'status', a.status, 'submittedAt', a.submitted_at, 'decisionDueAt', a.decision_due_at, 'decidedAt', a.decided_at) AS basis
         FROM framework_application a
        WHERE a.decision_due_at IS NOT NULL AND coalesce(a.decided_at, $1) >= a.decision_due_at AND (a.decided_at IS NOT NULL OR a.status IN ('SUBMITTED', 'IN_REVIEW'))`),
    COACH_REFERRAL_CONCENTRATION: query(
      `WITH choices AS (
         SELECT c.coach_id, pc.chosen_provider_id AS provider_id, count(*) AS n, sum(count(*)) OVER (PARTITION BY c.coach_id) AS total,
                row_number() OVER (PARTITION BY c.coach_id ORDER BY count(*) DESC, pc.chosen_provider_id) AS place
           FROM provider_choice pc JOIN client_case c ON c.id = pc.case_id WHERE pc.chosen_provider_id IS NOT NULL GROUP BY c.coach_id, pc.chosen_provider_id)
       SELECT coach_id AS record_id, provider_id, floor(n * 10000 / total) AS value, jsonb_build_object('choices', total, 'toTopProvider', n) AS basis
         FROM choices WHERE place = 1 AND total >= 20 AND n * 2 >= total`, () => []),
    OUTLIER_EARLY_TERMINATION: query(
      `WITH per AS (
         SELECT provider_id, count(*) AS n, count(*) FILTER (WHERE end_reason IN ('EARLY_RETURN', 'RETURNED_AFTER_EVALUATION')) AS early
           FROM trajectory WHERE end_reason IS NOT NULL GROUP BY provider_id),
       market AS (SELECT sum(early)::float / nullif(sum(n), 0) AS p FROM per)
       SELECT per.provider_id AS record_id, per.provider_id, floor(per.early * 10000 / per.n) AS value,
              jsonb_build_object('ended', per.n, 'early', per.early, 'marketRateBp', round(market.p * 10000),
                                 'standardErrors', round(((per.early::float / per.n - market.p) / sqrt(market.p * (1 - market.p) / per.n))::numeric, 2)) AS basis
         FROM per, market WHERE per.n >= 20 AND market.p > 0 AND market.p < 1 AND (per.early::float / per.n - market.p) / sqrt(market.p * (1 - market.p) / per.n) >= 3`, () => []),
    WERKFIT_OTHER_SUCCESS: query(
      `SELECT t.id AS record_id, t.provider_id, 1 AS value, jsonb_build_object('endReportVersion', r.version_no, 'review', r.review) AS basis
         FROM trajectory t JOIN LATERAL (SELECT version_no, review, success, success_reason FROM end_report WHERE trajectory_id = t.id ORDER BY version_no DESC LIMIT 1) r ON true
        WHERE t.route = 'WERKFIT' AND r.success AND r.success_reason = 'OTHER'`, () => []),
    MISSING_END_REPORT: query(
      `SELECT t.id AS record_id, t.provider_id, ($1::date - t.end_report_due) AS value, jsonb_build_object('endedOn', t.ended_on, 'due', t.end_report_due, 'status', t.status) AS basis
         FROM trajectory t
        WHERE t.end_report_due < $1::date AND NOT EXISTS (SELECT 1 FROM end_report r WHERE r.trajectory_id = t.id AND r.submitted_at IS NOT NULL)`,
      (now) => [now.toISOString().slice(0, 10)]),
    PAYMENT_WITHOUT_APPROVED_END_REPORT: query(
      `SELECT p.trajectory_id AS record_id, t.provider_id, sum(p.amount_cents) AS value,
              jsonb_build_object('payments', jsonb_agg(jsonb_build_object('kind', p.kind, 'amountCents', p.amount_cents, 'bookedAt', p.booked_at))) AS basis
         FROM payment_ledger p JOIN trajectory t ON t.id = p.trajectory_id
        WHERE p.kind NOT IN ('PURCHASE_ORDER', 'FIXED') AND p.booked_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM end_report r WHERE r.trajectory_id = p.trajectory_id AND r.review = 'APPROVED')
        GROUP BY p.trajectory_id, t.provider_id`, () => []),
  };
}
