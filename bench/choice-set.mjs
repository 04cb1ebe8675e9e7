/** FW-7/FW-8 choice-set reads (SPEC §10: p99 ≤ 50 ms at 300 req/s, throughput ≥ 0.5 × health), on the public route. */
export default {
  name: 'choice-set',
  async run(ctx) {
    const frameworks = await (await fetch(new URL('/api/public/frameworks', ctx.baseUrl))).json();
    if (!Array.isArray(frameworks) || frameworks.length === 0) {
      ctx.log('choice-set: no published framework in the bench database; not measured');
      return;
    }
    const path = `/api/public/frameworks/${frameworks[0].id}/choice-set?lot=NAAR_WERK&region=AMR-27&targetGroup=AG-25&seed=bench-case`;
    const open = await ctx.measure({ name: 'choice set (public)', path, auth: false });
    await ctx.measure({ name: 'choice set (public)', path, auth: false, overallRate: 300 });
    const health = ctx.rows.find((row) => row.path === '/health');
    if (health?.rps && open.rps) ctx.figures['choice set ÷ health, throughput'] = Number((open.rps / health.rps).toFixed(3));
  },
};
