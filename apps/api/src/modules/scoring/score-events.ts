/** SC-1: the outbox events scoring counts, and the change each makes to its trajectory's `score_trajectory` row. */

type Json = Record<string, unknown>;

export interface FactChange {
  /** `SET` list of an UPDATE of score_trajectory; $1 is the trajectory id, the values follow from $2. */
  set: string;
  values: unknown[];
}

class PayloadError extends Error {}

function field<T>(payload: Json, name: string, check: (v: unknown) => v is T, what: string): T {
  const value = payload[name];
  if (!check(value)) throw new PayloadError(`${name} must be ${what}, got ${JSON.stringify(value)}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const optional = <T>(check: (v: unknown) => v is T) => (v: unknown): v is T | undefined | null => v === undefined || v === null || check(v);

/** Provider, route, start day and case mix: every event may carry them; the first value seen stays. */
function identity(payload: Json): FactChange {
  const caseMix = (payload.caseMix ?? {}) as Json;
  const values = [
    field(payload, 'providerId', isString, 'a provider id'),
    field(payload, 'route', isString, 'a route'),
    field(payload, 'startedOn', optional(isDate), 'a date') ?? null,
    field(caseMix, 'benefitType', optional(isString), 'a benefit type') ?? null,
    field(caseMix, 'region', optional(isString), 'a region code') ?? null,
    field(caseMix, 'distanceToLabourMarket', optional(isNumber), 'a number') ?? null,
    field(caseMix, 'ageBand', optional(isString), 'an age band') ?? null,
    field(caseMix, 'barrierCount', optional(isNumber), 'a count') ?? null,
  ];
  const columns = ['provider_id', 'route', 'started_on', 'benefit_type', 'region', 'distance_to_labour_market', 'age_band', 'barrier_count'];
  return { set: columns.map((c, i) => `${c} = coalesce(${c}, $${i + 2})`).join(', '), values };
}

/** Appends `set` (which numbers its values through `v`) to the identity change. */
function and(first: FactChange, set: (v: (value: unknown) => string) => string): FactChange {
  const values = [...first.values];
  const clause = set((value) => `$${values.push(value) + 1}`);
  return { set: `${first.set}, ${clause}`, values };
}

const OUTCOMES = ['SUCCESS', 'UNSUCCESSFUL', 'EARLY_TERMINATION', 'PENDING'];
const isOutcome = (v: unknown): v is string => typeof v === 'string' && OUTCOMES.includes(v);
const isMonth = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12;
const isScore = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10;

const CHANGES: Readonly<Record<string, (payload: Json) => FactChange>> = {
  'trajectory.started': (p) => {
    const price = field(p, 'priceCents', isNumber, 'an amount in cents');
    const hours = field(p, 'hours', isNumber, 'hours');
    return and(identity(p), (v) => `price_cents = coalesce(price_cents, ${v(price)}), planned_centihours = coalesce(planned_centihours, ${v(Math.round(hours * 100))})`);
  },
  // The closing figures are final: they replace what the start said.
  'trajectory.closed': (p) => {
    const values = [
      field(p, 'endedOn', isDate, 'a date'), field(p, 'endReason', isString, 'an end reason'), field(p, 'outcome', isOutcome, 'an outcome'),
      Math.round(field(p, 'plannedHours', isNumber, 'hours') * 100), Math.round(field(p, 'deliveredHours', isNumber, 'hours') * 100), field(p, 'priceCents', isNumber, 'an amount in cents'),
      field(p, 'endReportLate', isBoolean, 'true or false'),
    ];
    const columns = ['ended_on', 'end_reason', 'closed_outcome', 'planned_centihours', 'delivered_centihours', 'price_cents', 'end_report_late'];
    return and(identity(p), (v) => columns.map((c, i) => `${c} = ${v(values[i])}`).join(', '));
  },
  'trajectory.outcome-judged': (p) => {
    const outcome = field(p, 'outcome', isOutcome, 'an outcome');
    return and(identity(p), (v) => `judged_outcome = ${v(outcome)}`);
  },
  'placement.recorded': (p) => and(identity(p), () => 'placed = true'),
  // A month reported again replaces the earlier report of that month.
  'follow-up.recorded': (p) => {
    const bit = 1 << (field(p, 'monthsAfterEnd', isMonth, 'a month 1–12') - 1);
    const working = field(p, 'working', isBoolean, 'true or false') ? bit : 0;
    return and(identity(p), (v) => `follow_up_known = follow_up_known | ${v(bit)}::int, follow_up_working = (follow_up_working & ~${v(bit)}::int) | ${v(working)}::int`);
  },
  'satisfaction.recorded': (p) => {
    const score = field(p, 'score', isScore, 'a score 1–10');
    return and(identity(p), (v) => `satisfaction = ${v(score)}`);
  },
};

export const SCORING_EVENT_TYPES = Object.keys(CHANGES);

/** The row change an event makes, or null for events scoring does not count. Throws on a malformed payload. */
export function factChange(type: string, payload: object): FactChange | null {
  const change = CHANGES[type];
  if (!change) return null;
  try {
    return change(payload as Json);
  } catch (err) {
    if (err instanceof PayloadError) throw new Error(`${type}: ${err.message}`);
    throw err;
  }
}
