import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOLLOW_UP_ADVICE, SUCCESS_REASONS, checkEndOfService, endReportDueDate, isSuccessfulEnd, localDate, type EndReasonCode } from '@rim/domain';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { EndReportContentDto, EndReportDto, EndTrajectoryDto, ReviewEndReportDto, SubmitEndReportDto } from './dto/ending.dto.js';
import { EndReportEntity, type ReportedActivity } from './entities/end-report.entity.js';
import { PlacementEntity } from './entities/execution.entities.js';
import { TrajectoriesService } from './trajectories.service.js';

/** End reasons are those of the service; an IRO ends as Naar werk does (placement, maximum duration, early return). */
const serviceOf = (route: string) => (route === 'IRO' ? 'NAAR_WERK' : route);

/** IC-8: the end of a trajectory, its end report built from the approved plan, and the coach's approval or return. */
@Injectable()
export class EndingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly trajectories: TrajectoriesService,
  ) {}

  async end(actor: Actor, id: string, expectedVersion: number, dto: EndTrajectoryDto): Promise<void> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.trajectories.lockForStep(tx.manager, actor, id, expectedVersion, ['ORDERED']);
      const errors: FieldError[] = [
        ...checkEndOfService({ service: serviceOf(t.route), reason: dto.reason, earlyReturnReason: dto.earlyReturnReason, earlyReturnText: dto.earlyReturnText })
          .map((v) => ({ field: v.field, message: v.message })),
        ...(dto.endedOn > localDate(tx.now) ? [{ field: 'endedOn', message: 'must not be in the future' }] : []),
        ...(dto.endedOn < t.startedOn! ? [{ field: 'endedOn', message: `must not be before the start of the service (${t.startedOn})` }] : []),
        ...(dto.reason === 'PLACEMENT' && !(await tx.manager.existsBy(PlacementEntity, { trajectoryId: id })) ? [{ field: 'reason', message: 'record the placement first (IC-7)' }] : []),
      ];
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The end is not valid.', errors);
      Object.assign(t, {
        endedOn: dto.endedOn, endReason: dto.reason as EndReasonCode, earlyReturnReason: dto.earlyReturnReason ?? null, earlyReturnText: dto.earlyReturnText ?? null,
        endReportDue: endReportDueDate(dto.endedOn),
      });
      await this.trajectories.moveTo(tx, t, 'ENDED', 'trajectory.ended', { endedOn: dto.endedOn, reason: dto.reason, endReportDue: t.endReportDue });
    });
  }

  /** Every planned activity reported once, each deviation justified, the success coded, the client's sign-off. */
  async submitReport(actor: Actor, id: string, expectedVersion: number, dto: SubmitEndReportDto): Promise<EndReportDto> {
    return this.uow.run(actor, async (tx) => {
      const t = await this.trajectories.lockForStep(tx.manager, actor, id, expectedVersion, ['ENDED', 'END_REPORT_RETURNED']);
      const plan = await this.trajectories.approvedPlan(tx.manager, id);
      const success = isSuccessfulEnd(t.endReason!);
      const service = serviceOf(t.route);
      const errors: FieldError[] = [];
      const planned = new Map(plan.activities.map((a) => [a.code, a.hours]));
      const reported = new Map(dto.activities.map((a) => [a.code, a]));
      for (const code of planned.keys()) if (!reported.has(code)) errors.push({ field: 'activities', message: `planned activity ${code} is missing` });
      dto.activities.forEach((a, i) => {
        if (!planned.has(a.code)) errors.push({ field: `activities[${i}].code`, message: `${a.code} was not in the approved plan` });
        else if ((!a.delivered || a.hours !== planned.get(a.code)) && !a.justification) errors.push({ field: `activities[${i}].justification`, message: 'a deviation from the plan needs a justification' });
      });
      if (reported.size !== dto.activities.length) errors.push({ field: 'activities', message: 'an activity is reported twice' });
      const reason = SUCCESS_REASONS.find((r) => r.code === dto.successReason);
      if (success && !reason) errors.push({ field: 'successReason', message: 'a successful end names its coded reason' });
      if (reason && !(reason.services as readonly string[]).includes(service)) errors.push({ field: 'successReason', message: `not a success reason for ${service}` });
      if (!success && dto.successReason) errors.push({ field: 'successReason', message: 'only a successful end has a success reason' });
      if (!FOLLOW_UP_ADVICE.some((f) => f.code === dto.followUpAdvice)) errors.push({ field: 'followUpAdvice', message: 'unknown follow-up advice code' });
      if (!dto.clientSignedOff) errors.push({ field: 'clientSignedOff', message: 'the client signs the end report off' });
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The end report is not complete.', errors);
      const activities: ReportedActivity[] = dto.activities.map((a) => ({ code: a.code, plannedHours: planned.get(a.code)!, delivered: a.delivered, hours: a.hours, justification: a.justification ?? null, coachConsulted: a.coachConsulted }));
      const versionNo = (await tx.manager.countBy(EndReportEntity, { trajectoryId: id })) + 1;
      const late = localDate(tx.now) > t.endReportDue!;
      await tx.manager.insert(EndReportEntity, {
        trajectoryId: id, versionNo, activities, success, successReason: dto.successReason ?? null, followUpAdvice: dto.followUpAdvice, explanation: dto.explanation ?? null,
        clientSignedOff: true, late, submittedAt: tx.now, review: null, reviewComment: null,
      });
      await this.trajectories.moveTo(tx, t, 'END_REPORT_SUBMITTED', 'trajectory.end-report-submitted', { versionNo, success, late });
      return { versionNo, success, late, review: null };
    });
  }

  /** The latest version, for the coach's review and the provider's own record. */
  async latestReport(actor: Actor, id: string): Promise<EndReportContentDto> {
    await this.trajectories.reach(this.dataSource.manager, actor, id);
    const r = await this.dataSource.getRepository(EndReportEntity).findOne({ where: { trajectoryId: id }, order: { versionNo: 'DESC' } });
    if (!r) throw new DomainException('NOT_FOUND', 'No end report has been submitted.');
    return {
      versionNo: r.versionNo, success: r.success, late: r.late, review: r.review, activities: r.activities, successReason: r.successReason, followUpAdvice: r.followUpAdvice,
      explanation: r.explanation, clientSignedOff: r.clientSignedOff, submittedAt: r.submittedAt.toISOString(), reviewComment: r.reviewComment,
    };
  }

  /** The coach approves (the completion payment follows, IC-10) or returns the report with a comment. */
  async reviewReport(actor: Actor, id: string, expectedVersion: number, dto: ReviewEndReportDto): Promise<EndReportDto> {
    if (!dto.approve && !dto.comment) throw new DomainException('VALIDATION_FAILED', 'Say what to change.', [{ field: 'comment', message: 'required when returning the report' }]);
    return this.uow.run(actor, async (tx) => {
      const t = await this.trajectories.lockForStep(tx.manager, actor, id, expectedVersion, ['END_REPORT_SUBMITTED']);
      const report = await tx.manager.findOneOrFail(EndReportEntity, { where: { trajectoryId: id }, order: { versionNo: 'DESC' } });
      report.review = dto.approve ? 'APPROVED' : 'RETURNED';
      report.reviewComment = dto.comment ?? null;
      await tx.manager.save(report);
      if (!dto.approve) {
        await this.trajectories.moveTo(tx, t, 'END_REPORT_RETURNED', 'trajectory.end-report-returned', { versionNo: report.versionNo, comment: dto.comment });
        return { versionNo: report.versionNo, success: report.success, late: report.late, review: report.review };
      }
      await this.trajectories.moveTo(tx, t, 'CLOSED', 'trajectory.end-report-approved', { versionNo: report.versionNo });
      await this.trajectories.settleCompletion(tx, t, report);
      return { versionNo: report.versionNo, success: report.success, late: report.late, review: report.review };
    });
  }
}
