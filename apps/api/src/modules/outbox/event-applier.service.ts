import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DomainEventJob } from '@rim/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

export type ApplyOutcome = 'applied' | 'duplicate';

/** SC-1 apply: each event takes effect exactly once, acknowledged in the same transaction as its effects. */
@Injectable()
export class EventApplier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `effect` is the event's consequence (e.g. on the score aggregates); it commits with the acknowledgement or not at all. */
  async apply(event: DomainEventJob, effect?: (manager: EntityManager) => Promise<void>): Promise<ApplyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const acknowledged = await manager
        .createQueryBuilder()
        .update(OutboxEventEntity)
        .set({ appliedAt: () => 'now()' })
        .where('id = :id AND applied_at IS NULL', { id: event.eventId })
        .execute();
      if (acknowledged.affected !== 1) return 'duplicate';
      await effect?.(manager);
      return 'applied';
    });
  }
}
