import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@rim/contracts';
import { bidCommitment, merkleProof, merkleRoot, type SealedBidContent } from '@rim/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { BidVault } from './bid-vault.js';
import {
  BidReceiptDto, MerkleProofDto, MerkleRootDto, OpenedBidDto, OpeningDto, SelectionDecisionDto, SelectionRequestDto, SelectionRequestInputDto, SubmitBidDto,
} from './dto/tender.dto.js';
import { SealedBidEntity } from './entities/sealed-bid.entity.js';
import { SelectionRequestEntity } from './entities/selection-request.entity.js';
import { TenderLotEntity } from './entities/tender-lot.entity.js';
import { TenderEntity } from './entities/tender.entity.js';
import { TendersService } from './tenders.service.js';

/** TD-3 experience criterion: trajectories in the last 3 years a non-newcomer must show. */
const MIN_EXPERIENCE_TRAJECTORIES = 10;

/** What is encrypted: the content and the salt, so the opening can check every bid against its commitment. */
interface SealedPlaintext {
  salt: string;
  content: SealedBidContent;
}

function toReceipt(b: SealedBidEntity, salt?: string): BidReceiptDto {
  return { bidId: b.id, lotId: b.lotId, commitment: b.commitment, ...(salt ? { salt } : {}), status: b.status, submittedAt: b.submittedAt.toISOString() };
}

/** TD-3 selection, TD-5 sealed bids with receipts and the Merkle root, TD-6 opening. */
@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tenders: TendersService,
    private readonly vault: BidVault,
  ) {}

  async requestParticipation(actor: Actor, tenderId: string, lotId: string, dto: SelectionRequestInputDto): Promise<SelectionRequestDto> {
    this.assertProvider(actor);
    const id = await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'REQUEST_PARTICIPATION', tx.now);
      await this.lot(tx.manager, tenderId, lotId);
      const existing = await tx.manager.findOneBy(SelectionRequestEntity, { lotId, providerId: actor.organisationId });
      if (existing) throw new DomainException('CONFLICT', 'You asked to take part in this lot already.');
      const request = tx.manager.create(SelectionRequestEntity, {
        lotId, providerId: actor.organisationId, newcomer: dto.newcomer, experienceTrajectories: dto.experienceTrajectories, status: 'REQUESTED', reason: null, requestedAt: tx.now, decidedAt: null,
      });
      await tx.manager.insert(SelectionRequestEntity, request);
      await tx.audit({ action: 'tender.participation-requested', entityType: 'tender-selection-request', entityId: request.id, data: { tenderId, lotId, newcomer: dto.newcomer } });
      return request.id;
    });
    return (await this.selectionRequests(tenderId, { id }))[0]!;
  }

  /** TD-3: a decision with reasons; newcomers to the target group are exempt from the experience criterion. */
  async decideSelection(actor: Actor, tenderId: string, requestId: string, dto: SelectionDecisionDto): Promise<SelectionRequestDto> {
    if (!dto.shortlist && !dto.reason?.trim()) throw new DomainException('VALIDATION_FAILED', 'A refusal needs a reason.', [{ field: 'reason', message: 'required when not shortlisted' }]);
    await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'RECORD_SELECTION_DECISION', tx.now);
      const request = await tx.manager.findOne(SelectionRequestEntity, { where: { id: requestId }, relations: { lot: true } });
      if (!request || request.lot?.tenderId !== tenderId) throw new DomainException('NOT_FOUND', 'No such request.');
      if (dto.shortlist && !request.newcomer && request.experienceTrajectories < MIN_EXPERIENCE_TRAJECTORIES) {
        throw new DomainException('VALIDATION_FAILED', `Without the newcomer exemption the experience criterion asks ${MIN_EXPERIENCE_TRAJECTORIES} trajectories.`, [{ field: 'shortlist', message: 'the experience criterion is not met' }]);
      }
      await tx.manager.update(SelectionRequestEntity, { id: requestId }, { status: dto.shortlist ? 'SHORTLISTED' : 'REJECTED', reason: dto.reason ?? null, decidedAt: tx.now });
      await tx.audit({ action: 'tender.selection-decided', entityType: 'tender-selection-request', entityId: requestId, data: { shortlist: dto.shortlist, reason: dto.reason ?? null } });
    });
    return (await this.selectionRequests(tenderId, { id: requestId }))[0]!;
  }

  async selectionRequests(tenderId: string, filter: { id?: string; providerId?: string } = {}): Promise<SelectionRequestDto[]> {
    const rows = await this.dataSource.query<{ id: string; lot_id: string; code: string; provider_id: string; name: string; newcomer: boolean; experience_trajectories: number; status: string; reason: string | null }[]>(
      `SELECT r.id, r.lot_id, l.code, r.provider_id, o.name, r.newcomer, r.experience_trajectories, r.status, r.reason
         FROM tender_selection_request r JOIN tender_lot l ON l.id = r.lot_id JOIN organisation o ON o.id = r.provider_id
        WHERE l.tender_id = $1 AND ($2::uuid IS NULL OR r.id = $2) AND ($3::uuid IS NULL OR r.provider_id = $3)
        ORDER BY l.code, o.name`,
      [tenderId, filter.id ?? null, filter.providerId ?? null],
    );
    return rows.map((r) => ({ id: r.id, lotId: r.lot_id, lotCode: r.code, providerId: r.provider_id, providerName: r.name, newcomer: r.newcomer, experienceTrajectories: r.experience_trajectories, status: r.status, reason: r.reason }));
  }

  /** TD-5: encrypted at once; a new bid replaces the bidder's earlier one for the lot. The salt is returned only here. */
  async submit(actor: Actor, tenderId: string, lotId: string, dto: SubmitBidDto): Promise<BidReceiptDto> {
    this.assertProvider(actor);
    const salt = randomBytes(16).toString('hex');
    const content = { priceCents: dto.priceCents, dropOutBp: dto.dropOutBp, placementBp: dto.placementBp, durationDays: dto.durationDays, targetGroupPlan: dto.targetGroupPlan, regionalPlan: dto.regionalPlan };
    const bid = await this.uow.run(actor, async (tx) => {
      const tender = await this.writableForBidder(tx, actor, tenderId, lotId, 'SUBMIT_BID');
      const lot = await this.lot(tx.manager, tenderId, lotId);
      const errors = [
        ...(dto.priceCents > lot.maxPriceCents ? [{ field: 'priceCents', message: `must not exceed the lot maximum of ${lot.maxPriceCents} cents` }] : []),
        ...(dto.durationDays > lot.maxDurationDays ? [{ field: 'durationDays', message: `must not exceed the lot maximum of ${lot.maxDurationDays} days` }] : []),
      ];
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The bid exceeds the lot maximum.', errors);
      await tx.manager.update(SealedBidEntity, { lotId, providerId: actor.organisationId, status: 'ACTIVE' }, { status: 'REPLACED' });
      const sealed = this.vault.encrypt(tender.bidPublicKey, tenderId, lotId, JSON.stringify({ salt, content } satisfies SealedPlaintext));
      const entity = tx.manager.create(SealedBidEntity, {
        tenderId, lotId, providerId: actor.organisationId, status: 'ACTIVE', ...sealed, commitment: bidCommitment(salt, content),
        confirmedAmendmentNo: tender.materialAmendmentNo, submittedAt: tx.now, openedContent: null,
      });
      await tx.manager.insert(SealedBidEntity, entity);
      await tx.audit({ action: 'tender.bid-submitted', entityType: 'tender-bid', entityId: entity.id, data: { tenderId, lotId, commitment: entity.commitment } });
      return entity;
    });
    return toReceipt(bid, salt);
  }

  async withdraw(actor: Actor, tenderId: string, lotId: string): Promise<BidReceiptDto> {
    this.assertProvider(actor);
    const bid = await this.uow.run(actor, async (tx) => {
      await this.writableForBidder(tx, actor, tenderId, lotId, 'WITHDRAW_BID');
      const active = await tx.manager.findOneBy(SealedBidEntity, { lotId, providerId: actor.organisationId, status: 'ACTIVE' });
      if (!active) throw new DomainException('NOT_FOUND', 'You have no bid on this lot.');
      active.status = 'WITHDRAWN';
      await tx.manager.update(SealedBidEntity, { id: active.id }, { status: 'WITHDRAWN' });
      await tx.audit({ action: 'tender.bid-withdrawn', entityType: 'tender-bid', entityId: active.id, data: { tenderId, lotId } });
      return active;
    });
    return toReceipt(bid);
  }

  /** TD-4: after a material amendment, the bidder keeps its bid by re-confirming it before the deadline. */
  async confirm(actor: Actor, tenderId: string, lotId: string): Promise<BidReceiptDto> {
    this.assertProvider(actor);
    const bid = await this.uow.run(actor, async (tx) => {
      const tender = await this.writableForBidder(tx, actor, tenderId, lotId, 'SUBMIT_BID');
      const active = await tx.manager.findOneBy(SealedBidEntity, { lotId, providerId: actor.organisationId, status: 'ACTIVE' });
      if (!active) throw new DomainException('NOT_FOUND', 'You have no bid on this lot.');
      active.confirmedAmendmentNo = tender.materialAmendmentNo;
      await tx.manager.update(SealedBidEntity, { id: active.id }, { confirmedAmendmentNo: tender.materialAmendmentNo });
      await tx.audit({ action: 'tender.bid-confirmed', entityType: 'tender-bid', entityId: active.id, data: { tenderId, lotId, amendmentNo: tender.materialAmendmentNo } });
      return active;
    });
    return toReceipt(bid);
  }

  async receipts(actor: Actor, tenderId: string): Promise<BidReceiptDto[]> {
    const bids = await this.dataSource.getRepository(SealedBidEntity).find({ where: { tenderId, providerId: actor.organisationId }, order: { submittedAt: 'DESC' } });
    return bids.map((b) => toReceipt(b));
  }

  /** TD-5: published once the bid deadline has passed; idempotent, so the timer, the opening and readers may all call it. */
  async ensureRoot(tenderId: string): Promise<MerkleRootDto> {
    return this.uow.run(null, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      if (tender.status === 'DRAFT' || tx.now < tender.bidDeadlineAt) throw new DomainException('TENDER_TOO_EARLY', `The root is published at the bid deadline, ${tender.bidDeadlineAt.toISOString()}.`);
      const commitments = await this.activeCommitments(tx.manager, tenderId);
      if (!tender.merkleRoot) {
        tender.merkleRoot = merkleRoot(commitments);
        tender.rootPublishedAt = tx.now;
        await tx.manager.update(TenderEntity, { id: tenderId }, { merkleRoot: tender.merkleRoot, rootPublishedAt: tx.now });
        await tx.audit({ action: 'tender.merkle-root-published', entityType: 'tender', entityId: tenderId, data: { root: tender.merkleRoot, commitments: commitments.length } });
      }
      return { tenderId, root: tender.merkleRoot, commitments: commitments.length, publishedAt: tender.rootPublishedAt!.toISOString() };
    });
  }

  async proof(tenderId: string, commitment: string): Promise<MerkleProofDto> {
    const root = await this.ensureRoot(tenderId);
    const proof = merkleProof(await this.activeCommitments(this.dataSource.manager, tenderId), commitment);
    if (!proof) throw new DomainException('NOT_FOUND', 'No bid with this commitment stood at the deadline.');
    return { ...root, commitment, proof };
  }

  /**
   * TD-6: after the deadline; with a quorum, a second officer completes what the first one started. Every bid is
   * checked against its commitment and the published root before any content is kept: a bid changed after the
   * deadline stops the opening.
   */
  async open(actor: Actor, tenderId: string): Promise<OpeningDto> {
    const root = await this.ensureRoot(tenderId);
    return this.uow.run(actor, async (tx) => {
      const tender = await tx.manager.getRepository(TenderEntity).createQueryBuilder('t').addSelect('t.wrappedPrivateKey').where('t.id = :id', { id: tenderId }).setLock('pessimistic_write').getOneOrFail();
      this.tenders.check(tender, { type: 'OPEN_BIDS' }, tx.now);
      if (tender.openingQuorum && (tender.openingRequestedBy === null || tender.openingRequestedBy === actor.userId)) {
        await tx.manager.update(TenderEntity, { id: tenderId }, { openingRequestedBy: actor.userId });
        await tx.audit({ action: 'tender.opening-requested', entityType: 'tender', entityId: tenderId });
        return { outcome: 'AWAITING_SECOND_OFFICER' as const, bidsOpened: 0, merkleRoot: root.root };
      }
      await tx.manager.query(
        `UPDATE tender_bid SET status = 'SET_ASIDE' WHERE tender_id = $1 AND status = 'ACTIVE' AND confirmed_amendment_no < $2`, [tenderId, tender.materialAmendmentNo],
      );
      const bids = await tx.manager.getRepository(SealedBidEntity).createQueryBuilder('b')
        .addSelect(['b.ciphertext', 'b.iv', 'b.authTag', 'b.encryptedKey'])
        .where('b.tenderId = :tenderId AND b.status = :status', { tenderId, status: 'ACTIVE' }).getMany();
      const open = this.vault.opener(tender.wrappedPrivateKey, tenderId);
      const opened = bids.map((bid) => ({ bid, ...(JSON.parse(open(bid.lotId, bid)) as SealedPlaintext) }));
      const broken = opened.filter((o) => bidCommitment(o.salt, o.content) !== o.bid.commitment).map((o) => o.bid.id);
      if (broken.length || merkleRoot(bids.map((b) => b.commitment)) !== root.root) {
        throw new DomainException('TENDER_INTEGRITY_FAILED', 'The stored bids do not match the commitments published at the deadline.', broken.map((id) => ({ field: 'bid', message: id })));
      }
      await this.tenders.move(tx, tender, { type: 'OPEN_BIDS' });
      for (const o of opened) await tx.manager.query('UPDATE tender_bid SET opened_content = $2 WHERE id = $1', [o.bid.id, JSON.stringify(o.content)]);
      await tx.manager.update(TenderEntity, { id: tenderId }, { status: tender.status, openedAt: tx.now });
      await tx.audit({ action: 'tender.bids-opened', entityType: 'tender', entityId: tenderId, data: { bids: bids.length, root: root.root, officers: tender.openingQuorum ? [tender.openingRequestedBy, actor.userId] : [actor.userId] } });
      return { outcome: 'OPENED' as const, bidsOpened: bids.length, merkleRoot: root.root };
    });
  }

  /** TD-5/TD-6: content exists only after opening; before it there is nothing to show, to anyone. */
  async openedBids(tenderId: string): Promise<OpenedBidDto[]> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id: tenderId });
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    if (!tender.openedAt) throw new DomainException('TENDER_WRONG_STATE', 'The bids have not been opened.');
    const rows = await this.dataSource.query<{ id: string; lot_id: string; provider_id: string; name: string; commitment: string; opened_content: OpenedBidDto }[]>(
      `SELECT b.id, b.lot_id, b.provider_id, o.name, b.commitment, b.opened_content FROM tender_bid b JOIN organisation o ON o.id = b.provider_id
        WHERE b.tender_id = $1 AND b.status = 'ACTIVE' ORDER BY b.lot_id, o.name`,
      [tenderId],
    );
    return rows.map((r) => ({ ...r.opened_content, bidId: r.id, lotId: r.lot_id, providerId: r.provider_id, providerName: r.name, commitment: r.commitment }));
  }

  private async writableForBidder(tx: Transaction, actor: Actor, tenderId: string, lotId: string, write: 'SUBMIT_BID' | 'WITHDRAW_BID'): Promise<TenderEntity> {
    const tender = await tx.manager.getRepository(TenderEntity).createQueryBuilder('t').where('t.id = :id', { id: tenderId }).setLock('pessimistic_read').getOne();
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    this.tenders.guard(tender, write, tx.now);
    const shortlisted = await tx.manager.existsBy(SelectionRequestEntity, { lotId, providerId: actor.organisationId, status: 'SHORTLISTED' });
    if (!shortlisted) throw new DomainException('NOT_SHORTLISTED', 'Only providers shortlisted for this lot can bid on it.');
    return tender;
  }

  private async lot(manager: EntityManager, tenderId: string, lotId: string): Promise<TenderLotEntity> {
    const lot = await manager.findOneBy(TenderLotEntity, { id: lotId, tenderId });
    if (!lot) throw new DomainException('NOT_FOUND', 'No such lot in this tender.');
    return lot;
  }

  /** The bids that stand: active, and made or re-confirmed under the latest material amendment (TD-4). */
  private async activeCommitments(manager: EntityManager, tenderId: string): Promise<string[]> {
    const rows = await manager.query<{ commitment: string }[]>(
      `SELECT b.commitment FROM tender_bid b JOIN tender t ON t.id = b.tender_id
        WHERE b.tender_id = $1 AND b.status = 'ACTIVE' AND b.confirmed_amendment_no >= t.material_amendment_no`, [tenderId],
    );
    return rows.map((r) => r.commitment);
  }

  private assertProvider(actor: Actor): void {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Only providers take part in tenders.');
  }
}
