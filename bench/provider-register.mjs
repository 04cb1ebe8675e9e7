/** The provider register read (SPEC §10): a first page filtered by region, and a deep page with a text search. */
const FIRST_PAGE = '/api/providers?page=1&pageSize=25&region=AMR-01';
const DEEP_PAGE = '/api/providers?page=40&pageSize=25&q=werk';

export default {
  name: 'provider-register',
  async run(ctx) {
    const first = await ctx.measure({ name: 'register page 1, region', path: FIRST_PAGE });
    const deep = await ctx.measure({ name: 'register page 40, q=werk', path: DEEP_PAGE });
    await ctx.measure({ name: 'register page 1, region', path: FIRST_PAGE, overallRate: 300 });

    const health = ctx.rows.find((row) => row.path === '/health');
    for (const row of [first, deep]) {
      if (health?.rps && row.rps) ctx.figures[`${row.name} ÷ health, throughput`] = Number((row.rps / health.rps).toFixed(3));
    }
  },
};
