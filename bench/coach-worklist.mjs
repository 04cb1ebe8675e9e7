/** The coach's worklist (IC-8 deadlines, plans and reports waiting) read under load, as coach@uwv.demo of the demo market. */
import { demoToken } from './lib/login.mjs';

export default {
  name: 'coach-worklist',
  async run(ctx) {
    const accessToken = await demoToken(ctx.baseUrl, 'coach@uwv.demo');
    const lists = await (await fetch(new URL('/api/worklist', ctx.baseUrl), { headers: { authorization: `Bearer ${accessToken}` } })).json();
    ctx.figures['coach worklist: items in the lists'] = Object.values(lists).reduce((n, list) => n + list.length, 0);
    await ctx.measure({ name: 'coach worklist', path: '/api/worklist', token: accessToken });
    await ctx.measure({ name: 'coach worklist', path: '/api/worklist', token: accessToken, overallRate: 300 });
    await ctx.measure({ name: 'coach case list page 1', path: '/api/cases', token: accessToken });
  },
};
