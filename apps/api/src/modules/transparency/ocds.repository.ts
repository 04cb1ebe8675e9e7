import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OcdsTenderRow {
  id: string;
  name: string;
  status: string;
  createdAt: Date;
  publishedAt: Date;
  questionsCloseAt: Date | null;
  bidDeadlineAt: Date | null;
  openedAt: Date | null;
  standstillEndsAt: Date | null;
  standstillDays: number;
  cancelReason: string | null;
}

export interface OcdsLotRow {
  id: string;
  tenderId: string;
  code: string;
  targetGroup: string;
  region: string;
  expectedVolume: number;
  maxPriceCents: number;
  tranches: number;
}

export interface OcdsPartyRow {
  id: string;
  name: string;
  kvkNumber: string | null;
}

/**
 * TR-4 reads for the OCDS releases: published tenders, lots, amendments, awards, contracts and framework admissions.
 * Read-only SQL across the tenders and frameworks tables; of bids only the bidders of opened tenders and their count
 * are read, never sealed content.
 */
@Injectable()
export class OcdsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  tenders(tenderId: string | null): Promise<OcdsTenderRow[]> {
    return this.dataSource.query(
      `SELECT id, name, status, created_at AS "createdAt", published_at AS "publishedAt", questions_close_at AS "questionsCloseAt",
              bid_deadline_at AS "bidDeadlineAt", opened_at AS "openedAt", standstill_ends_at AS "standstillEndsAt",
              standstill_days AS "standstillDays", cancel_reason AS "cancelReason"
         FROM tender WHERE published_at IS NOT NULL AND ($1::uuid IS NULL OR id = $1) ORDER BY published_at, id`,
      [tenderId],
    );
  }

  lots(tenderIds: readonly string[]): Promise<OcdsLotRow[]> {
    return this.dataSource.query(
      `SELECT id, tender_id AS "tenderId", code, target_group AS "targetGroup", region, expected_volume AS "expectedVolume",
              max_price_cents AS "maxPriceCents", tranches FROM tender_lot WHERE tender_id = ANY($1::uuid[]) ORDER BY code`,
      [tenderIds],
    );
  }

  amendments(tenderIds: readonly string[]): Promise<{ tenderId: string; amendmentNo: number; summary: string; publishedAt: Date }[]> {
    return this.dataSource.query(
      `SELECT tender_id AS "tenderId", amendment_no AS "amendmentNo", summary, published_at AS "publishedAt"
         FROM tender_amendment WHERE tender_id = ANY($1::uuid[]) AND published_at IS NOT NULL ORDER BY amendment_no`,
      [tenderIds],
    );
  }

  /** Bidders per lot of opened tenders only (TD-5: nothing about bids is public before opening). */
  bidders(tenderIds: readonly string[]): Promise<{ lotId: string; providerId: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT b.lot_id AS "lotId", b.provider_id AS "providerId" FROM tender_bid b JOIN tender t ON t.id = b.tender_id
        WHERE b.tender_id = ANY($1::uuid[]) AND t.opened_at IS NOT NULL AND b.status <> 'WITHDRAWN'`,
      [tenderIds],
    );
  }

  /** Awarded tranches: lot, tranche id and supplier, from each lot's award result. */
  awards(tenderIds: readonly string[]): Promise<{ lotId: string; trancheId: string; providerId: string }[]> {
    return this.dataSource.query(
      `SELECT a.lot_id AS "lotId", tr->'tranche'->>'trancheId' AS "trancheId", tr->>'bidderId' AS "providerId"
         FROM tender_lot_award a CROSS JOIN LATERAL jsonb_array_elements(a.result->'tranches') tr WHERE a.tender_id = ANY($1::uuid[])`,
      [tenderIds],
    );
  }

  contracts(tenderIds: readonly string[]): Promise<{ id: string; lotId: string; trancheNo: number; providerId: string; averagePriceCents: number; minReferrals: number; createdAt: Date }[]> {
    return this.dataSource.query(
      `SELECT id, lot_id AS "lotId", tranche_no AS "trancheNo", provider_id AS "providerId", average_price_cents AS "averagePriceCents",
              min_referrals AS "minReferrals", created_at AS "createdAt" FROM tender_contract WHERE tender_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [tenderIds],
    );
  }

  frameworks(): Promise<{ id: string; name: string; validFrom: string; validUntil: string | null; createdAt: Date; status: string }[]> {
    return this.dataSource.query(
      `SELECT id, name, valid_from::text AS "validFrom", valid_until::text AS "validUntil", created_at AS "createdAt", status
         FROM framework WHERE status <> 'DRAFT' ORDER BY created_at, id`,
    );
  }

  admissions(): Promise<{ id: string; frameworkId: string; providerId: string; lot: string; status: string; admittedAt: Date }[]> {
    return this.dataSource.query(
      `SELECT id, framework_id AS "frameworkId", provider_id AS "providerId", lot, status, admitted_at AS "admittedAt"
         FROM framework_participation WHERE admitted_at IS NOT NULL ORDER BY admitted_at, id`,
    );
  }

  async parties(ids: readonly string[]): Promise<Map<string, OcdsPartyRow>> {
    const rows = await this.dataSource.query<OcdsPartyRow[]>(`SELECT id, name, kvk_number AS "kvkNumber" FROM organisation WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async buyer(): Promise<OcdsPartyRow | null> {
    const [row] = await this.dataSource.query<OcdsPartyRow[]>(`SELECT id, name, kvk_number AS "kvkNumber" FROM organisation WHERE kind = 'BUYER' ORDER BY created_at, id LIMIT 1`);
    return row ?? null;
  }
}
