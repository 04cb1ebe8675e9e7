import { Injectable } from '@nestjs/common';
import { aftercareMaxEnd, checkAftercareCompletion, localDate } from '@rim/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { AftercareEventInputDto, AftercareStartDto, ExecutionDto } from './dto/execution.dto.js';
import { AftercareEntity, AftercareEventEntity } from './entities/aftercare.entities.js';
import { PlacementEntity } from './entities/execution.entities.js';
import { AFTER_START, ExecutionService } from './execution.service.js';

/** IC-12: aftercare (nazorg) after a placement: conversations with client and employer and a workplace visit. */
@Injectable()
export class AftercareService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly execution: ExecutionService,
  ) {}

  async start(actor: Actor, id: string, dto: AftercareStartDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      await this.execution.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const placement = await tx.manager.findOne(PlacementEntity, { where: { trajectoryId: id }, order: { start: 'ASC' } });
      if (!placement) throw new DomainException('WRONG_STATE', 'Aftercare follows a placement; none is recorded.');
      if (await tx.manager.existsBy(AftercareEntity, { trajectoryId: id })) throw new DomainException('CONFLICT', 'Aftercare has started already.');
      if (!dto.learningWhileWorking && dto.learnWorkAgreementEnd) {
        throw new DomainException('VALIDATION_FAILED', 'The aftercare is not valid.', [{ field: 'learnWorkAgreementEnd', message: 'only for learning-while-working' }]);
      }
      const start = localDate(tx.now);
      const maxEnd = aftercareMaxEnd(start, dto.learningWhileWorking, dto.learnWorkAgreementEnd);
      await tx.manager.insert(AftercareEntity, { trajectoryId: id, learningWhileWorking: dto.learningWhileWorking, start, maxEnd, completedOn: null });
      await tx.audit({ action: 'trajectory.aftercare-started', entityType: 'trajectory', entityId: id, data: { learningWhileWorking: dto.learningWhileWorking, maxEnd } });
    });
    return this.execution.view(actor, id);
  }

  async addEvent(actor: Actor, id: string, dto: AftercareEventInputDto): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      await this.execution.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const aftercare = await this.open(tx.manager, id);
      const today = localDate(tx.now);
      const errors = [
        ...(dto.on < aftercare.start ? [{ field: 'on', message: `must not be before aftercare started (${aftercare.start})` }] : []),
        ...(dto.on > today ? [{ field: 'on', message: 'must not be in the future' }] : []),
        ...(aftercare.maxEnd && dto.on > aftercare.maxEnd ? [{ field: 'on', message: `aftercare ends on ${aftercare.maxEnd} at the latest` }] : []),
      ];
      if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The aftercare event is not valid.', errors);
      await tx.manager.insert(AftercareEventEntity, { trajectoryId: id, kind: dto.kind, on: dto.on, note: dto.note });
      await tx.audit({ action: 'trajectory.aftercare-event', entityType: 'trajectory', entityId: id, data: { kind: dto.kind, on: dto.on } });
    });
    return this.execution.view(actor, id);
  }

  async complete(actor: Actor, id: string): Promise<ExecutionDto> {
    await this.uow.run(actor, async (tx) => {
      await this.execution.lockAsProvider(tx.manager, actor, id, AFTER_START);
      const aftercare = await this.open(tx.manager, id);
      const violations = checkAftercareCompletion(await tx.manager.findBy(AftercareEventEntity, { trajectoryId: id }));
      if (violations.length) throw new DomainException('VALIDATION_FAILED', 'The aftercare is not complete.', violations.map((v) => ({ field: v.field, message: v.message })));
      aftercare.completedOn = localDate(tx.now);
      await tx.manager.save(aftercare);
      await tx.audit({ action: 'trajectory.aftercare-completed', entityType: 'trajectory', entityId: id, data: { completedOn: aftercare.completedOn } });
    });
    return this.execution.view(actor, id);
  }

  private async open(manager: EntityManager, id: string): Promise<AftercareEntity> {
    const aftercare = await manager.findOneBy(AftercareEntity, { trajectoryId: id });
    if (!aftercare) throw new DomainException('WRONG_STATE', 'Aftercare has not started.');
    if (aftercare.completedOn) throw new DomainException('WRONG_STATE', `Aftercare was completed on ${aftercare.completedOn}.`);
    return aftercare;
  }
}
