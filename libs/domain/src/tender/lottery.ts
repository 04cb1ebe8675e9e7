import { createHash } from 'node:crypto';

/** A recorded draw: anyone holding the seed can recompute the order (TD-8). */
export interface LotteryDraw {
  readonly seed: string;
  /** Separates draws made with one seed, e.g. the lot id. */
  readonly scope: string;
  /** Entrants in canonical (sorted) order. */
  readonly entrants: readonly string[];
  /** Entrants in drawn order, winner first. */
  readonly order: readonly string[];
}

/** The entrant's ticket: hex SHA-256 of seed, scope and entrant, separated by NUL so no two inputs collide. */
export function lotteryTicket(seed: string, scope: string, entrant: string): string {
  return createHash('sha256').update(`${seed}\u0000${scope}\u0000${entrant}`).digest('hex');
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * TD-8 seeded lottery: entrants are ordered by their ticket, so the draw depends only on the seed, the scope and
 * the set of entrants — never on the order they are passed in — and can be re-run with `sha256sum` by an objector.
 */
export function drawLottery(seed: string, scope: string, entrants: readonly string[]): LotteryDraw {
  const canonical = [...new Set(entrants)].sort(byCodeUnit);
  const tickets = new Map(canonical.map((e) => [e, lotteryTicket(seed, scope, e)]));
  const order = [...canonical].sort((a, b) => byCodeUnit(tickets.get(a)!, tickets.get(b)!));
  return { seed, scope, entrants: canonical, order };
}
