import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, OrganisationKind } from '@rim/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { correlationId } from '../../common/http/correlation.js';
import { DomainException } from '../../common/problem/error-code.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { AmendmentDto, AmendmentInputDto, ClarificationsDto, QuestionDto } from './dto/clarification.dto.js';
import { TenderAmendmentEntity, TenderQuestionEntity } from './entities/clarification.entities.js';
import { tenderTimer } from './tender-timers.js';
import { TendersService } from './tenders.service.js';

const toAmendment = (a: TenderAmendmentEntity): AmendmentDto => ({
  amendmentNo: a.amendmentNo, summary: a.summary, material: a.material, bidDeadlineAfter: a.bidDeadlineAfter.toISOString(), publishedAt: a.publishedAt.toISOString(),
});

/** TD-4: questions until they close, answers to all with the asker anonymised, and versioned amendments. */
@Injectable()
export class ClarificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly tenders: TendersService,
    private readonly queues: JobQueues,
    private readonly clock: Clock,
  ) {}

  async ask(actor: Actor, tenderId: string, question: string): Promise<QuestionDto> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'Questions come from providers.');
    return this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'ASK_QUESTION', tx.now);
      const q = tx.manager.create(TenderQuestionEntity, { tenderId, askerId: actor.organisationId, question, askedAt: tx.now, answer: null, answeredAt: null });
      await tx.manager.insert(TenderQuestionEntity, q);
      await tx.audit({ action: 'tender.question-asked', entityType: 'tender-question', entityId: q.id, data: { tenderId } });
      return { id: q.id, question, answer: null, askedAt: q.askedAt.toISOString(), answeredAt: null };
    });
  }

  async answer(actor: Actor, tenderId: string, questionId: string, answer: string): Promise<QuestionDto> {
    return this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      if (!['PUBLISHED', 'SELECTION', 'AWARD_PHASE'].includes(tender.status)) throw new DomainException('TENDER_WRONG_STATE', `Questions are answered while the tender is open, not ${tender.status}.`);
      const q = await tx.manager.findOneBy(TenderQuestionEntity, { id: questionId, tenderId });
      if (!q) throw new DomainException('NOT_FOUND', 'No such question.');
      Object.assign(q, { answer, answeredAt: tx.now });
      await tx.manager.save(q);
      await tx.audit({ action: 'tender.question-answered', entityType: 'tender-question', entityId: q.id, data: { tenderId } });
      return { id: q.id, question: q.question, answer, askedAt: q.askedAt.toISOString(), answeredAt: tx.now.toISOString() };
    });
  }

  /** All questions with who asked them, for the officers who answer them. */
  async questions(tenderId: string): Promise<QuestionDto[]> {
    const rows = await this.dataSource.query<{ id: string; question: string; answer: string | null; asked_at: Date; answered_at: Date | null; name: string }[]>(
      `SELECT q.id, q.question, q.answer, q.asked_at, q.answered_at, o.name FROM tender_question q JOIN organisation o ON o.id = q.asker_id
        WHERE q.tender_id = $1 ORDER BY q.asked_at, q.id`, [tenderId],
    );
    return rows.map((r) => ({ id: r.id, question: r.question, answer: r.answer, askedAt: r.asked_at.toISOString(), answeredAt: r.answered_at?.toISOString() ?? null, askedBy: r.name }));
  }

  /** The nota van inlichtingen as every participant and the public see it. */
  async clarifications(tenderId: string): Promise<ClarificationsDto> {
    const [questions, amendments] = await Promise.all([
      this.dataSource.getRepository(TenderQuestionEntity).find({ where: { tenderId }, order: { askedAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(TenderAmendmentEntity).find({ where: { tenderId }, order: { amendmentNo: 'ASC' } }),
    ]);
    return {
      questions: questions.filter((q) => q.answer !== null).map((q) => ({ id: q.id, question: q.question, answer: q.answer, askedAt: q.askedAt.toISOString(), answeredAt: q.answeredAt!.toISOString() })),
      amendments: amendments.map(toAmendment),
    };
  }

  /**
   * TD-4: a numbered amendment. A material one sets aside the bids made so far until their bidders re-confirm; the
   * bid deadline may move later (and its timer with it), never earlier.
   */
  async amend(actor: Actor, tenderId: string, dto: AmendmentInputDto): Promise<AmendmentDto> {
    const { amendment, before, after } = await this.uow.run(actor, async (tx) => {
      const tender = await this.tenders.lock(tx.manager, tenderId);
      this.tenders.guard(tender, 'AMEND', tx.now);
      const before = { ...tender };
      if (dto.newBidDeadlineAt && new Date(dto.newBidDeadlineAt) <= tender.bidDeadlineAt) {
        throw new DomainException('VALIDATION_FAILED', 'An amendment can only extend the bid deadline.', [{ field: 'newBidDeadlineAt', message: `must be after ${tender.bidDeadlineAt.toISOString()}` }]);
      }
      const amendmentNo = (await tx.manager.countBy(TenderAmendmentEntity, { tenderId })) + 1;
      const amendment = tx.manager.create(TenderAmendmentEntity, {
        tenderId, amendmentNo, summary: dto.summary, material: dto.material, bidDeadlineBefore: tender.bidDeadlineAt,
        bidDeadlineAfter: dto.newBidDeadlineAt ? new Date(dto.newBidDeadlineAt) : tender.bidDeadlineAt, publishedAt: tx.now,
      });
      await tx.manager.insert(TenderAmendmentEntity, amendment);
      tender.bidDeadlineAt = amendment.bidDeadlineAfter;
      if (dto.material) tender.materialAmendmentNo = amendmentNo;
      await tx.manager.save(tender);
      await tx.audit({ action: 'tender.amended', entityType: 'tender', entityId: tenderId, data: { amendmentNo, material: dto.material, bidDeadline: tender.bidDeadlineAt.toISOString() } });
      await tx.emit({ type: 'tender.amended', aggregateType: 'tender', aggregateId: tenderId, payload: { amendmentNo, material: dto.material } });
      return { amendment, before, after: tender };
    });
    if (after.bidDeadlineAt.getTime() !== before.bidDeadlineAt.getTime()) {
      const now = this.clock.now();
      await this.queues.cancel(JobName.TenderTimer, tenderTimer(before, 'BID_DEADLINE', now, '').jobId);
      await this.queues.enqueueBulk([tenderTimer(after, 'BID_DEADLINE', now, correlationId())]);
    }
    return toAmendment(amendment);
  }
}
