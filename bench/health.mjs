/** The bare floor: GET /health, no token, so the other scenarios can be read as a fraction of it. */
export default {
  name: 'health',
  async run(ctx) {
    await ctx.measure({ name: 'GET /health', path: '/health', auth: false });
  },
};
