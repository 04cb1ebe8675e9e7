/**
 * TR-1/TR-4 under load (SPEC §10: dashboard reads p99 ≤ 50 ms at 300 req/s) as inspecteur@inspectie.demo, and the
 * OCDS export of the whole demo market: time to first and to a repeated answer, size and number of releases.
 */
import { demoToken } from './lib/login.mjs';

async function timedExport(baseUrl) {
  const start = performance.now();
  const response = await fetch(new URL('/api/public/ocds/export', baseUrl));
  const text = await response.text();
  return { ms: performance.now() - start, bytes: Buffer.byteLength(text), releases: JSON.parse(text).releases.length };
}

export default {
  name: 'transparency',
  async run(ctx) {
    const token = await demoToken(ctx.baseUrl, 'inspecteur@inspectie.demo');
    await ctx.measure({ name: 'inspector dashboard', path: '/api/inspector/dashboard', token });
    await ctx.measure({ name: 'inspector dashboard', path: '/api/inspector/dashboard', token, overallRate: 300 });
    await ctx.measure({ name: 'inspector league table page', path: '/api/inspector/league?page=1&pageSize=25', token, overallRate: 300 });
    await ctx.measure({ name: 'public market tables', path: '/api/public/market', auth: false, overallRate: 300 });

    const first = await timedExport(ctx.baseUrl);
    const again = await timedExport(ctx.baseUrl);
    ctx.figures['OCDS export: releases'] = first.releases;
    ctx.figures['OCDS export: size, MB'] = Number((first.bytes / 1_048_576).toFixed(2));
    ctx.figures['OCDS export: first answer, ms'] = Math.round(first.ms);
    ctx.figures['OCDS export: repeated answer, ms'] = Math.round(again.ms);
    const health = ctx.rows.find((row) => row.path === '/health');
    const dashboard = ctx.rows.find((row) => row.name === 'inspector dashboard' && !row.mode.endsWith('req/s'));
    if (health?.rps && dashboard?.rps) ctx.figures['inspector dashboard ÷ health, throughput'] = Number((dashboard.rps / health.rps).toFixed(3));
  },
};
