import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { correlationId } from '../../common/http/correlation.js';
import { OutboxEventEntity } from './entities/outbox-event.entity.js';

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** SC-1: an event is written in the same transaction as the change that caused it. */
@Injectable()
export class OutboxWriter {
  async record(manager: EntityManager, events: DomainEvent[], at: Date): Promise<string[]> {
    const rows = events.map((event) => ({
      id: randomUUID(),
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload,
      occurredAt: at,
      correlationId: correlationId(),
    }));
    if (rows.length) await manager.insert(OutboxEventEntity, rows);
    return rows.map((r) => r.id);
  }
}
