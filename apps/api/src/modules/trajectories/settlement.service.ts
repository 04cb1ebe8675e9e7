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
import { groupBy } from '../../common/group-by.js';
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

interface FrameworkPayment {
  schedule: Record<string, PaymentSchedule>;
  hourlyRateCents: number;
}

/**
 * IC-10: every payment comes from `settle` over the trajectory's facts and goes into the append-only ledger under its
 * idempotency key, so a payment is booked once whoever asks, however often: the purchase order, the approved end
 * report, or the settlement run that books what fell due later (IRO result part and bonus after two months of work,
 * the Naar werk success part once IC-9 judges the placement records).
 */
@Injectable()
export class SettlementService {
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
    const terms = await this.frameworkPayments(tx.manager, rows);
    const decided = rows.map((row) => ({ row, settlement: this.decide(row, this.financing(row, terms), asOf) }));
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
    // One statement per value with = ANY: an UPDATE joined to unnest() is planned as a scan of the whole table.
    const ids = (keep: (s: Settlement) => boolean | undefined) => results.filter(({ settlement }) => keep(settlement)).map(({ row }) => row.id);
    for (const judgement of ['SUCCESS', 'NO_SUCCESS'] as const) {
      const judgedIds = ids((s) => s.judged === judgement);
      if (judgedIds.length) await tx.manager.query('UPDATE trajectory SET placement_judgement = $2 WHERE id = ANY($1::uuid[])', [judgedIds, judgement]);
    }
    const finalIds = ids((s) => s.final);
    if (finalIds.length) await tx.manager.query('UPDATE trajectory SET settled_on = $2 WHERE id = ANY($1::uuid[])', [finalIds, asOf]);
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

  private financing(row: SettlementRow, terms: ReadonlyMap<string, FrameworkPayment>): TrajectoryFacts['financing'] {
    if (!row.frameworkId) {
      const fixedPartCents = shareOfPrice(row.priceCents, this.env.IRO_FIXED_SHARE_BP);
      return { model: 'RESULT_FINANCED', fixedPartCents, resultPartCents: row.priceCents - fixedPartCents, placementBonusCents: row.placementBonusCents, rules: UWV_RESULT_PAYMENT_RULES };
    }
    const { schedule, hourlyRateCents } = terms.get(row.frameworkId)!;
    return { model: 'FRAMEWORK', schedule: schedule[row.route], plannedHours: row.plannedHours, hourlyRateCents };
  }

  /** The payment schedules of the frameworks' latest terms, one read per framework. */
  private async frameworkPayments(manager: EntityManager, rows: SettlementRow[]): Promise<Map<string, FrameworkPayment>> {
    const ids = [...new Set(rows.map((r) => r.frameworkId).filter((id): id is string => id !== null))];
    return new Map(await Promise.all(ids.map(async (id) => {
      const terms = await this.frameworks.latestTerms(manager, id);
      return [id, { schedule: Object.fromEntries(terms.lots.map((l) => [l.lot, l.payment])), hourlyRateCents: terms.hourlyRateCents }] as const;
    })));
  }

  /**
   * Started, not final trajectories with their approved plan, placements, illness and booked keys; rows another
   * transaction holds are skipped. The page is locked first and its facts read by id, in a few set-based reads.
   */
  private async rows(manager: EntityManager, page: { ids: string[] } | { after: string; limit: number }): Promise<SettlementRow[]> {
    const byId = 'ids' in page;
    const locked = await manager.query<{ id: string }[]>(
      `SELECT id FROM trajectory WHERE started_on IS NOT NULL AND settled_on IS NULL AND ${byId ? 'id = ANY($1::uuid[])' : 'id > $1::uuid'}
        ORDER BY id ${byId ? '' : 'LIMIT $2'} FOR UPDATE SKIP LOCKED`,
      byId ? [page.ids] : [page.after, page.limit],
    );
    const ids = locked.map((r) => r.id);
    if (!ids.length) return [];
    // One after the other: the reads share the transaction's connection.
    const facts = await manager.query<Omit<SettlementRow, 'placements' | 'illness' | 'paidKeys'>[]>(
        `SELECT t.id, t.provider_id AS "providerId", t.route, t.status, t.framework_id AS "frameworkId", to_char(t.started_on, 'YYYY-MM-DD') AS "startedOn",
                to_char(t.ended_on, 'YYYY-MM-DD') AS "endedOn", t.end_reason AS "endReason", t.placement_judgement AS "placementJudgement",
                c.benefit_type AS "benefitType", c.hours_per_week AS "capacityHoursPerWeek",
                p.hours AS "plannedHours", p.price_cents AS "priceCents", p.placement_bonus_cents AS "placementBonusCents"
           FROM trajectory t
           JOIN client_case c ON c.id = t.case_id
           JOIN LATERAL (SELECT pp.hours, pp.price_cents, pp.placement_bonus_cents FROM provider_plan pp
                          WHERE pp.trajectory_id = t.id AND pp.decision = 'APPROVE' ORDER BY pp.version_no DESC LIMIT 1) p ON true
          WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`, [ids]);
    const placements = await manager.query<(SettlementRow['placements'][number] & { trajectoryId: string })[]>(
        `SELECT trajectory_id AS "trajectoryId", id, contract_type AS "contractType", contract_months AS "contractMonths", hours_per_week::float8 AS "hoursPerWeek",
                to_char(start_on, 'YYYY-MM-DD') AS start, to_char(end_on, 'YYYY-MM-DD') AS "end" FROM placement WHERE trajectory_id = ANY($1::uuid[])`, [ids]);
    const illness = await manager.query<(DatePeriod & { trajectoryId: string })[]>(
        `SELECT trajectory_id AS "trajectoryId", to_char(from_on, 'YYYY-MM-DD') AS "from", to_char(to_on, 'YYYY-MM-DD') AS "to" FROM illness_period WHERE trajectory_id = ANY($1::uuid[])`, [ids]);
    const keys = await manager.query<{ trajectoryId: string; key: string }[]>(`SELECT trajectory_id AS "trajectoryId", key FROM payment_ledger WHERE trajectory_id = ANY($1::uuid[])`, [ids]);
    const [placementsOf, illnessOf, keysOf] = [groupBy(placements, (p) => p.trajectoryId), groupBy(illness, (i) => i.trajectoryId), groupBy(keys, (k) => k.trajectoryId)];
    return facts.map((f) => ({
      ...f,
      placements: (placementsOf.get(f.id) ?? []).map(({ trajectoryId: _, ...p }) => p),
      illness: (illnessOf.get(f.id) ?? []).map(({ from, to }) => ({ from, to })),
      paidKeys: (keysOf.get(f.id) ?? []).map((k) => k.key),
    }));
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
