import { Injectable } from '@nestjs/common';
import {
  addMonths,
  type ContractType,
  type DatePeriod,
  type EndReasonCode,
  isSuccessfulEnd,
  judgeNaarWerkSuccess,
  type LedgerEntry,
  localDate,
  type PaymentSchedule,
  type PlacementWithHours,
  settle,
  shareOfPrice,
  type TrajectoryFacts,
  UWV_RESULT_PAYMENT_RULES,
  weeklyHoursFromPlacements,
} from '@rim/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.service.js';
import { EnvDto } from '../../config/env.dto.js';
import { FrameworksService } from '../frameworks/frameworks.service.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import type { Route } from './entities/work-plan.entity.js';

/** What settlement reads of one trajectory, in one row. */
interface SettlementRow {
  id: string;
  providerId: string;
  route: Route;
  status: string;
  frameworkId: string | null;
  startedOn: string;
  endedOn: string | null;
  endReason: EndReasonCode | null;
  placementJudgement: 'SUCCESS' | 'NO_SUCCESS' | null;
  benefitType: string;
  capacityHoursPerWeek: number;
  plannedHours: number;
  priceCents: number;
  placementBonusCents: number;
  placements: { id: string; contractType: ContractType['type']; contractMonths: number | null; hoursPerWeek: number; start: string; end: string | null }[];
  illness: DatePeriod[];
  paidKeys: string[];
}

/** The outcome of settling one trajectory on one day. */
interface Settlement {
  entries: LedgerEntry[];
  /** IC-9 decided a Naar werk outcome that was still open. */
  judged?: 'SUCCESS' | 'NO_SUCCESS';
  /** Nothing more can fall due: later runs skip the trajectory. */
  final: boolean;
}

export interface SettlementRunResult {
  asOf: string;
  examined: number;
  booked: number;
  bookedCents: number;
  judged: number;
  settled: number;
}

const PAGE_SIZE = 2_000;

/**
 * IC-10: every payment comes from `settle` over the trajectory's facts and goes into the append-only ledger under its
 * idempotency key, so a payment is booked once whoever asks, however often: the purchase order, the approved end
 * report, or the settlement run that books what fell due later (IRO result part and bonus after two months of work,
 * the Naar werk success part once IC-9 judges the placement records).
 */
@Injectable()
export class SettlementService {
  private readonly schedules = new Map<string, { schedule: Record<string, PaymentSchedule>; hourlyRateCents: number }>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly frameworks: FrameworksService,
    private readonly env: EnvDto,
    private readonly clock: Clock,
  ) {}

  /** Settles one trajectory inside the caller's transaction; answers the IC-9 judgement when it was made now. */
  async settleOne(tx: Transaction, trajectoryId: string): Promise<Settlement> {
    const [row] = await this.rows(tx.manager, { ids: [trajectoryId] });
    if (!row) return { entries: [], final: false };
    const [settlement] = await this.apply(tx, [row], localDate(tx.now), false);
    return settlement;
  }

  /** The settlement run (worker job): every started trajectory not yet final, page by page, each page one transaction. */
  async run(asOf: string = localDate(this.clock.now())): Promise<SettlementRunResult> {
    const result: SettlementRunResult = { asOf, examined: 0, booked: 0, bookedCents: 0, judged: 0, settled: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.uow.run(null, async (tx) => {
        const rows = await this.rows(tx.manager, { after, limit: PAGE_SIZE });
        const settlements = await this.apply(tx, rows, asOf, true);
        return { rows, settlements };
      });
      result.examined += page.rows.length;
      for (const s of page.settlements) {
        result.booked += s.entries.length;
        result.bookedCents += s.entries.reduce((sum, e) => sum + e.amountCents, 0);
        if (s.judged) result.judged += 1;
        if (s.final) result.settled += 1;
      }
      if (page.rows.length < PAGE_SIZE) return result;
      after = page.rows[page.rows.length - 1].id;
    }
  }

  /**
   * Decides, books what is new (the ledger's unique key wins any race) and marks judged and final trajectories. A run
   * announces the outcomes it judged; at the end report's approval the closing event carries the outcome instead.
   */
  private async apply(tx: Transaction, rows: SettlementRow[], asOf: string, announceJudgements: boolean): Promise<Settlement[]> {
    const decided = await Promise.all(rows.map(async (row) => ({ row, settlement: this.decide(row, await this.financing(tx.manager, row), asOf) })));
    const entries = decided.flatMap((d) => d.settlement.entries);
    const booked = entries.length
      ? await tx.manager.query<{ key: string }[]>(
        `INSERT INTO payment_ledger (key, trajectory_id, kind, amount_cents, due_on, booked_at)
         SELECT * , $6::timestamptz FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::int[], $5::date[])
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [entries.map((e) => e.key), entries.map((e) => e.trajectoryId), entries.map((e) => e.kind), entries.map((e) => e.amountCents), entries.map((e) => e.dueOn), tx.now],
      )
      : [];
    const bookedKeys = new Set(booked.map((b) => b.key));
    const results = decided.map(({ row, settlement }) => ({ row, settlement: { ...settlement, entries: settlement.entries.filter((e) => bookedKeys.has(e.key)) } }));
    await tx.audit(...results.flatMap(({ settlement }) => settlement.entries.map((e) => ({
      action: 'payment.booked', entityType: 'trajectory', entityId: e.trajectoryId, data: { key: e.key, kind: e.kind, amountCents: e.amountCents, dueOn: e.dueOn },
    }))));
    const marked = results.filter(({ settlement }) => settlement.final || settlement.judged);
    if (marked.length) {
      await tx.manager.query(
        `UPDATE trajectory t SET settled_on = CASE WHEN v.final THEN $4::date ELSE t.settled_on END, placement_judgement = COALESCE(v.judged, t.placement_judgement)
           FROM unnest($1::uuid[], $2::boolean[], $3::varchar[]) AS v(id, final, judged) WHERE t.id = v.id`,
        [marked.map((m) => m.row.id), marked.map((m) => m.settlement.final), marked.map((m) => m.settlement.judged ?? null), asOf],
      );
    }
    const judged = announceJudgements ? results.filter(({ settlement }) => settlement.judged) : [];
    if (judged.length) {
      await tx.emit(...judged.map(({ row, settlement }) => ({
        type: 'trajectory.outcome-judged', aggregateType: 'trajectory', aggregateId: row.id,
        payload: { providerId: row.providerId, route: row.route, outcome: outcomeOf(settlement.judged!, row.endReason), judgedOn: asOf },
      })));
    }
    return results.map((r) => r.settlement);
  }

  /** The decision for one trajectory on one day; pure apart from the financing read before. */
  private decide(row: SettlementRow, financing: TrajectoryFacts['financing'], asOf: string): Settlement {
    const paid = new Set(row.paidKeys);
    const closed = row.status === 'CLOSED';
    if (financing.model === 'FRAMEWORK') {
      const success = closed ? this.successOf(row, asOf) : undefined;
      const judged = row.route === 'NAAR_WERK' && row.placementJudgement === null && success !== undefined ? (success ? 'SUCCESS' : 'NO_SUCCESS') : undefined;
      const facts: TrajectoryFacts = {
        trajectoryId: row.id, financing, purchaseOrderIssuedOn: row.startedOn, ...(success === undefined ? {} : { endReportApproved: { on: asOf, success } }),
      };
      return { entries: settle(facts, paid), judged, final: success !== undefined };
    }
    const first = [...row.placements].sort((a, b) => a.start.localeCompare(b.start))[0];
    const placement = first ? { start: first.start, contract: contractOf(first), ...(first.end ? { end: first.end } : {}) } : undefined;
    const facts: TrajectoryFacts = { trajectoryId: row.id, financing, startedOn: row.startedOn, asOf, ...(placement ? { placement } : {}) };
    const resultWindowPassed = !placement || asOf >= addMonths(placement.start, financing.rules.monthsWorked);
    return { entries: settle(facts, paid), final: closed && resultWindowPassed };
  }

  /** Werkfit: the coded end reason. Naar werk: IC-9 over the placement records; `undefined` while it is pending. */
  private successOf(row: SettlementRow, asOf: string): boolean | undefined {
    if (row.route !== 'NAAR_WERK') return isSuccessfulEnd(row.endReason!);
    if (row.placementJudgement) return row.placementJudgement === 'SUCCESS';
    const placements: PlacementWithHours[] = row.placements.map((p) => ({ id: p.id, contract: contractOf(p), start: p.start, hoursPerWeek: p.hoursPerWeek, ...(p.end ? { end: p.end } : {}) }));
    const judgement = judgeNaarWerkSuccess({
      benefitType: row.benefitType, capacityHoursPerWeek: row.capacityHoursPerWeek, service: { from: row.startedOn, to: row.endedOn! },
      placements, weeklyHours: weeklyHoursFromPlacements(placements, asOf),
      selfEmployedIncome: placements.filter((p) => p.contract.type === 'SELF_EMPLOYED').map((p) => ({ from: p.start, to: p.end ?? asOf })),
      illness: row.illness, asOf,
    });
    return judgement.status === 'PENDING' ? undefined : judgement.status === 'SUCCESS';
  }

  private async financing(manager: EntityManager, row: SettlementRow): Promise<TrajectoryFacts['financing']> {
    if (!row.frameworkId) {
      const fixedPartCents = shareOfPrice(row.priceCents, this.env.IRO_FIXED_SHARE_BP);
      return { model: 'RESULT_FINANCED', fixedPartCents, resultPartCents: row.priceCents - fixedPartCents, placementBonusCents: row.placementBonusCents, rules: UWV_RESULT_PAYMENT_RULES };
    }
    const terms = await this.termsOf(manager, row.frameworkId);
    return { model: 'FRAMEWORK', schedule: terms.schedule[row.route], plannedHours: row.plannedHours, hourlyRateCents: terms.hourlyRateCents };
  }

  /**
   * The payment schedule of the framework's latest terms, read once per framework and version. Terms only ever gain
   * versions, so a cached entry is refreshed when a newer version is published.
   */
  private async termsOf(manager: EntityManager, frameworkId: string): Promise<{ schedule: Record<string, PaymentSchedule>; hourlyRateCents: number }> {
    const terms = await this.frameworks.latestTerms(manager, frameworkId);
    const key = `${frameworkId}:${terms.versionNo}`;
    let cached = this.schedules.get(key);
    if (!cached) {
      cached = { schedule: Object.fromEntries(terms.lots.map((l) => [l.lot, l.payment])), hourlyRateCents: terms.hourlyRateCents };
      this.schedules.set(key, cached);
    }
    return cached;
  }

  /** Started, not final trajectories with their approved plan, placements, illness and booked keys; locked rows skipped. */
  private rows(manager: EntityManager, page: { ids: string[] } | { after: string; limit: number }): Promise<SettlementRow[]> {
    const byId = 'ids' in page;
    return manager.query<SettlementRow[]>(
      `SELECT t.id, t.provider_id AS "providerId", t.route, t.status, t.framework_id AS "frameworkId", to_char(t.started_on, 'YYYY-MM-DD') AS "startedOn",
              to_char(t.ended_on, 'YYYY-MM-DD') AS "endedOn", t.end_reason AS "endReason", t.placement_judgement AS "placementJudgement",
              c.benefit_type AS "benefitType", c.hours_per_week AS "capacityHoursPerWeek",
              p.hours AS "plannedHours", p.price_cents AS "priceCents", p.placement_bonus_cents AS "placementBonusCents",
              COALESCE((SELECT json_agg(json_build_object('id', pl.id, 'contractType', pl.contract_type, 'contractMonths', pl.contract_months,
                        'hoursPerWeek', pl.hours_per_week::float8, 'start', pl.start_on, 'end', pl.end_on)) FROM placement pl WHERE pl.trajectory_id = t.id), '[]') AS placements,
              COALESCE((SELECT json_agg(json_build_object('from', i.from_on, 'to', i.to_on)) FROM illness_period i WHERE i.trajectory_id = t.id), '[]') AS illness,
              ARRAY(SELECT l.key FROM payment_ledger l WHERE l.trajectory_id = t.id) AS "paidKeys"
         FROM trajectory t
         JOIN client_case c ON c.id = t.case_id
         JOIN LATERAL (SELECT pp.hours, pp.price_cents, pp.placement_bonus_cents FROM provider_plan pp
                        WHERE pp.trajectory_id = t.id AND pp.decision = 'APPROVE' ORDER BY pp.version_no DESC LIMIT 1) p ON true
        WHERE t.started_on IS NOT NULL AND t.settled_on IS NULL AND ${byId ? 't.id = ANY($1::uuid[])' : 't.id > $1::uuid'}
        ORDER BY t.id ${byId ? '' : 'LIMIT $2'}
        FOR UPDATE OF t SKIP LOCKED`,
      byId ? [page.ids] : [page.after, page.limit],
    );
  }
}

function contractOf(p: { contractType: ContractType['type']; contractMonths: number | null }): ContractType {
  return p.contractType === 'FIXED_TERM' ? { type: 'FIXED_TERM', months: p.contractMonths! } : { type: p.contractType };
}

/** The scoring outcome of a judged Naar werk trajectory (SC-1). */
export function outcomeOf(judgement: 'SUCCESS' | 'NO_SUCCESS' | 'PENDING', endReason: EndReasonCode | null): string {
  if (judgement === 'PENDING') return 'PENDING';
  if (judgement === 'SUCCESS') return 'SUCCESS';
  return endReason === 'EARLY_RETURN' ? 'EARLY_TERMINATION' : 'UNSUCCESSFUL';
}
