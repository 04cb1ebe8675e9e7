import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';

/** How long the audit chain's head, read from the database, is trusted before it is read again. */
const HEAD_TRUSTED_MS = 1_000;

/**
 * The version of the data that cached reads are computed from. Every audited write, in any process, appends to the
 * audit chain, whose head is read at most once a second; every transaction this process commits moves the version at
 * once, so a read after this process's own write never sees the data before it.
 */
@Injectable()
export class DataVersion implements EntitySubscriberInterface {
  private localCommits = 0;
  private head: { value: Promise<string>; expires: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  afterTransactionCommit(): void {
    this.localCommits += 1;
    this.head = null;
  }

  async current(): Promise<string> {
    const commits = this.localCommits; // taken before the await: a commit meanwhile makes this version stale at once
    return `${await this.auditHead()}.${commits}`;
  }

  private auditHead(): Promise<string> {
    const now = Date.now();
    if (!this.head || this.head.expires <= now) {
      const value = this.dataSource.query<{ seq: string }[]>('SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1').then(([row]) => row?.seq ?? '0');
      const head = { value, expires: now + HEAD_TRUSTED_MS };
      this.head = head;
      value.catch(() => { if (this.head === head) this.head = null; });
    }
    return this.head.value;
  }
}
