/**
 * SPEC §11 "load held": the read target of SPEC §10 (300 requests/s, p99 ≤ 50 ms) held for 60 s on the public
 * choice set of the demo market, zero errors expected.
 */
export default {
  name: 'sustained-read',
  async run(ctx) {
    const frameworks = await (await fetch(new URL('/api/public/frameworks', ctx.baseUrl))).json();
    if (!Array.isArray(frameworks) || frameworks.length === 0) {
      ctx.log('sustained-read: no published framework in the bench database; not measured');
      return;
    }
    const path = `/api/public/frameworks/${frameworks[0].id}/choice-set?lot=NAAR_WERK&region=AMR-27&targetGroup=AG-25&seed=sustained`;
    const row = await ctx.measure({ name: 'choice set, held 60 s', path, auth: false, overallRate: 300, durationS: 60 });
    ctx.figures['load held 60 s at 300 req/s: requests / errors / non-2xx'] = `${row.requests} / ${row.errors} / ${row.non2xx}`;
  },
};
