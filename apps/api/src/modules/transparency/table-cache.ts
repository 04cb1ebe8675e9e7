import { Injectable } from '@nestjs/common';
import { TransparencyRepository } from './transparency.repository.js';

/** An upper bound on staleness for writes that leave no audit entry (bulk loads). */
const TTL_MS = 60_000;
/** How long a read data version is trusted before it is read again. */
const WATERMARK_MS = 1_000;

/**
 * Dashboard figures are computed once per data version (SPEC §10: p99 ≤ 50 ms at 300 req/s): the version is the audit
 * chain's head, which every write moves, read at most once a second; a value is served while its version holds.
 */
@Injectable()
export class TableCache {
  private readonly entries = new Map<string, { watermark: string; expires: number; value: Promise<unknown> }>();
  private watermark: { value: Promise<string>; expires: number } | null = null;

  constructor(private readonly repository: TransparencyRepository) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const watermark = await this.currentWatermark();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.watermark === watermark && hit.expires > now) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { watermark, expires: now + TTL_MS, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  private currentWatermark(): Promise<string> {
    const now = Date.now();
    if (!this.watermark || this.watermark.expires <= now) {
      const value = this.repository.watermark();
      this.watermark = { value, expires: now + WATERMARK_MS };
      value.catch(() => { this.watermark = null; });
    }
    return this.watermark.value;
  }
}
