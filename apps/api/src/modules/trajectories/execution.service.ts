import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@rim/contracts';
import { addCalendarDays, addMonths, endReportDueDate, evaluationMomentDate, evaluationMomentOpen, localDate, START_AFTER_SERVICE_MONTHS } from '@rim/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { isUniqueViolation } from '../../database/postgres-errors.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { DeliveredHoursInputDto, EvaluationDecisionDto, EvaluationInputDto, ExecutionDto, IllnessInputDto, PlacementEndDto, PlacementInputDto } from './dto/execution.dto.js';
import { AftercareEntity, AftercareEventEntity } from './entities/aftercare.entities.js';
import { DeliveredHoursEntity, EvaluationEntity, IllnessPeriodEntity, PlacementEntity } from './entities/execution.entities.js';
import { SatisfactionScoreEntity } from './entities/satisfaction.entities.js';
import { TrajectoryEntity, type TrajectoryState } from './entities/trajectory.entity.js';
import { TrajectoriesService } from './trajectories.service.js';

/** While the service runs and until its end report is approved, the provider records what happens. */
const RUNNING: TrajectoryState[] = ['ORDERED', 'ADJUSTMENT_SUBMITTED'];
const UNTIL_REPORTED: TrajectoryState[] = [...RUNNING, 'ENDED', 'END_REPORT_RETURNED'];
/** Work may start up to 3 months after the service (IC-9), so placements and illness are recorded after closing too. */
export const AFTER_START: TrajectoryState[] = [...UNTIL_REPORTED, 'END_REPORT_SUBMITTED', 'CLOSED'];
/** How far ahead a signed contract's first day may lie. */
const PLACEMENT_LEAD_DAYS = 62;

/** IC-7: delivered hours, the Werkfit evaluation moment, placements and illness interruptions. */
@Injectable()
export class ExecutionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly trajectories: TrajectoriesService,
  ) {}

  async view(actor: Actor, id: string): Promise<ExecutionDto> {
    const t = await this.trajectories.reach(this.dataSource.manager, actor, id);
    const m = this.dataSource.manager;
    const [entries, evaluations, placements, illness, aftercare, aftercareEvents, satisfaction] = await Promise.all([
      m.find(DeliveredHoursEntity, { where: { trajectoryId: id }, order: { deliveredOn: 'ASC', recordedAt: 'ASC' } }),
      m.find(EvaluationEntity, { where: { trajectoryId: id }, order: { moment: 'ASC' } }),
      m.find(PlacementEntity, { where: { trajectoryId: id }, order: { start: 'ASC' } }),
      m.find(IllnessPeriodEntity, { where: { trajectoryId: id }, order: { from: 'ASC' } }),
      m.findOneBy(AftercareEntity, { trajectoryId: id }),
      m.find(AftercareEventEntity, { where: { trajectoryId: id }, order: { on: 'ASC' } }),
      m.findOneBy(SatisfactionScoreEntity, { trajectoryId: id }),
    ]);
    const plan = t.startedOn ? await this.trajectories.approvedPlan(m, id) : null;
    const delivered = new Map<string, number>();
    for (const e of entries) delivered.set(e.activityCode, (delivered.get(e.activityCode) ?? 0) + e.hours);
    return {
      deliveredHours: (plan?.activities ?? []).map((a) => ({ activityCode: a.code, plannedHours: a.hours, deliveredHours: round2(delivered.get(a.code) ?? 0) })),
      entries: entries.map((e) => ({ id: e.id, activityCode: e.activityCode, on: e.deliveredOn, hours: e.hours })),
      evaluations: evaluations.map((e) => ({
        moment: e.moment, dueOn: t.startedOn ? evaluationMomentDate(t.startedOn, e.moment) : null, progress: e.progress, stopRequested: e.stopRequested, stopReason: e.stopReason,
        decision: e.decision, decisionComment: e.decisionComment, submittedAt: e.submittedAt.toISOString(),
      })),
      placements: placements.map((p) => ({ id: p.id, contractType: p.contractType, contractMonths: p.contractMonths, hoursPerWeek: p.hoursPerWeek, start: p.start, end: p.end })),
      illness: illness.map((i) => ({ from: i.from, to: i.to })),
      aftercare: aftercare && {
        learningWhileWorking: aftercare.learningWhileWorking, start: aftercare.start, maxEnd: aftercare.maxEnd, completedOn: aftercare.completedOn,
        events: aftercareEvents.map((e) => ({ kind: e.kind, on: e.on, note: e.note })),
      },
      satisfaction: satisfaction?.score ?? null,
    };
  }

  /** IC-7: hours per planned activity; past the plan's hours only after an approved adjustment raised them. */
  async recordHours(actor: Actor, id: string, dto: DeliveredHoursInputDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockAsProvider(tx.manager, actor, id, UNTIL_REPORTED);
      const plan = await this.trajectories.approvedPlan(tx.manager, id);
      const planned = plan.activities.find((a) => a.code === dto.activityCode);
      const errors: FieldError[] = [...this.withinService(t, tx, dto.on, 'on')];
      if (!planned) errors.push({ field: 'activityCode', message: `${dto.activityCode} is not in the approved plan` });
      else {
        const [{ sum }] = await tx.manager.query<{ sum: number }[]>(
          `SELECT COALESCE(SUM(hours), 0)::float8 AS sum FROM delivered_hours WHERE trajectory_id = $1 AND activity_code = $2`, [id, dto.activityCode],
        );
        if (round2(sum + dto.hours) > planned.hours) {
          errors.push({ field: 'hours', message: `would bring ${dto.activityCode} to ${round2(sum + dto.hours)} of ${planned.hours} planned hours; submit an adjustment first` });
        }
      }
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The hours cannot be recorded.', errors);
      await tx.manager.insert(DeliveredHoursEntity, { trajectoryId: id, activityCode: dto.activityCode, deliveredOn: dto.on, hours: dto.hours, recordedAt: tx.now });
      await tx.audit({ action: 'trajectory.hours-delivered', entityType: 'trajectory', entityId: id, data: { activityCode: dto.activityCode, on: dto.on, hours: dto.hours } });
    });
    return this.view(actor, id);
  }

  /** IC-7: the Werkfit evaluation moment at 3 or 6 months; the provider may ask to stop, the coach decides. */
  async evaluate(actor: Actor, id: string, dto: EvaluationInputDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockAsProvider(tx.manager, actor, id, RUNNING);
      if (t.route !== 'WERKFIT') throw new DomainException('WRONG_STATE', 'Only Werkfit has an evaluation moment.');
      const errors: FieldError[] = [];
      if (!evaluationMomentOpen(t.startedOn!, dto.moment, localDate(tx.now))) errors.push({ field: 'moment', message: `opens 14 days before ${evaluationMomentDate(t.startedOn!, dto.moment)}` });
      if (dto.stopRequested && !dto.stopReason) errors.push({ field: 'stopReason', message: 'required when asking to stop' });
      if (!dto.stopRequested && dto.stopReason) errors.push({ field: 'stopReason', message: 'only when asking to stop' });
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The evaluation is not valid.', errors);
      if (await tx.manager.existsBy(EvaluationEntity, { trajectoryId: id, moment: dto.moment })) throw new DomainException('CONFLICT', `The ${dto.moment}-month evaluation is already recorded.`);
      try {
        await tx.manager.insert(EvaluationEntity, {
          trajectoryId: id, moment: dto.moment, progress: dto.progress, stopRequested: dto.stopRequested, stopReason: dto.stopReason ?? null, submittedAt: tx.now,
          decision: null, decisionComment: null, decidedBy: null, decidedAt: null,
        });
      } catch (err) {
        if (isUniqueViolation(err, 'ux_evaluation_moment')) throw new DomainException('CONFLICT', `The ${dto.moment}-month evaluation is already recorded.`);
        throw err;
      }
      await tx.audit({ action: 'trajectory.evaluated', entityType: 'trajectory', entityId: id, data: { moment: dto.moment, stopRequested: dto.stopRequested } });
    });
    return this.view(actor, id);
  }

  /** IC-7/IC-8: the coach stops the trajectory (ended, returned after evaluation) or lets it continue. */
  async decideEvaluation(actor: Actor, id: string, expectedVersion: number, dto: EvaluationDecisionDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.trajectories.lockForStep(tx.manager, actor, id, expectedVersion, ['ORDERED']);
      const evaluation = await tx.manager.findOneBy(EvaluationEntity, { trajectoryId: id, stopRequested: true, decision: IsNull() });
      if (!evaluation) throw new DomainException('WRONG_STATE', 'No request to stop is waiting for a decision.');
      Object.assign(evaluation, { decision: dto.stop ? 'STOP' : 'CONTINUE', decisionComment: dto.comment, decidedBy: actor.userId, decidedAt: tx.now });
      await tx.manager.save(evaluation);
      await tx.audit({ action: 'trajectory.evaluation-decided', entityType: 'trajectory', entityId: id, data: { moment: evaluation.moment, stop: dto.stop } });
      if (!dto.stop) return;
      const today = localDate(tx.now);
      Object.assign(t, { endedOn: today, endReason: 'RETURNED_AFTER_EVALUATION', earlyReturnReason: null, earlyReturnText: null, endReportDue: endReportDueDate(today) });
      await this.trajectories.moveTo(tx, t, 'ENDED', 'trajectory.ended', { endedOn: today, reason: 'RETURNED_AFTER_EVALUATION', endReportDue: t.endReportDue });
    });
    return this.view(actor, id);
  }

  /** IC-7: work the client started, the record IC-9 and the result payments are judged from. */
  async recordPlacement(actor: Actor, id: string, dto: PlacementInputDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const errors: FieldError[] = [...this.placementWindow(t, tx, dto.start, 'start')];
      if (dto.contract.type === 'FIXED_TERM' && !dto.contract.months) errors.push({ field: 'contract.months', message: 'required for a fixed-term contract' });
      if (dto.contract.type !== 'FIXED_TERM' && dto.contract.months) errors.push({ field: 'contract.months', message: 'only for a fixed-term contract' });
      if (dto.end && dto.end < dto.start) errors.push({ field: 'end', message: 'must not be before the start' });
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The placement is not valid.', errors);
      const placement = await tx.manager.save(tx.manager.create(PlacementEntity, {
        trajectoryId: id, contractType: dto.contract.type, contractMonths: dto.contract.months ?? null, hoursPerWeek: dto.hoursPerWeek, start: dto.start, end: dto.end ?? null, recordedAt: tx.now,
      }));
      await tx.audit({ action: 'trajectory.placement-recorded', entityType: 'trajectory', entityId: id, data: { placementId: placement.id, contract: dto.contract, start: dto.start } });
      await tx.emit({
        type: 'placement.recorded', aggregateType: 'trajectory', aggregateId: id,
        payload: { providerId: t.providerId, route: t.route, start: dto.start, contractType: dto.contract.type, contractMonths: dto.contract.months ?? null, hoursPerWeek: dto.hoursPerWeek },
      });
    });
    return this.view(actor, id);
  }

  async endPlacement(actor: Actor, id: string, placementId: string, dto: PlacementEndDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      await this.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const placement = await tx.manager.findOneBy(PlacementEntity, { id: placementId, trajectoryId: id });
      if (!placement) throw new DomainException('NOT_FOUND', 'No such placement.');
      if (placement.end) throw new DomainException('WRONG_STATE', `The placement ended on ${placement.end} already.`);
      if (dto.end < placement.start) throw new DomainException('VALIDATION_FAILED', 'The placement is not valid.', [{ field: 'end', message: `must not be before the start (${placement.start})` }]);
      placement.end = dto.end;
      await tx.manager.save(placement);
      await tx.audit({ action: 'trajectory.placement-ended', entityType: 'trajectory', entityId: id, data: { placementId, end: dto.end } });
    });
    return this.view(actor, id);
  }

  /** IC-7: illness interrupts the service and extends the IC-9 qualifying period day for day. */
  async recordIllness(actor: Actor, id: string, dto: IllnessInputDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      const t = await this.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const errors: FieldError[] = [];
      if (dto.from < t.startedOn!) errors.push({ field: 'from', message: `must not be before the start of the service (${t.startedOn})` });
      if (dto.to < dto.from) errors.push({ field: 'to', message: 'must not be before the first day' });
      if (dto.from > localDate(tx.now)) errors.push({ field: 'from', message: 'must not be in the future' });
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The illness period is not valid.', errors);
      await tx.manager.insert(IllnessPeriodEntity, { trajectoryId: id, from: dto.from, to: dto.to, recordedAt: tx.now });
      await tx.audit({ action: 'trajectory.illness-recorded', entityType: 'trajectory', entityId: id, data: { from: dto.from, to: dto.to } });
    });
    return this.view(actor, id);
  }

  /** The provider's own trajectory, locked, in one of the states given; version-free: these records only append. */
  async lockAsProvider(manager: EntityManager, actor: Actor, id: string, allowed: TrajectoryState[]): Promise<TrajectoryEntity> {
    if (actor.organisationKind !== OrganisationKind.Provider) throw new DomainException('FORBIDDEN', 'The provider records the service.');
    const t = await manager.findOne(TrajectoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!t || t.providerId !== actor.organisationId) throw new DomainException('NOT_FOUND', 'No such trajectory.');
    if (!allowed.includes(t.status)) throw new DomainException('WRONG_STATE', `Not possible while the trajectory is ${t.status}.`, [{ field: 'status', message: `allowed in ${allowed.join(', ')}` }]);
    return t;
  }

  private withinService(t: TrajectoryEntity, tx: Transaction, on: string, field: string): FieldError[] {
    if (on < t.startedOn!) return [{ field, message: `must not be before the start of the service (${t.startedOn})` }];
    if (on > localDate(tx.now)) return [{ field, message: 'must not be in the future' }];
    if (t.endedOn && on > t.endedOn) return [{ field, message: `must not be after the end of the service (${t.endedOn})` }];
    return [];
  }

  /** IC-9: work counts from the service's first day to 3 months after its last; a contract may be signed ahead. */
  private placementWindow(t: TrajectoryEntity, tx: Transaction, start: string, field: string): FieldError[] {
    const latest = t.endedOn ? addMonths(t.endedOn, START_AFTER_SERVICE_MONTHS) : addCalendarDays(localDate(tx.now), PLACEMENT_LEAD_DAYS);
    if (start < t.startedOn!) return [{ field, message: `must not be before the start of the service (${t.startedOn})` }];
    if (start > latest) return [{ field, message: `must be on or before ${latest}` }];
    return [];
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
