import { Injectable } from '@nestjs/common';
import { REGIONS, TARGET_GROUPS } from '@rim/domain';
import { DomainException } from '../../common/problem/error-code.js';
import { EnvDto } from '../../config/env.dto.js';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { OcdsRepository, type OcdsPartyRow, type OcdsTenderRow } from './ocds.repository.js';

export const OCDS_VERSION = '1.1';
const PUBLISHER = { name: 'Re-integratiemarkt (UWV Inkoop Re-integratie)', scheme: null, uid: null, uri: null };
const LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';
const FEED_PAGE_MAX = 1_000;

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: 'tender';
  [field: string]: unknown;
}

export interface OcdsReleasePackage {
  uri: string;
  version: string;
  publishedDate: string;
  publisher: typeof PUBLISHER;
  license: string;
  releases: OcdsRelease[];
  [field: string]: unknown;
}

const OPEN_STATES = ['PUBLISHED', 'SELECTION', 'AWARD_PHASE', 'OPENED', 'EVALUATED'];
const AWARDED_STATES = ['AWARD_DECIDED', 'STANDSTILL', 'CONTRACTED'];
const REGION_NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));
const TARGET_GROUP_NAMES = new Map(TARGET_GROUPS.map((g) => [g.code, g.nameNl]));
const iso = (d: Date) => new Date(d).toISOString();
const euros = (cents: number) => ({ amount: cents / 100, currency: 'EUR' });

function party(row: OcdsPartyRow, roles: string[]) {
  const id = row.kvkNumber ? `NL-KVK-${row.kvkNumber}` : `rim-${row.id}`;
  return { id, name: row.name, identifier: row.kvkNumber ? { scheme: 'NL-KVK', id: row.kvkNumber, legalName: row.name } : { scheme: null, id: row.id }, roles };
}
const reference = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });

function tenderStatus(t: OcdsTenderRow): 'active' | 'complete' | 'cancelled' {
  if (t.status === 'CANCELLED') return 'cancelled';
  return OPEN_STATES.includes(t.status) ? 'active' : 'complete';
}

/** The feed's order and cursor: by release date, then id; the cursor names the last release read. */
const byFeedOrder = (a: OcdsRelease, b: OcdsRelease) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
export const encodeCursor = (r: Pick<OcdsRelease, 'date' | 'id'>) => Buffer.from(JSON.stringify([r.date, r.id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // falls through to the validation problem
  }
  throw new DomainException('VALIDATION_FAILED', 'The cursor is not one this feed handed out.', [{ field: 'cursor', message: 'use nextCursor of an earlier page' }]);
}

/**
 * TR-4: OCDS 1.1 releases of every published tender (planning, tender, amendments, awards per lot, contracts) and
 * of the open framework (its tender and each admission as an award), packaged, paged as a change feed, exported.
 */
@Injectable()
export class OcdsService {
  /** The publisher's registered OCID prefix (OCDS_OCID_PREFIX). */
  private readonly ocidPrefix: string;

  constructor(
    private readonly repository: OcdsRepository,
    private readonly cache: DataVersionCache,
    env: EnvDto,
  ) {
    this.ocidPrefix = env.OCDS_OCID_PREFIX;
  }

  async tenderPackage(tenderId: string, baseUrl: string): Promise<OcdsReleasePackage> {
    const releases = await this.tenderReleases(tenderId);
    if (releases.length === 0) throw new DomainException('NOT_FOUND', 'No published tender with this id.');
    return this.package(releases, `${baseUrl}/api/public/ocds/tenders/${tenderId}`);
  }

  /** The whole market in one package (bulk download). */
  async export(baseUrl: string): Promise<OcdsReleasePackage> {
    return this.package(await this.allReleases(), `${baseUrl}/api/public/ocds/export`);
  }

  /** The change feed: releases after `cursor` in (date, id) order; a release never moves, so a cursor stays valid. */
  async feed(cursor: string | undefined, limit: number, baseUrl: string): Promise<OcdsReleasePackage & { nextCursor: string | null; links: { next: string | null } }> {
    const after = cursor ? decodeCursor(cursor) : null;
    const all = await this.allReleases();
    const start = after ? all.findIndex((r) => byFeedOrder(r, { date: after[0], id: after[1] } as OcdsRelease) > 0) : 0;
    const page = start < 0 ? [] : all.slice(start, start + Math.min(limit, FEED_PAGE_MAX));
    const last = page[page.length - 1];
    const more = last !== undefined && start + page.length < all.length;
    const nextCursor = more ? encodeCursor(last) : null;
    const self = `${baseUrl}/api/public/ocds/releases?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    return {
      ...this.package(page, self), nextCursor,
      links: { next: nextCursor ? `${baseUrl}/api/public/ocds/releases?limit=${limit}&cursor=${nextCursor}` : null },
    };
  }

  private allReleases(): Promise<OcdsRelease[]> {
    return this.cache.get('ocds:all', async () => [...(await this.tenderReleases(null)), ...(await this.frameworkReleases())].sort(byFeedOrder));
  }

  private package(releases: OcdsRelease[], uri: string): OcdsReleasePackage {
    const latest = releases.reduce((max, r) => (r.date > max ? r.date : max), '1970-01-01T00:00:00.000Z');
    return { uri, version: OCDS_VERSION, publishedDate: latest, publisher: PUBLISHER, license: LICENSE, releases };
  }

  private async tenderReleases(tenderId: string | null): Promise<OcdsRelease[]> {
    const tenders = await this.repository.tenders(tenderId);
    if (tenders.length === 0) return [];
    const ids = tenders.map((t) => t.id);
    const [lots, amendments, bidders, awards, contracts, buyerRow] = await Promise.all([
      this.repository.lots(ids), this.repository.amendments(ids), this.repository.bidders(ids),
      this.repository.awards(ids), this.repository.contracts(ids), this.repository.buyer(),
    ]);
    const providers = await this.repository.parties([...new Set([...bidders, ...awards, ...contracts].map((x) => x.providerId))]);
    const buyer = buyerRow ? party(buyerRow, ['buyer', 'procuringEntity']) : null;
    const releases: OcdsRelease[] = [];
    for (const t of tenders) {
      const ocid = `${this.ocidPrefix}-tender-${t.id}`;
      const tenderLots = lots.filter((l) => l.tenderId === t.id);
      const lotIds = new Set(tenderLots.map((l) => l.id));
      const lotCode = new Map(tenderLots.map((l) => [l.id, l.code]));
      const tenderBidders = [...new Set(bidders.filter((b) => lotIds.has(b.lotId)).map((b) => b.providerId))].map((id) => providers.get(id)!).filter(Boolean);
      const supplierParties = (ids: string[]) => [...new Set(ids)].map((id) => providers.get(id)).filter((p): p is OcdsPartyRow => !!p);
      const base = (id: string, date: Date, tag: string[], parties: ReturnType<typeof party>[]) => ({
        ocid, id: `${ocid}-${id}`, date: iso(date), tag, initiationType: 'tender' as const, language: 'nl',
        ...(buyer ? { buyer: reference(buyer) } : {}), parties: buyer ? [buyer, ...parties] : parties,
      });
      const items = tenderLots.map((l) => ({
        id: l.code,
        description: `Re-integratiedienst voor ${TARGET_GROUP_NAMES.get(l.targetGroup) ?? l.targetGroup} in ${REGION_NAMES.get(l.region) ?? l.region}`,
        classification: { scheme: 'CPV', id: '79611000', description: 'Diensten voor het zoeken naar banen' },
        additionalClassifications: [{ scheme: 'rim-target-group', id: l.targetGroup }, { scheme: 'rim-region', id: l.region }],
        quantity: l.expectedVolume,
        unit: { name: 'traject', value: euros(l.maxPriceCents) },
      }));
      const budget = tenderLots.reduce((s, l) => s + l.expectedVolume * l.maxPriceCents, 0);
      releases.push({
        ...base('planning', t.publishedAt, ['planning'], []),
        planning: { rationale: `Inkoop van re-integratiediensten: ${t.name}`, budget: { description: 'verwachte volumes × maximumprijzen van de percelen', amount: euros(budget) } },
        tender: { id: t.id, title: t.name, status: 'planned', items },
      });
      releases.push({
        ...base('tender', t.publishedAt, ['tender'], tenderBidders.map((p) => party(p, ['tenderer']))),
        tender: {
          id: t.id, title: t.name, status: tenderStatus(t), ...(t.cancelReason ? { statusDetails: t.cancelReason } : {}),
          procurementMethod: 'selective', procurementMethodDetails: 'Selectie gevolgd door inschrijving per perceel (TD)', mainProcurementCategory: 'services',
          awardCriteria: 'ratedCriteria', awardCriteriaDetails: 'Prijs, uitval, plaatsing, duur, doelgroep- en regiopassing (TD-5)', items,
          value: euros(budget), datePublished: iso(t.publishedAt),
          tenderPeriod: { startDate: iso(t.publishedAt), ...(t.bidDeadlineAt ? { endDate: iso(t.bidDeadlineAt) } : {}) },
          ...(t.questionsCloseAt ? { enquiryPeriod: { startDate: iso(t.publishedAt), endDate: iso(t.questionsCloseAt) } } : {}),
          ...(t.openedAt ? { numberOfTenderers: tenderBidders.length, tenderers: tenderBidders.map((p) => reference(party(p, []))) } : {}),
          amendments: amendments.filter((a) => a.tenderId === t.id).map((a) => ({ id: String(a.amendmentNo), date: iso(a.publishedAt), description: a.summary })),
        },
      });
      for (const a of amendments.filter((x) => x.tenderId === t.id)) {
        releases.push({
          ...base(`amendment-${a.amendmentNo}`, a.publishedAt, ['tenderAmendment'], []),
          tender: { id: t.id, title: t.name, amendments: [{ id: String(a.amendmentNo), date: iso(a.publishedAt), description: a.summary, amendsReleaseID: `${ocid}-tender` }] },
        });
      }
      if (!AWARDED_STATES.includes(t.status)) continue;
      const awardDate = t.standstillEndsAt ? new Date(new Date(t.standstillEndsAt).getTime() - t.standstillDays * 86_400_000) : t.openedAt ?? t.publishedAt;
      for (const lot of tenderLots) {
        const lotAwards = awards.filter((a) => a.lotId === lot.id);
        if (lotAwards.length === 0) continue;
        const suppliers = supplierParties(lotAwards.map((a) => a.providerId));
        releases.push({
          ...base(`award-${lot.code}`, awardDate, ['award'], suppliers.map((p) => party(p, ['supplier']))),
          awards: [{
            id: `${t.id}-${lot.code}`, title: `Gunning perceel ${lot.code}`, status: t.status === 'CONTRACTED' ? 'active' : 'pending', date: iso(awardDate),
            suppliers: suppliers.map((p) => reference(party(p, []))), items: items.filter((i) => i.id === lot.code),
            ...(t.standstillEndsAt ? { contractPeriod: { startDate: iso(t.standstillEndsAt) } } : {}),
          }],
        });
      }
      for (const c of contracts.filter((x) => lotIds.has(x.lotId))) {
        const supplier = supplierParties([c.providerId]);
        releases.push({
          ...base(`contract-${c.id}`, c.createdAt, ['contract'], supplier.map((p) => party(p, ['supplier']))),
          contracts: [{
            id: c.id, awardID: `${t.id}-${lotCode.get(c.lotId)}`, title: `Contract perceel ${lotCode.get(c.lotId)}, tranche ${c.trancheNo}`, status: 'active',
            dateSigned: iso(c.createdAt), value: euros(c.averagePriceCents * c.minReferrals),
            description: `Gemiddelde prijs per traject ${c.averagePriceCents / 100} euro; minimaal ${c.minReferrals} verwijzingen`,
          }],
        });
      }
    }
    return releases;
  }

  /** The open framework: one tender release per framework and each admission published as an award (TR-4). */
  private async frameworkReleases(): Promise<OcdsRelease[]> {
    const [frameworks, admissions, buyerRow] = await Promise.all([this.repository.frameworks(), this.repository.admissions(), this.repository.buyer()]);
    const providers = await this.repository.parties([...new Set(admissions.map((a) => a.providerId))]);
    const buyer = buyerRow ? party(buyerRow, ['buyer', 'procuringEntity']) : null;
    const releases: OcdsRelease[] = [];
    for (const f of frameworks) {
      const ocid = `${this.ocidPrefix}-framework-${f.id}`;
      const base = { ocid, initiationType: 'tender' as const, language: 'nl', ...(buyer ? { buyer: reference(buyer) } : {}) };
      releases.push({
        ...base, id: `${ocid}-tender`, date: iso(f.createdAt), tag: ['tender'], parties: buyer ? [buyer] : [],
        tender: {
          id: f.id, title: f.name, status: f.status === 'CLOSED' ? 'complete' : 'active', procurementMethod: 'open',
          procurementMethodDetails: 'Open raamovereenkomst: toelating van iedere aanbieder die aan de eisen voldoet (FW)', mainProcurementCategory: 'services',
          tenderPeriod: { startDate: `${f.validFrom}T00:00:00Z`, ...(f.validUntil ? { endDate: `${f.validUntil}T00:00:00Z` } : {}) },
        },
      });
      for (const a of admissions.filter((x) => x.frameworkId === f.id)) {
        const supplier = providers.get(a.providerId);
        if (!supplier) continue;
        const p = party(supplier, ['supplier']);
        releases.push({
          ...base, id: `${ocid}-admission-${a.id}`, date: iso(a.admittedAt), tag: ['award'], parties: buyer ? [buyer, p] : [p],
          awards: [{
            id: a.id, title: `Toelating ${a.lot}`, status: ['ADMITTED', 'ACTIVE', 'SUSPENDED'].includes(a.status) ? 'active' : 'cancelled', statusDetails: a.status,
            date: iso(a.admittedAt), suppliers: [reference(p)], items: [{ id: a.lot, description: `Perceel ${a.lot} van de open raamovereenkomst` }],
          }],
        });
      }
    }
    return releases;
  }
}
