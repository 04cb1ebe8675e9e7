import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { drawLottery, lotteryTicket } from './lottery.js';

describe('TD-8 seeded lottery', () => {
  it('TD-8: a ticket is the SHA-256 of seed, scope and entrant separated by NUL, so anyone can recompute it', () => {
    const expected = createHash('sha256').update('s\u0000lot\u0000B1').digest('hex');
    expect(lotteryTicket('s', 'lot', 'B1')).toBe(expected);
    expect(lotteryTicket('s', 'lot', 'B1')).not.toBe(lotteryTicket('s', 'lotB', '1'));
  });

  it('TD-8: the draw orders entrants by ticket and records seed, scope and entrants', () => {
    const draw = drawLottery('s', 'lot', ['B2', 'B1', 'B3']);
    expect(draw.entrants).toEqual(['B1', 'B2', 'B3']);
    const byTicket = [...draw.entrants].sort((a, b) => (lotteryTicket('s', 'lot', a) < lotteryTicket('s', 'lot', b) ? -1 : 1));
    expect(draw.order).toEqual(byTicket);
    expect(draw).toMatchObject({ seed: 's', scope: 'lot' });
  });

  it('TD-8: property: the draw is reproducible from its seed and independent of entrant order', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }).chain((e) =>
          fc.tuple(fc.constant(e), fc.shuffledSubarray(e, { minLength: e.length, maxLength: e.length })),
        ),
        (seed, [entrants, reordered]) => {
          const draw = drawLottery(seed, 'lot', entrants);
          expect(drawLottery(seed, 'lot', reordered)).toEqual(draw);
          expect([...draw.order].sort()).toEqual([...entrants].sort());
        },
      ),
    );
  });
});
