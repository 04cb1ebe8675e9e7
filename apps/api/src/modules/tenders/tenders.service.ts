import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_DIVERGENCE_THRESHOLD, DEFAULT_VRIJE_RUIMTE_CAP_BP, EvaluationRules, type KpiSource, guardTenderWrite, TenderAction, TenderClock, TenderRefusal, TenderState, TenderWrite,
  transitionTender, validateEvaluationRules, validateVrijeRuimte,
} from '@rim/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { correlationId } from '../../common/http/correlation.js';
import { DomainException, ErrorCode, FieldError } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { BidVault } from './bid-vault.js';
import { tenderTimer } from './tender-timers.js';
import { CreateTenderDto, TenderDto } from './dto/tender.dto.js';
import { TenderLotEntity } from './entities/tender-lot.entity.js';
import { TenderEntity } from './entities/tender.entity.js';

export function tenderClock(tender: TenderEntity, now: Date): TenderClock {
  return {
    now,
    deadlines: {
      questionsClose: tender.questionsCloseAt, selectionDeadline: tender.selectionDeadlineAt, bidDeadline: tender.bidDeadlineAt,
      ...(tender.standstillEndsAt ? { standstillEnd: tender.standstillEndsAt } : {}),
    },
  };
}

export function refusal(r: TenderRefusal): DomainException {
  return new DomainException(r.code as ErrorCode, r.message);
}

function toTenderDto(t: TenderEntity, lots: TenderLotEntity[]): TenderDto {
  return {
    id: t.id, name: t.name, status: t.status, questionsCloseAt: t.questionsCloseAt.toISOString(), selectionDeadlineAt: t.selectionDeadlineAt.toISOString(),
    bidDeadlineAt: t.bidDeadlineAt.toISOString(), standstillDays: t.standstillDays, weights: { ...t.evaluationRules.weights },
    kpiSource: { ...t.evaluationRules.kpiSource }, openingQuorum: t.openingQuorum,
    vrijeRuimteCapBp: t.vrijeRuimteCapBp, merkleRoot: t.merkleRoot, openedAt: t.openedAt?.toISOString() ?? null,
    openingRequested: t.openingRequestedBy !== null && t.openedAt === null, standstillEndsAt: t.standstillEndsAt?.toISOString() ?? null, cancelReason: t.cancelReason, version: t.version,
    lots: lots.map((l) => ({
      id: l.id, code: l.code, targetGroup: l.targetGroup, region: l.region, expectedVolume: l.expectedVolume, tranches: l.tranches, minReferrals: l.minReferrals,
      maxPriceCents: l.maxPriceCents, maxDurationDays: l.maxDurationDays, financing: l.financing, vrijeRuimtePurpose: l.vrijeRuimtePurpose,
    })),
  };
}

const lotCode = (targetGroup: string, region: string | null) => `${targetGroup}/${region ?? 'NL'}`;

/** TD-1, TD-2, TD-9: tenders, their lots and timetable, and the one place their state moves. */
@Injectable()
export class TendersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly reference: ReferenceService,
    private readonly vault: BidVault,
    private readonly queues: JobQueues,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor | null, dto: CreateTenderDto): Promise<TenderDto> {
    const mode = dto.kpiSource?.mode ?? 'PROMISED';
    const kpiSource: KpiSource = mode === 'BLEND' ? { mode, promisedShareBp: dto.kpiSource?.promisedShareBp ?? 5_000 } : { mode };
    const rules: EvaluationRules = { weights: dto.weights, kpiSource, knockOuts: {}, divergenceThreshold: DEFAULT_DIVERGENCE_THRESHOLD };
    const lots = this.lotMatrix(dto);
    const capBp = dto.vrijeRuimteCapBp ?? DEFAULT_VRIJE_RUIMTE_CAP_BP;
    const errors: FieldError[] = [
      ...validateEvaluationRules({ ...rules, weights: { ...dto.weights } }),
      ...this.timetableErrors(dto),
      ...unknownCodes([
        { field: 'targetGroups', codes: dto.targetGroups, known: (c) => this.reference.hasTargetGroup(c) },
        { field: 'regions', codes: dto.regions, known: (c) => this.reference.hasRegion(c) },
      ]),
      ...(dto.freeSpaceLots ?? []).flatMap((f, i) => (lots.some((l) => l.code === lotCode(f.targetGroup, f.region ?? null)) ? [] : [{ field: `freeSpaceLots[${i}]`, message: 'not a lot of this tender' }])),
      ...validateVrijeRuimte(lots.map((l) => ({ lotId: l.code, track: l.vrijeRuimtePurpose ? 'VRIJE_RUIMTE' as const : 'REGULAR' as const, expectedVolume: l.expectedVolume, ...(l.vrijeRuimtePurpose ? { purpose: l.vrijeRuimtePurpose } : {}) })), capBp),
    ];
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The tender is not valid.', errors);
    const id = await this.uow.run(actor, async (tx) => {
      if (await tx.manager.existsBy(TenderEntity, { name: dto.name })) throw new DomainException('CONFLICT', 'A tender with this name exists already.', [{ field: 'name', message: 'already taken' }]);
      const tender = tx.manager.create(TenderEntity, {
        name: dto.name, status: 'DRAFT', questionsCloseAt: new Date(dto.questionsCloseAt), selectionDeadlineAt: new Date(dto.selectionDeadlineAt),
        bidDeadlineAt: new Date(dto.bidDeadlineAt), standstillDays: dto.standstillDays ?? 20, evaluationRules: rules, vrijeRuimteCapBp: capBp,
        openingQuorum: dto.openingQuorum ?? false, lotterySeed: null, standstillEndsAt: null, merkleRoot: null, rootPublishedAt: null, publishedAt: null, openingRequestedBy: null, openedAt: null, cancelReason: null,
        bidPublicKey: '', wrappedPrivateKey: Buffer.alloc(0),
      });
      await tx.manager.insert(TenderEntity, tender);
      const keys = this.vault.newTenderKeys(tender.id);
      await tx.manager.update(TenderEntity, { id: tender.id }, { bidPublicKey: keys.publicKey, wrappedPrivateKey: keys.wrappedPrivateKey });
      for (let i = 0; i < lots.length; i += 1000) await tx.manager.insert(TenderLotEntity, lots.slice(i, i + 1000).map((l) => ({ ...l, tenderId: tender.id })));
      await tx.audit({ action: 'tender.created', entityType: 'tender', entityId: tender.id, data: { name: dto.name, lots: lots.length, weights: { ...dto.weights } } });
      return tender.id;
    });
    return this.get(id);
  }

  /** TD-7: weights are fixed from here on; the timers of the selection and bid deadlines are set (TD-9). */
  async publish(actor: Actor, id: string, expectedVersion: number): Promise<TenderDto> {
    const tender = await this.uow.run(actor, async (tx) => {
      const t = await this.lock(tx.manager, id, expectedVersion);
      await this.move(tx, t, { type: 'PUBLISH' });
      t.publishedAt = tx.now;
      await tx.manager.save(t);
      return t;
    });
    const now = this.clock.now();
    await this.queues.enqueueBulk([tenderTimer(tender, 'SELECTION_DEADLINE', now, correlationId()), tenderTimer(tender, 'BID_DEADLINE', now, correlationId())]);
    return this.get(id);
  }

  /** Officer or timer actions on the state machine: close selection, publish the shortlist, cancel. */
  async act(actor: Actor | null, id: string, action: TenderAction): Promise<TenderDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await tx.manager.findOne(TenderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw new DomainException('NOT_FOUND', 'No such tender.');
      await this.move(tx, t, action);
      if (action.type === 'CANCEL') t.cancelReason = action.reason;
      await tx.manager.save(t);
    });
    return this.get(id);
  }

  /** TD-9: every state change goes through the transition table; a timer repeated or late changes nothing. */
  async move(tx: Transaction, tender: TenderEntity, action: TenderAction): Promise<boolean> {
    const result = this.check(tender, action, tx.now);
    if (!result.changed) return false;
    const from = tender.status;
    tender.status = result.state;
    await tx.audit({ action: `tender.${action.type.toLowerCase()}`, entityType: 'tender', entityId: tender.id, data: { from, to: result.state, ...(action.type === 'CANCEL' ? { reason: action.reason } : {}) } });
    await tx.emit({ type: `tender.${result.state.toLowerCase()}`, aggregateType: 'tender', aggregateId: tender.id, payload: { from, to: result.state } });
    return true;
  }

  /** Whether the action may happen now, without taking it; refuses with the state machine's code. */
  check(tender: TenderEntity, action: TenderAction, now: Date): { state: TenderState; changed: boolean } {
    const result = transitionTender(tender.status, action, tenderClock(tender, now));
    if (!result.ok) throw refusal(result);
    return result;
  }

  /** TD-9: the one deadline guard every write path asks, with the state and the clock. */
  guard(tender: TenderEntity, write: TenderWrite, now: Date): void {
    const result = guardTenderWrite(tender.status, write, tenderClock(tender, now));
    if (!result.ok) throw refusal(result);
  }

  async get(id: string): Promise<TenderDto> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id });
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    return toTenderDto(tender, await this.dataSource.getRepository(TenderLotEntity).find({ where: { tenderId: id }, order: { code: 'ASC' } }));
  }

  async list(options: { publishedOnly?: boolean } = {}): Promise<TenderDto[]> {
    const tenders = await this.dataSource.getRepository(TenderEntity).find({ order: { bidDeadlineAt: 'DESC' } });
    const shown = options.publishedOnly ? tenders.filter((t) => t.status !== 'DRAFT') : tenders;
    return shown.map((t) => toTenderDto(t, []));
  }

  async lock(manager: EntityManager, id: string, expectedVersion?: number): Promise<TenderEntity> {
    const tender = await manager.findOne(TenderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!tender) throw new DomainException('NOT_FOUND', 'No such tender.');
    if (expectedVersion !== undefined && tender.version !== expectedVersion) {
      throw new DomainException('VERSION_MISMATCH', `The tender changed since you read it (now version ${tender.version}).`);
    }
    return tender;
  }

  private lotMatrix(dto: CreateTenderDto): Omit<TenderLotEntity, 'id' | 'tenderId'>[] {
    const regions: (string | null)[] = dto.regions.length ? dto.regions : [null];
    const purpose = new Map((dto.freeSpaceLots ?? []).map((f) => [lotCode(f.targetGroup, f.region ?? null), f.purpose]));
    return dto.targetGroups.flatMap((targetGroup) => regions.map((region) => ({
      code: lotCode(targetGroup, region), targetGroup, region, ...dto.lotTerms, financing: { ...dto.lotTerms.financing },
      vrijeRuimtePurpose: purpose.get(lotCode(targetGroup, region)) ?? null,
    })));
  }

  private timetableErrors(dto: CreateTenderDto): FieldError[] {
    const errors: FieldError[] = [];
    const [questions, selection, bids] = [dto.questionsCloseAt, dto.selectionDeadlineAt, dto.bidDeadlineAt].map((d) => new Date(d).getTime());
    if (!(questions! <= bids!)) errors.push({ field: 'questionsCloseAt', message: 'must be no later than the bid deadline' });
    if (!(selection! < bids!)) errors.push({ field: 'selectionDeadlineAt', message: 'must be before the bid deadline' });
    if (!(selection! > this.clock.now().getTime())) errors.push({ field: 'selectionDeadlineAt', message: 'must be in the future' });
    if (new Set(dto.targetGroups).size !== dto.targetGroups.length || new Set(dto.regions).size !== dto.regions.length) errors.push({ field: 'targetGroups', message: 'a code is listed twice' });
    return errors;
  }
}
