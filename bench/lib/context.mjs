import { load } from './load.mjs';
import { watchRss } from './rss.mjs';

/** Same settings for every measurement of a run, so the figures compare. */
const SETTINGS = { connections: 10, durationS: 10, warmupS: 2 };

const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/**
 * What a scenario's run(ctx) gets: `measure()` for a request, the rows measured so far and `figures`, where a
 * scenario puts numbers it derives (ratios). `token` is an access token of officer@uwv.demo; `env` is the API's
 * environment, for scenarios that measure in-process against a database of their own.
 */
export function createContext({ baseUrl, token, apiPid, env, log }) {
  const rss = watchRss(apiPid);
  const ctx = {
    baseUrl,
    token,
    env,
    log,
    settings: SETTINGS,
    rows: [],
    figures: {},
    scenario: undefined,
    /**
     * Measures GET `path` with the officer's token (or `token`; none when `auth` is false); at `overallRate` req/s when
     * given; for `durationS` seconds (the run's setting when absent).
     */
    async measure({ name, path, auth = true, overallRate, token: as = token, durationS = SETTINGS.durationS }) {
      const url = new URL(path, baseUrl).toString();
      const headers = auth ? { authorization: `Bearer ${as}` } : {};
      const mode = `${overallRate ? `${overallRate} req/s` : `${SETTINGS.connections} conn`}${durationS === SETTINGS.durationS ? '' : `, ${durationS} s`}`;
      const row = { scenario: ctx.scenario, name, path, mode };
      ctx.rows.push(row);
      const probe = await fetch(url, { headers });
      await probe.arrayBuffer();
      if (!probe.ok) {
        row.skipped = `HTTP ${probe.status}`;
        log(`${name}: not measured, a first request answered HTTP ${probe.status}`);
        return row;
      }
      log(`${name} (${mode}, ${SETTINGS.warmupS} s warm-up + ${durationS} s)…`);
      const peak = rss.window();
      const stats = await load({ url, headers, ...SETTINGS, durationS, overallRate });
      Object.assign(row, stats, { rps: round(stats.rps), p50Ms: round(stats.p50Ms), p99Ms: round(stats.p99Ms), rssPeakMb: peak() });
      log(`  ${row.rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.errors} errors, ${row.non2xx} non-2xx`);
      return row;
    },
    /** Stops the memory sampling; the API's peak RSS over the whole run, in MiB. */
    finish: () => rss.stop(),
  };
  return ctx;
}
