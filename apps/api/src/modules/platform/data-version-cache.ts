import { Injectable } from '@nestjs/common';
import { DataVersion } from './data-version.js';

/** An upper bound on staleness for writes that leave no audit entry and come from another process (bulk loads). */
const TTL_MS = 60_000;
/** Entries kept; the oldest goes first. Keys come from validated codes, so this only bounds memory. */
const MAX_ENTRIES = 1_000;

interface Entry {
  version: string;
  expires: number;
  value: Promise<unknown>;
  settled?: { value: unknown };
}

/**
 * Values computed once per data version (SPEC §10: p99 ≤ 50 ms at 300 req/s) and served while the version holds.
 * `stillValid` rejects a settled value that the clock has made stale (a suspension whose time is up). Each module
 * lists this class among its own providers, so each gets its own entries.
 */
@Injectable()
export class DataVersionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly version: DataVersion) {}

  async get<T>(key: string, compute: () => Promise<T>, stillValid?: (value: T) => boolean): Promise<T> {
    const version = await this.version.current();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.expires > now && (!hit.settled || !stillValid || stillValid(hit.settled.value as T))) {
      return hit.value as Promise<T>;
    }
    const entry: Entry = { version, expires: now + TTL_MS, value: compute() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    entry.value.then(
      (value) => { entry.settled = { value }; },
      () => { if (this.entries.get(key) === entry) this.entries.delete(key); },
    );
    return entry.value as Promise<T>;
  }
}
