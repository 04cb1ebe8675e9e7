import type { SimScoreEvent } from '@rim/market-sim';

/** A `score_trajectory` row, in its column names. */
export type ScoreFacts = Record<string, unknown>;

type Payload = Record<string, unknown>;

/**
 * The scoring facts a trajectory's events leave behind, folded in memory for a bulk-loaded history: the same rules the
 * worker's apply follows one event at a time (scoring/score-events.ts), which apps/api/test/demo-history.e2e-spec.ts
 * holds it to — the identity and case mix of the first event that carries them, the start's price and hours until
 * the closing figures replace them, the judged outcome, the placement flag, the follow-up bits, the satisfaction.
 */
export function foldScoreFacts(trajectoryId: string, events: readonly SimScoreEvent[]): ScoreFacts {
  const f: ScoreFacts = { trajectory_id: trajectoryId, placed: false, follow_up_known: 0, follow_up_working: 0, excluded: false };
  const first = (column: string, value: unknown) => {
    if ((f[column] ?? null) === null && value !== undefined && value !== null) f[column] = value;
  };
  for (const { type, payload: p } of events) {
    const caseMix = (p.caseMix ?? {}) as Payload;
    first('provider_id', p.providerId);
    first('route', p.route);
    first('started_on', p.startedOn);
    first('benefit_type', caseMix.benefitType);
    first('region', caseMix.region);
    first('distance_to_labour_market', caseMix.distanceToLabourMarket);
    first('age_band', caseMix.ageBand);
    first('barrier_count', caseMix.barrierCount);
    if (type === 'trajectory.started') {
      first('price_cents', p.priceCents);
      first('planned_centihours', Math.round((p.hours as number) * 100));
    } else if (type === 'trajectory.closed') {
      Object.assign(f, {
        ended_on: p.endedOn, end_reason: p.endReason, closed_outcome: p.outcome, planned_centihours: Math.round((p.plannedHours as number) * 100),
        delivered_centihours: Math.round((p.deliveredHours as number) * 100), price_cents: p.priceCents, end_report_late: p.endReportLate,
      });
    } else if (type === 'trajectory.outcome-judged') f.judged_outcome = p.outcome;
    else if (type === 'placement.recorded') f.placed = true;
    else if (type === 'follow-up.recorded') {
      const bit = 1 << ((p.monthsAfterEnd as number) - 1);
      f.follow_up_known = (f.follow_up_known as number) | bit;
      f.follow_up_working = ((f.follow_up_working as number) & ~bit) | (p.working ? bit : 0);
    } else if (type === 'satisfaction.recorded') f.satisfaction = p.score;
  }
  return f;
}
