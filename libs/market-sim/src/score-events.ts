import type { SimTrajectory } from './trajectories.js';

/** An outbox event of SC-1 in the shape the trajectory module writes it (aggregate: the trajectory). */
export interface SimScoreEvent {
  type: string;
  /** The day it happens (YYYY-MM-DD). */
  on: string;
  payload: Record<string, unknown>;
}

export interface ScoreEventOptions {
  /** The platform's id of the provider (the simulated one has only a KvK number). */
  providerId: string;
  /** Only events that happened before this day (YYYY-MM-DD); all of them when absent. */
  until?: string;
  /** Which months after the end get an IC-13 work status; 1–12 when absent. */
  followUpMonths?: readonly number[];
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number): string => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
function addMonths(day: string, months: number): string {
  const d = new Date(Date.parse(day));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

/** FNV-1a of the trajectory id: deterministic small variations (report delay, delivered share) per trajectory. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/**
 * The scoring events of one simulated trajectory, in the order they happen: start (purchase order), placement,
 * end-report approval (a Naar werk success first closes PENDING and is judged a month later, IC-9), the
 * monthly work status after the end (IC-13) and the satisfaction score (IC-11).
 */
export function scoreEventsOf(t: SimTrajectory, options: ScoreEventOptions): SimScoreEvent[] {
  const { providerId } = options;
  const route = t.route;
  const caseMix = {
    benefitType: t.benefitType, targetGroup: t.targetGroup, region: t.region, distanceToLabourMarket: t.client.distanceToLabourMarket,
    ageBand: t.client.ageBand, barrierCount: t.client.barriers.length,
  };
  const h = hash(t.id);
  const reportDays = 1 + (h % 20);
  const closedOn = addDays(t.endDate, reportDays);
  const pending = t.outcome === 'SUCCESS' && route === 'NAAR_WERK';
  const deliveredShare = t.outcome === 'EARLY_TERMINATION' ? 0.2 + ((h >>> 8) % 60) / 100 : 0.85 + ((h >>> 8) % 16) / 100;
  const events: SimScoreEvent[] = [
    { type: 'trajectory.started', on: t.startDate, payload: { providerId, route, frameworkId: null, startedOn: t.startDate, priceCents: t.priceCents, hours: t.plannedHours, caseMix } },
  ];
  if (t.placement) {
    const p = t.placement;
    events.push({
      type: 'placement.recorded', on: p.startDate,
      payload: { providerId, route, start: p.startDate, contractType: p.contract.type, contractMonths: p.contract.type === 'FIXED_TERM' ? p.contract.months : null, hoursPerWeek: p.hoursPerWeek },
    });
  }
  events.push({
    type: 'trajectory.closed', on: closedOn,
    payload: {
      providerId, route, startedOn: t.startDate, endedOn: t.endDate, endReason: t.endReason, outcome: pending ? 'PENDING' : t.outcome,
      plannedHours: t.plannedHours, deliveredHours: Math.round(t.plannedHours * deliveredShare * 4) / 4, priceCents: t.priceCents, endReportLate: reportDays > 14, caseMix,
    },
  });
  if (pending) events.push({ type: 'trajectory.outcome-judged', on: addDays(closedOn, 30), payload: { providerId, route, outcome: 'SUCCESS', judgedOn: addDays(closedOn, 30) } });
  if (t.satisfaction !== null) events.push({ type: 'satisfaction.recorded', on: addDays(closedOn, 7), payload: { providerId, route, score: t.satisfaction } });
  for (const month of options.followUpMonths ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    const first = addMonths(t.endDate, month);
    events.push({
      type: 'follow-up.recorded', on: addMonths(first, 1),
      payload: { providerId, route, month: first.slice(0, 7), monthsAfterEnd: month, working: (t.workAfterEnd & (1 << (month - 1))) !== 0 },
    });
  }
  return options.until ? events.filter((e) => e.on < options.until!) : events;
}
