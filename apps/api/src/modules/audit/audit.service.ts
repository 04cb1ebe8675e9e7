import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { correlationId } from '../../common/http/correlation.js';
import type { Actor } from '../../common/auth/actor.js';
import { Page } from '../../common/http/pagination.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';
import { ChainedFields, chainHash, GENESIS_HASH } from './hash-chain.js';

/** Serialises appends so the chain has one order; held until the writing transaction ends. */
const AUDIT_CHAIN_LOCK = 0x6175_6469;
const VERIFY_BATCH = 5000;
const INSERT_BATCH = 1000;

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

export interface ChainVerification {
  valid: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

function fieldsOf(row: AuditEntryEntity): ChainedFields {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    data: row.data,
    correlationId: row.correlationId,
  };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends inside the caller's transaction: the entries commit or roll back with the change they record. */
  async append(manager: EntityManager, actor: Actor | null, records: AuditRecord[], at: Date): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('audit entries are written inside a transaction');
    if (records.length === 0) return;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    let seq = BigInt(last?.seq ?? '0');
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = records.map((record) => {
      seq += 1n;
      const row = manager.create(AuditEntryEntity, {
        seq: seq.toString(),
        occurredAt: new Date(at.getTime()),
        actorId: actor?.userId ?? null,
        actorRole: actor?.role ?? null,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        data: record.data ?? {},
        correlationId: correlationId(),
        prevHash,
      });
      row.hash = chainHash(prevHash, fieldsOf(row));
      prevHash = row.hash;
      return row;
    });
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await manager.insert(AuditEntryEntity, rows.slice(i, i + INSERT_BATCH));
  }

  async list(page: number, pageSize: number): Promise<Page<AuditEntryEntity>> {
    const [items, total] = await this.dataSource.getRepository(AuditEntryEntity).findAndCount({
      order: { seq: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, page, pageSize, total };
  }

  /** Walks the whole chain in order and names the first entry whose link or content does not hold. */
  async verify(): Promise<ChainVerification> {
    const repo = this.dataSource.getRepository(AuditEntryEntity);
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    let checked = 0;
    for (;;) {
      const batch = await repo
        .createQueryBuilder('a')
        .where('a.seq >= :from', { from: expectedSeq.toString() })
        .orderBy('a.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const row of batch) {
        const broken = (reason: string): ChainVerification => ({ valid: false, checked, firstBrokenSeq: Number(row.seq), reason });
        if (BigInt(row.seq) !== expectedSeq) return { valid: false, checked, firstBrokenSeq: Number(expectedSeq), reason: 'entry missing' };
        if (row.prevHash !== prevHash) return broken('link to the previous entry does not match');
        if (chainHash(prevHash, fieldsOf(row)) !== row.hash) return broken('content does not match its hash');
        prevHash = row.hash;
        expectedSeq += 1n;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) return { valid: true, checked, firstBrokenSeq: null, reason: null };
    }
  }
}
