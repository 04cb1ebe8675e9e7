import { DataSource } from 'typeorm';
import { readDatabaseEnv } from '../../config/env.dto.js';
import { createDataSource } from '../../database/data-source.js';
import { AuditService } from './audit.service.js';

describe('audit chain against real PostgreSQL (SPEC §8)', () => {
  let dataSource: DataSource;
  let audit: AuditService;
  beforeAll(async () => {
    dataSource = await createDataSource(readDatabaseEnv(), 4).initialize();
    audit = new AuditService(dataSource);
  });
  afterAll(() => dataSource.destroy());

  const record = (n: number) => ({ action: 'test.recorded', entityType: 'test', entityId: `int-${n}`, data: { n } });
  const lastSeq = async () => BigInt((await dataSource.query<{ seq: string | null }[]>('SELECT max(seq) AS seq FROM audit_log'))[0]!.seq ?? '0');

  it('appends a batch as consecutive, linked entries that verify', async () => {
    const before = await lastSeq();
    await dataSource.transaction((manager) => audit.append(manager, null, [record(1), record(2), record(3)], new Date()));
    await dataSource.transaction((manager) => audit.append(manager, null, [record(4)], new Date()));
    expect(await lastSeq()).toBe(before + 4n);
    expect(await audit.verify()).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it('keeps one order when transactions append at the same time', async () => {
    const before = await lastSeq();
    await Promise.all(Array.from({ length: 6 }, (_, i) => dataSource.transaction((manager) => audit.append(manager, null, [record(10 + i), record(20 + i)], new Date()))));
    expect(await lastSeq()).toBe(before + 12n);
    expect((await audit.verify()).valid).toBe(true);
  });

  it('writes nothing when the change it records rolls back', async () => {
    const before = await lastSeq();
    await expect(dataSource.transaction(async (manager) => {
      await audit.append(manager, null, [record(99)], new Date());
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await lastSeq()).toBe(before);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(audit.append(dataSource.manager, null, [record(100)], new Date())).rejects.toThrow('inside a transaction');
  });
});
