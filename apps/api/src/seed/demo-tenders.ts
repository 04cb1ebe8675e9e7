import type { INestApplicationContext } from '@nestjs/common';
import { OrganisationKind, Role } from '@rim/contracts';
import { generateSyntheticBids } from '@rim/market-sim';
import { DataSource } from 'typeorm';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock/clock.service.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { UsersService } from '../modules/identity/users.service.js';
import { AwardService } from '../modules/tenders/award.service.js';
import { BidsService } from '../modules/tenders/bids.service.js';
import { CreateTenderDto } from '../modules/tenders/dto/tender.dto.js';
import { TenderEntity } from '../modules/tenders/entities/tender.entity.js';
import { EvaluationService } from '../modules/tenders/evaluation.service.js';
import { TendersService } from '../modules/tenders/tenders.service.js';

export const PAST_TENDER = 'Aanbesteding re-integratie WW 2024';
export const OPEN_TENDER = 'Aanbesteding re-integratie arbeidsgehandicapten 2027';

const DAY = 86_400_000;

const WEIGHTS = { PRICE: 30, DROP_OUT: 10, PLACEMENT: 30, DURATION: 10, TARGET_GROUP_FIT: 10, REGIONAL_FIT: 10 };
const LOT_TERMS = { expectedVolume: 120, tranches: 2, minReferrals: 25, maxPriceCents: 450_000, maxDurationDays: 365, financing: { fixedShareBp: 5_000, durabilityMonths: 6, bonusCents: 25_000 } };

interface DemoPeople {
  officer: Actor;
  evaluators: Actor[];
  /** Provider organisations that take part, each with an acting user. */
  bidders: Actor[];
  /** beheer@aanbieder.demo, shortlisted in the open tender so the demo can bid. */
  demoProvider: Actor;
}

const at = (iso: string) => new Date(iso);

/**
 * TD demo data: a tender of 2024 taken through every step to contracts, by the same services the API uses (the
 * clock is moved through its timetable), and a tender open for bids now.
 */
export async function seedDemoTenders(app: INestApplicationContext, people: DemoPeople): Promise<string[]> {
  const repo = app.get(DataSource).getRepository(TenderEntity);
  const done: string[] = [];
  if (!(await repo.existsBy({ name: PAST_TENDER }))) {
    await pastTender(app, people);
    done.push(PAST_TENDER);
  }
  if (!(await repo.existsBy({ name: OPEN_TENDER }))) {
    await openTender(app, people);
    done.push(OPEN_TENDER);
  }
  return done;
}

function tenderInput(name: string, timetable: Pick<CreateTenderDto, 'questionsCloseAt' | 'selectionDeadlineAt' | 'bidDeadlineAt'>, targetGroups: string[], regions: string[]): CreateTenderDto {
  return { name, ...timetable, weights: WEIGHTS, targetGroups, regions, lotTerms: LOT_TERMS, standstillDays: 20 };
}

async function pastTender(app: INestApplicationContext, { officer, evaluators, bidders }: DemoPeople): Promise<void> {
  const clock = app.get(Clock);
  const tenders = app.get(TendersService);
  const bids = app.get(BidsService);
  const evaluation = app.get(EvaluationService);
  const award = app.get(AwardService);
  try {
    clock.travelTo(at('2024-01-08T09:00:00Z'));
    const draft = await tenders.create(officer, tenderInput(PAST_TENDER, { questionsCloseAt: '2024-01-31T23:00:00Z', selectionDeadlineAt: '2024-02-01T11:00:00Z', bidDeadlineAt: '2024-03-01T11:00:00Z' }, ['WW-01', 'WW-02', 'WW-03'], ['AMR-01', 'AMR-02', 'AMR-03', 'AMR-04']));
    const tender = await tenders.publish(officer, draft.id, draft.version);
    clock.travelTo(at('2024-01-20T09:00:00Z'));
    for (const bidder of bidders) {
      for (const lot of tender.lots) await bids.requestParticipation(bidder, tender.id, lot.id, { newcomer: false, experienceTrajectories: 40 });
    }
    clock.travelTo(at('2024-02-05T09:00:00Z'));
    await tenders.act(officer, tender.id, { type: 'CLOSE_SELECTION_REQUESTS' });
    for (const request of await bids.selectionRequests(tender.id)) await bids.decideSelection(officer, tender.id, request.id, { shortlist: true });
    await tenders.act(officer, tender.id, { type: 'PUBLISH_SHORTLIST' });
    clock.travelTo(at('2024-02-20T09:00:00Z'));
    for (const [b, bidder] of bidders.entries()) {
      for (const [l, lot] of tender.lots.entries()) {
        const [content] = generateSyntheticBids(1_000 * l + b, lot.id, { maxPriceCents: lot.maxPriceCents, maxDurationDays: lot.maxDurationDays }, 1);
        await bids.submit(bidder, tender.id, lot.id, {
          priceCents: content!.priceCents, ...content!.promised,
          targetGroupPlan: 'Individuele begeleiding met jobcoaching op de werkplek en nazorg van zes maanden.',
          regionalPlan: 'Samenwerking met het werkgeversservicepunt en de gemeenten in de regio.',
        });
      }
    }
    clock.travelTo(at('2024-03-04T09:00:00Z'));
    await bids.open(officer, tender.id);
    for (const member of evaluators) await evaluation.assignEvaluator(officer, tender.id, member.userId);
    const opened = await bids.openedBids(tender.id);
    for (const bid of opened) {
      for (const criterion of ['TARGET_GROUP_FIT', 'REGIONAL_FIT'] as const) {
        const base = 5 + (parseInt(bid.commitment.slice(0, 2), 16) % 5);
        for (const [i, member] of evaluators.entries()) await evaluation.score(member, tender.id, bid.bidId, criterion, Math.min(10, base + i));
        await evaluation.consensus(officer, tender.id, bid.bidId, criterion, { score: base, rationale: 'Vastgesteld in het consensusoverleg van het beoordelingspanel.' });
      }
    }
    clock.travelTo(at('2024-03-18T09:00:00Z'));
    await award.completeEvaluation(officer, tender.id);
    await award.decide(officer, tender.id);
    await award.notify(officer, tender.id);
    clock.travelTo(at('2024-04-15T09:00:00Z'));
    await award.contract(officer, tender.id);
  } finally {
    clock.reset();
  }
}

/** Open for bids now: its selection closed two days ago with the demo provider and two others on the shortlist. */
async function openTender(app: INestApplicationContext, { officer, bidders, demoProvider }: DemoPeople): Promise<void> {
  const clock = app.get(Clock);
  const tenders = app.get(TendersService);
  const bids = app.get(BidsService);
  const now = clock.now().getTime();
  try {
    clock.travelTo(new Date(now - 30 * DAY));
    const draft = await tenders.create(officer, {
      ...tenderInput(OPEN_TENDER, { questionsCloseAt: new Date(now + 14 * DAY).toISOString(), selectionDeadlineAt: new Date(now - 2 * DAY).toISOString(), bidDeadlineAt: new Date(now + 28 * DAY).toISOString() }, ['AG-01', 'AG-02', 'AG-03', 'AG-04'], ['AMR-05', 'AMR-06', 'AMR-07']),
      openingQuorum: true, freeSpaceLots: [{ targetGroup: 'AG-04', region: 'AMR-07', purpose: 'INNOVATION' }],
    });
    const tender = await tenders.publish(officer, draft.id, draft.version);
    clock.travelTo(new Date(now - 20 * DAY));
    for (const participant of [demoProvider, ...bidders.slice(1, 3)]) {
      for (const lot of tender.lots.slice(0, 3)) await bids.requestParticipation(participant, tender.id, lot.id, { newcomer: participant === demoProvider, experienceTrajectories: participant === demoProvider ? 0 : 25 });
    }
    clock.travelTo(new Date(now - DAY));
    await tenders.act(officer, tender.id, { type: 'CLOSE_SELECTION_REQUESTS' });
    for (const request of await bids.selectionRequests(tender.id)) await bids.decideSelection(officer, tender.id, request.id, { shortlist: true });
    await tenders.act(officer, tender.id, { type: 'PUBLISH_SHORTLIST' });
  } finally {
    clock.reset();
  }
}

/**
 * Acting users for the demo tenders: the demo officer and evaluator (created with the other demo logins), a second
 * panel member, and one bidder account per organisation.
 */
export async function demoPeople(app: INestApplicationContext, buyerId: string, bidderOrganisations: string[], password: string): Promise<DemoPeople> {
  const users = app.get(UsersService);
  const repo = app.get(DataSource).getRepository(UserEntity);
  const ensure = async (email: string, name: string, role: Role, organisationId: string): Promise<UserEntity> => {
    const existing = await repo.findOneBy({ email });
    if (existing) return existing;
    await users.create(null, { email, name, role, organisationId, password });
    return repo.findOneByOrFail({ email });
  };
  const actor = (u: UserEntity, kind: OrganisationKind) => new Actor(u.id, u.role, u.organisationId, kind);
  const officer = await repo.findOneByOrFail({ email: 'officer@uwv.demo' });
  const evaluators = [
    await repo.findOneByOrFail({ email: 'evaluator@uwv.demo' }),
    await ensure('evaluator2@uwv.demo', 'Tweede Beoordelaar Demo', Role.BuyerEvaluator, buyerId),
  ];
  const bidders: UserEntity[] = [];
  for (const [i, organisationId] of bidderOrganisations.entries()) {
    bidders.push(await ensure(`inschrijver${i + 1}@aanbieder.demo`, `Inschrijver ${i + 1} Demo`, Role.ProviderAdmin, organisationId));
  }
  return {
    demoProvider: actor(await repo.findOneByOrFail({ email: 'beheer@aanbieder.demo' }), OrganisationKind.Provider),
    officer: actor(officer, OrganisationKind.Buyer),
    evaluators: evaluators.map((e) => actor(e, OrganisationKind.Buyer)),
    bidders: bidders.map((b) => actor(b, OrganisationKind.Provider)),
  };
}
