import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DomainEventJob } from '@rim/contracts';
import { DataSource } from 'typeorm';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

export type ApplyOutcome = 'applied' | 'duplicate';

/** SC-1 apply: each event takes effect exactly once, acknowledged in the same transaction as its effects. */
@Injectable()
export class EventApplier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(event: DomainEventJob): Promise<ApplyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const acknowledged = await manager
        .createQueryBuilder()
        .update(OutboxEventEntity)
        .set({ appliedAt: () => 'now()' })
        .where('id = :id AND applied_at IS NULL', { id: event.eventId })
        .execute();
      return acknowledged.affected === 1 ? 'applied' : 'duplicate';
    });
  }
}
