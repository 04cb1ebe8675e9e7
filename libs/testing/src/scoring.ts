import { generateProviders, generateTrajectories, scaleForTrajectories, scoreEventsOf, type SimScoreEvent } from '@rim/market-sim';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { eventually } from './eventually.js';

export interface SimulatedScoreData {
  /** The platform provider id of each simulated provider, in the generator's order. */
  providerIds: string[];
  trajectories: number;
  events: number;
}

export interface SimulatedScoreOptions {
  seed: number;
  providers: number;
  trajectories: number;
  fromYear: number;
  years: number;
  /** Events on or after this day have not happened yet. */
  until: string;
  /** Real organisations to stand for the first simulated providers (so their users can read their own scores). */
  organisationIds?: string[];
  followUpMonths?: readonly number[];
}

/** Writes one batch of scoring events into the outbox, as the trajectory module would have in its transactions. */
export async function insertOutboxEvents(db: DataSource, events: { trajectoryId: string; event: SimScoreEvent }[]): Promise<void> {
  for (let i = 0; i < events.length; i += 2000) {
    const batch = events.slice(i, i + 2000);
    await db.query(
      `INSERT INTO outbox_event (id, type, aggregate_type, aggregate_id, payload, occurred_at, correlation_id)
       SELECT gen_random_uuid(), e.type, 'trajectory', e.aggregate_id, e.payload, e.occurred_at, 'test-scoring'
         FROM unnest($1::varchar[], $2::varchar[], $3::jsonb[], $4::timestamptz[]) AS e(type, aggregate_id, payload, occurred_at)`,
      [batch.map((e) => e.event.type), batch.map((e) => e.trajectoryId), batch.map((e) => JSON.stringify(e.event.payload)), batch.map((e) => `${e.event.on}T12:00:00Z`)],
    );
  }
}

/**
 * SC-1 test data: a simulated market's trajectories (calibrated outcomes, SPEC §9) turned into the scoring events of
 * the contract and written to the outbox in the order they happened. Fresh provider and trajectory ids every call.
 */
export async function insertSimulatedScoreEvents(db: DataSource, options: SimulatedScoreOptions): Promise<SimulatedScoreData> {
  const providers = generateProviders({ seed: options.seed, count: options.providers });
  const providerIds = providers.map((_, i) => options.organisationIds?.[i] ?? randomUUID());
  const byKvk = new Map(providers.map((p, i) => [p.kvkNumber, providerIds[i]!]));
  const scale = scaleForTrajectories(options.trajectories, options.years);
  const events: { trajectoryId: string; event: SimScoreEvent }[] = [];
  let trajectories = 0;
  for (const t of generateTrajectories({ seed: options.seed, providers, fromYear: options.fromYear, years: options.years, scale })) {
    if (t.startDate >= options.until) continue;
    const trajectoryId = randomUUID();
    trajectories += 1;
    for (const event of scoreEventsOf(t, { providerId: byKvk.get(t.providerKvk)!, until: options.until, followUpMonths: options.followUpMonths })) events.push({ trajectoryId, event });
  }
  events.sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : 0));
  await insertOutboxEvents(db, events);
  return { providerIds, trajectories, events: events.length };
}

/** Waits until the worker has applied every outbox event (SC-1). */
export function allEventsApplied(db: DataSource, timeoutMs: number): Promise<true> {
  return eventually(async () => ((await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE applied_at IS NULL`))[0]!.n === 0 ? true : undefined), timeoutMs);
}
