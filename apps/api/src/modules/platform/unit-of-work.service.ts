import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { claimIdempotencyKey } from '../../common/http/idempotency.js';
import { AuditRecord, AuditService } from '../audit/audit.service.js';
import { DomainEvent, OutboxWriter } from '../outbox/outbox.writer.js';

export interface Transaction {
  readonly manager: EntityManager;
  readonly now: Date;
  readonly actorId: string | null;
  audit(...records: AuditRecord[]): Promise<void>;
  emit(...events: DomainEvent[]): Promise<string[]>;
}

/** A change, its audit entry and its outbox events commit together or not at all. */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** The request's Idempotency-Key, if it has one, commits with the request's first change. */
  async run<T>(actor: Actor | null, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const now = this.clock.now();
    let claimed: (() => void) | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      claimed = await claimIdempotencyKey(manager);
      return work({
        manager,
        now,
        actorId: actor?.userId ?? null,
        audit: (...records) => this.audit.append(manager, actor, records, now),
        emit: (...events) => this.outbox.record(manager, events, now),
      });
    });
    claimed?.();
    return result;
  }
}
