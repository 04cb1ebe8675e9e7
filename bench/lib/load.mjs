import autocannon from 'autocannon';

/**
 * One autocannon run against `url`: a warm-up of `warmupS` seconds (discarded), then `durationS` seconds measured.
 *
 * With `overallRate`, each connection sends its share of that rate per second (autocannon sends a connection's
 * share back to back at the start of each second, so the load comes in bursts, not evenly spaced).
 * Coordinated-omission correction is switched off there: autocannon 9 corrects with an expected interval of
 * ceil(1 / rate) = 1 ms, which adds dozens of synthetic samples per request and inflates the tail. The
 * latencies reported are the measured ones.
 */
export async function load({ url, headers = {}, connections, durationS, warmupS, overallRate }) {
  const options = { url, headers, connections, ...(overallRate ? { overallRate, ignoreCoordinatedOmission: true } : {}) };
  if (warmupS > 0) await autocannon({ ...options, duration: warmupS });
  const result = await autocannon({ ...options, duration: durationS });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
