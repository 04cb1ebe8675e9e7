import { DataVersionCache } from './data-version-cache.js';
import type { DataVersion } from './data-version.js';

/** A data version the test moves by hand. */
function cacheAt(): { cache: DataVersionCache; move: () => void } {
  let version = 0;
  const dataVersion = { current: async () => String(version) } as unknown as DataVersion;
  return { cache: new DataVersionCache(dataVersion), move: () => { version += 1; } };
}

describe('DataVersionCache (SPEC §10 reads)', () => {
  it('computes once per data version and again when the version moves', async () => {
    const { cache, move } = cacheAt();
    let computed = 0;
    const get = () => cache.get('k', async () => ++computed);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    move();
    expect(await get()).toBe(2);
  });

  it('computes again when the clock has made a value stale, and after a failure', async () => {
    const { cache } = cacheAt();
    let valid = true;
    let computed = 0;
    const get = () => cache.get('k', async () => ++computed, () => valid);
    await get();
    expect(await get()).toBe(1);
    valid = false;
    expect(await get()).toBe(2);
    await expect(cache.get('failing', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('failing', async () => 'up')).toBe('up');
  });

  it('keeps a bounded number of entries, dropping the oldest first', async () => {
    const { cache } = cacheAt();
    for (let i = 0; i <= 1_000; i++) await cache.get(`k${i}`, async () => i);
    expect(await cache.get('k0', async () => 'again')).toBe('again');
    expect(await cache.get('k1000', async () => 'again')).toBe(1_000);
  });
});
