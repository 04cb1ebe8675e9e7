import { DEFAULT_HOURLY_RATE_CENTS, INKOOPKADER_AG_2016_LOTS, maxDurationFor, TARGET_GROUPS, type LotCaps } from '@rim/domain';
import { MARKET_CALIBRATION as C } from './calibration.js';
import { drawBenefitType, drawClient, seedColumnOf, serviceOf, type Route, type Service, type SimClientFeatures } from './clients.js';
import type { SimProvider } from './providers.js';
import { Rng } from './rng.js';

export type SimOutcome = 'SUCCESS' | 'UNSUCCESSFUL' | 'EARLY_TERMINATION';
/** IC-8 end reasons: WF ends with the first four, Naar werk and IRO with PLACEMENT, MAX_DURATION or EARLY_RETURN. */
export type SimEndReason = 'RESULT_ACHIEVED' | 'MAX_DURATION' | 'EARLY_RETURN' | 'RETURNED_AFTER_EVALUATION' | 'PLACEMENT';
export type SimContract = { type: 'FIXED_TERM'; months: number } | { type: 'INDEFINITE' } | { type: 'SELF_EMPLOYED' };

/** IC-7 placement: the work that made a Naar werk or IRO trajectory successful (IC-9). */
export interface SimPlacement {
  startDate: string;
  contract: SimContract;
  hoursPerWeek: number;
}

export interface SimTrajectory {
  id: string;
  clientKey: string;
  providerKvk: string;
  route: Route;
  benefitType: string;
  targetGroup: string;
  region: string;
  client: SimClientFeatures;
  plannedHours: number;
  /** Hours above the lot's normal cap (FW-1), which need a justification (IC-5). */
  exceptionHours: boolean;
  plannedMonths: number;
  priceCents: number;
  startDate: string;
  endDate: string;
  outcome: SimOutcome;
  endReason: SimEndReason;
  placement: SimPlacement | null;
  /** Bit m − 1 is set when the client works in month m (1–12) after the end (IC-13); see `workingInMonth`. */
  workAfterEnd: number;
  satisfaction: number | null;
}

export interface TrajectoryOptions {
  seed: number;
  providers: readonly SimProvider[];
  fromYear: number;
  years: number;
  /** Multiplies the calibrated yearly volumes; see `scaleForTrajectories`. */
  scale?: number;
}

export const ROUTES: readonly Route[] = ['WERKFIT', 'NAAR_WERK', 'IRO'];

const FRAMEWORK_PER_YEAR = C.purchasesPerYear.WERKFIT + C.purchasesPerYear.NAAR_WERK;

/** Trajectories started a year at scale 1; IROs make up `iroSharePercent` of all of them (seed 001). */
export const TRAJECTORIES_PER_YEAR: Readonly<Record<Route, number>> = Object.freeze({
  WERKFIT: C.purchasesPerYear.WERKFIT,
  NAAR_WERK: C.purchasesPerYear.NAAR_WERK,
  IRO: (FRAMEWORK_PER_YEAR * C.iroSharePercent) / (100 - C.iroSharePercent),
});

/** The scale at which `generateTrajectories` yields about `target` rows over `years` years. */
export function scaleForTrajectories(target: number, years: number): number {
  return target / (years * ROUTES.reduce((total, route) => total + TRAJECTORIES_PER_YEAR[route], 0));
}

export function workingInMonth(workAfterEnd: number, month: number): boolean {
  return (workAfterEnd & (1 << (month - 1))) !== 0;
}

/** FNV-1a of seed and key: independent, reproducible streams per purpose and per provider. */
function hash(seed: number, key: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));

/** A provider's latent quality (log-odds of success): heavy-tailed, the same for a seed and KvK number. */
export function providerQualityEffect(seed: number, kvkNumber: string): number {
  const { degreesOfFreedom, scale, clip } = C.outcomeModel.provider;
  const rng = new Rng(hash(seed, `quality:${kvkNumber}`));
  let chiSquare = 0;
  for (let i = 0; i < degreesOfFreedom; i++) chiSquare += gaussian(rng) ** 2;
  return clamp((scale * gaussian(rng)) / Math.sqrt(chiSquare / degreesOfFreedom), -clip, clip);
}

interface Seat {
  provider: SimProvider;
  quality: number;
  groupsByPopulation: Record<'WW' | 'AG', string[]>;
}

/** Providers offering a route, drawn in proportion to their annual capacity. */
interface Picker {
  seats: Seat[];
  cumulative: Float64Array;
}

interface Case {
  seat: Seat;
  benefitType: string;
  client: SimClientFeatures;
  region: string;
  regionEffect: number;
}

interface Chain {
  first: number;
  stay: number;
  start: number;
}

type OutcomeKey = 'success' | 'unsuccessful' | 'early';
const OUTCOME_KEY: Readonly<Record<SimOutcome, OutcomeKey>> = { SUCCESS: 'success', UNSUCCESSFUL: 'unsuccessful', EARLY_TERMINATION: 'early' };

interface Market {
  pickers: Record<Route, Picker>;
  regionEffects: Map<string, number>;
  intercepts: Record<Route, { success: number; early: number }>;
}

const POPULATION = new Map(TARGET_GROUPS.map((t) => [t.code, t.population]));

function pickerFor(seats: Seat[], route: Route): Picker {
  const offering = route === 'IRO' ? seats : seats.filter((s) => s.provider.services.includes(route));
  if (offering.length === 0) throw new RangeError(`no provider offers ${route}`);
  const cumulative = new Float64Array(offering.length);
  let total = 0;
  offering.forEach((s, i) => (cumulative[i] = total += s.provider.annualCapacity));
  return { seats: offering, cumulative };
}

function pick(rng: Rng, picker: Picker): Seat {
  const { cumulative, seats } = picker;
  const r = rng.next() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return seats[lo]!;
}

function drawCase(rng: Rng, market: Pick<Market, 'pickers' | 'regionEffects'>, route: Route): Case {
  const seat = pick(rng, market.pickers[route]);
  const benefitType = drawBenefitType(rng, route);
  const client = drawClient(rng, serviceOf(route), benefitType);
  const region = rng.pick(seat.provider.regionsServed);
  return { seat, benefitType, client, region, regionEffect: market.regionEffects.get(region) ?? 0 };
}

function successScore(c: Case): number {
  const m = C.outcomeModel.success;
  return (
    m.perDistanceStep * (c.client.distanceToLabourMarket - 3) +
    m.perBarrier * c.client.barriers.length +
    m.perHourOfCapacity * (c.client.hoursPerWeek - 24) +
    m.ageBand[c.client.ageBand] +
    (m.benefitType[c.benefitType] ?? 0) +
    c.seat.quality +
    c.regionEffect
  );
}

function earlyScore(c: Case): number {
  const m = C.outcomeModel.early;
  return m.perDistanceStep * (c.client.distanceToLabourMarket - 3) + m.perBarrier * c.client.barriers.length + m.providerWeight * c.seat.quality;
}

/** The intercept `a` at which the weighted mean of sigmoid(a + score) equals `target`, by Newton's method. */
function solveIntercept(scores: Float64Array, weights: Float64Array | null, target: number): number {
  let a = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let value = 0;
    let slope = 0;
    for (let i = 0; i < scores.length; i++) {
      const p = sigmoid(a + scores[i]!);
      const w = weights ? weights[i]! : 1;
      value += w * p;
      slope += w * p * (1 - p);
    }
    const step = (value / scores.length - target) / (slope / scores.length);
    a -= clamp(step, -2, 2);
    if (Math.abs(step) < 1e-9) break;
  }
  return a;
}

const CALIBRATION_SAMPLE = 40_000;

/** Intercepts that make this market's expected outcome shares equal the calibrated ones of the route. */
function solveIntercepts(rng: Rng, market: Pick<Market, 'pickers' | 'regionEffects'>, route: Route): { success: number; early: number } {
  const successScores = new Float64Array(CALIBRATION_SAMPLE);
  const earlyScores = new Float64Array(CALIBRATION_SAMPLE);
  for (let i = 0; i < CALIBRATION_SAMPLE; i++) {
    const c = drawCase(rng, market, route);
    successScores[i] = successScore(c);
    earlyScores[i] = earlyScore(c);
  }
  const target = C.outcomes[route];
  const early = solveIntercept(earlyScores, null, target.early / 100);
  const notEarly = earlyScores.map((score) => 1 - sigmoid(early + score));
  return { success: solveIntercept(successScores, notEarly, target.success / 100), early };
}

function buildMarket(seed: number, providers: readonly SimProvider[]): Market {
  const seats = providers.map((provider): Seat => {
    const groupsByPopulation: Record<'WW' | 'AG', string[]> = { WW: [], AG: [] };
    for (const code of provider.targetGroups) groupsByPopulation[POPULATION.get(code) ?? 'AG'].push(code);
    return { provider, quality: providerQualityEffect(seed, provider.kvkNumber), groupsByPopulation };
  });
  const pickers = { WERKFIT: pickerFor(seats, 'WERKFIT'), NAAR_WERK: pickerFor(seats, 'NAAR_WERK'), IRO: pickerFor(seats, 'IRO') };
  const regionEffects = new Map<string, number>();
  for (const code of new Set(providers.flatMap((p) => p.regionsServed))) {
    regionEffects.set(code, C.outcomeModel.regionSd * gaussian(new Rng(hash(seed, `region:${code}`))));
  }
  const rng = new Rng(hash(seed, 'calibration'));
  const base = { pickers, regionEffects };
  return { ...base, intercepts: { WERKFIT: solveIntercepts(rng, base, 'WERKFIT'), NAAR_WERK: solveIntercepts(rng, base, 'NAAR_WERK'), IRO: solveIntercepts(rng, base, 'IRO') } };
}

/** A two-state monthly chain (working or not) through month 1, month 12 and the level it tends to. */
function chainOf(curve: { month1: number; month12: number; plateau: number }): Chain {
  const [first, last, plateau] = [curve.month1 / 100, curve.month12 / 100, curve.plateau / 100];
  const lambda = ((last - plateau) / (first - plateau)) ** (1 / 11);
  const start = plateau * (1 - lambda);
  return { first, stay: lambda + start, start };
}

const CHAINS: Readonly<Record<Service, Record<OutcomeKey, Chain>>> = {
  WERKFIT: {
    success: chainOf(C.workingAfterEnd.WERKFIT.success),
    unsuccessful: chainOf(C.workingAfterEnd.WERKFIT.unsuccessful),
    early: chainOf(C.workingAfterEnd.WERKFIT.early),
  },
  NAAR_WERK: {
    success: chainOf(C.workingAfterEnd.NAAR_WERK.success),
    unsuccessful: chainOf(C.workingAfterEnd.NAAR_WERK.unsuccessful),
    early: chainOf(C.workingAfterEnd.NAAR_WERK.early),
  },
};

function drawWorkAfterEnd(rng: Rng, chain: Chain): number {
  let working = rng.next() < chain.first;
  let mask = working ? 1 : 0;
  for (let month = 1; month < 12; month++) {
    working = rng.next() < (working ? chain.stay : chain.start);
    if (working) mask |= 1 << month;
  }
  return mask;
}

const LOT_CAPS = new Map(INKOOPKADER_AG_2016_LOTS.map((lot) => [lot.lot, lot.caps]));

function capsOf(service: Service): LotCaps {
  const caps = LOT_CAPS.get(service);
  if (!caps) throw new RangeError(`no lot terms for ${service}`);
  return caps;
}

interface Plan {
  hours: number;
  exceptionHours: boolean;
  months: number;
  priceCents: number;
}

/** FW-1 / IC-5: hours around the calibrated mean within the normal cap, or exception hours for clients far from work. */
function planFramework(rng: Rng, service: Service, c: Case): Plan {
  const caps = capsOf(service);
  const column = seedColumnOf(c.benefitType);
  const distance = c.client.distanceToLabourMarket;
  const far = service === 'WERKFIT' ? distance === 5 : distance >= 4;
  const exceptionHours = far && rng.next() * 100 < C.exceptionHoursPercent[service];
  const hours = exceptionHours
    ? rng.int(caps.hoursNormal + 1, caps.hoursException)
    : clamp(Math.round(C.plannedHoursAverage[service][column] + C.planSpread.hoursSd * gaussian(rng)), 4, caps.hoursNormal);
  const meanMonths = C.plannedDurationMonths[service][column];
  const months = clamp(Math.round(meanMonths + C.planSpread.monthsSd * gaussian(rng)), 1, maxDurationFor(caps, c.benefitType));
  return { hours, exceptionHours, months, priceCents: hours * DEFAULT_HOURLY_RATE_CENTS };
}

/** An IRO quote: hours at the provider's own rate, within the maximum amount except for a few (IC-5, IC-6). */
function planIro(rng: Rng): Plan {
  const { hours: h, months: m, quotedHourlyRateCents: rate, maximumAmountCents, aboveMaximumPercent } = C.iro;
  const hours = clamp(Math.round(h.mean + h.sd * gaussian(rng)), h.min, h.max);
  const months = clamp(Math.round(m.mean + m.sd * gaussian(rng)), m.min, m.max);
  const quote = hours * rng.int(rate.min / 100, rate.max / 100) * 100;
  const priceCents = rng.next() * 100 < aboveMaximumPercent ? Math.max(quote, maximumAmountCents + rng.int(1, 100) * 1_000) : Math.min(quote, maximumAmountCents);
  return { hours, exceptionHours: false, months, priceCents };
}

const DAY_MS = 86_400_000;

interface CalendarDay {
  iso: string;
  year: number;
  month: number;
  date: number;
}

/** One entry per distinct day, so bounded by the calendar span, never by the number of rows. */
const CALENDAR = new Map<number, CalendarDay>();

function calendarDay(day: number): CalendarDay {
  let entry = CALENDAR.get(day);
  if (!entry) {
    const date = new Date(day * DAY_MS);
    entry = { iso: date.toISOString().slice(0, 10), year: date.getUTCFullYear(), month: date.getUTCMonth(), date: date.getUTCDate() };
    CALENDAR.set(day, entry);
  }
  return entry;
}

const isoDate = (day: number): string => calendarDay(day).iso;

/** The same day of the month `months` later, or that month's last day. */
function addMonths(day: number, months: number): number {
  const { year, month, date } = calendarDay(day);
  const first = Date.UTC(year, month + months, 1) / DAY_MS;
  const length = Date.UTC(year, month + months + 1, 1) / DAY_MS - first;
  return first + Math.min(date, length) - 1;
}

/** Monday to Friday of a year, as days since 1970-01-01 (a Thursday). */
function weekdaysOf(year: number): number[] {
  const days: number[] = [];
  for (let day = Date.UTC(year, 0, 1) / DAY_MS; day < Date.UTC(year + 1, 0, 1) / DAY_MS; day++) {
    if ((day + 4) % 7 !== 0 && (day + 4) % 7 !== 6) days.push(day);
  }
  return days;
}

/** End day and IC-8 reason: success and early returns end within the plan, the rest at its end or the WF evaluation. */
function ending(rng: Rng, route: Route, outcome: SimOutcome, start: number, months: number): { end: number; reason: SimEndReason } {
  const full = addMonths(start, months);
  const within = (from: number, to: number): number => start + Math.round((full - start) * (from + (to - from) * rng.next()));
  if (outcome === 'EARLY_TERMINATION') return { end: within(0.1, 0.8), reason: 'EARLY_RETURN' };
  if (outcome === 'SUCCESS') return route === 'WERKFIT' ? { end: within(0.7, 1), reason: 'RESULT_ACHIEVED' } : { end: within(0.35, 1), reason: 'PLACEMENT' };
  if (route === 'WERKFIT' && months > 3 && rng.next() * 100 < C.returnedAfterEvaluationPercent) {
    return { end: addMonths(start, months > 6 ? 6 : 3), reason: 'RETURNED_AFTER_EVALUATION' };
  }
  return { end: full, reason: 'MAX_DURATION' };
}

const CONTRACTS: [SimContract['type'], number][] = [['FIXED_TERM', C.placementContracts.FIXED_TERM], ['INDEFINITE', C.placementContracts.INDEFINITE], ['SELF_EMPLOYED', C.placementContracts.SELF_EMPLOYED]];

/** IC-9: work of at least half the client's hours (Wajong: at least 12 a week), starting during the service. */
function drawPlacement(rng: Rng, c: Case, start: number, end: number): SimPlacement {
  const capacity = c.client.hoursPerWeek;
  const minimum = c.benefitType === 'WAJONG' ? 12 : Math.ceil(capacity / 2);
  const type = rng.weighted(CONTRACTS);
  return {
    startDate: isoDate(rng.int(start, end)),
    contract: type === 'FIXED_TERM' ? { type, months: rng.weighted(C.placementContracts.fixedTermMonths) } : { type },
    hoursPerWeek: rng.int(minimum, Math.max(minimum, capacity)),
  };
}

function drawSatisfaction(rng: Rng, outcome: SimOutcome, quality: number): number | null {
  const s = C.satisfaction;
  if (rng.next() * 100 >= s.surveyedPercent) return null;
  const shift = outcome === 'SUCCESS' ? s.successBonus : outcome === 'EARLY_TERMINATION' ? -s.earlyPenalty : 0;
  return clamp(Math.round(s.mean + shift + s.providerWeight * quality + s.sd * gaussian(rng)), 1, 10);
}

/** 52 random bits in base 36. */
const clientKey = (rng: Rng): string => `K-${(Math.floor(rng.next() * 0x10_0000) * 0x1_0000_0000 + Math.floor(rng.next() * 0x1_0000_0000)).toString(36).padStart(11, '0')}`;

function trajectory(rng: Rng, market: Market, route: Route, start: number, id: string): SimTrajectory {
  const c = drawCase(rng, market, route);
  const service = serviceOf(route);
  const intercepts = market.intercepts[route];
  const outcome: SimOutcome =
    rng.next() < sigmoid(intercepts.early + earlyScore(c)) ? 'EARLY_TERMINATION' : rng.next() < sigmoid(intercepts.success + successScore(c)) ? 'SUCCESS' : 'UNSUCCESSFUL';
  const plan = route === 'IRO' ? planIro(rng) : planFramework(rng, service, c);
  const { end, reason } = ending(rng, route, outcome, start, plan.months);
  const groups = c.seat.groupsByPopulation[c.benefitType === 'WW' ? 'WW' : 'AG'];
  return {
    id,
    clientKey: clientKey(rng),
    providerKvk: c.seat.provider.kvkNumber,
    route,
    benefitType: c.benefitType,
    targetGroup: rng.pick(groups.length > 0 ? groups : c.seat.provider.targetGroups),
    region: c.region,
    client: c.client,
    plannedHours: plan.hours,
    exceptionHours: plan.exceptionHours,
    plannedMonths: plan.months,
    priceCents: plan.priceCents,
    startDate: isoDate(start),
    endDate: isoDate(end),
    outcome,
    endReason: reason,
    placement: outcome === 'SUCCESS' && service === 'NAAR_WERK' ? drawPlacement(rng, c, start, end) : null,
    workAfterEnd: drawWorkAfterEnd(rng, CHAINS[service][OUTCOME_KEY[outcome]]),
    satisfaction: drawSatisfaction(rng, outcome, c.seat.quality),
  };
}

/**
 * SPEC §9: trajectories started from 1 January `fromYear` for `years` years, streamed one at a time in order of start
 * date (working days), each route's yearly volume spread evenly. Same options, same rows in the same order.
 */
export function* generateTrajectories(options: TrajectoryOptions): Generator<SimTrajectory, void, undefined> {
  const { seed, providers, fromYear, years, scale = 1 } = options;
  if (!Number.isInteger(years) || years < 1) throw new RangeError('years must be a positive integer');
  if (!(scale > 0)) throw new RangeError('scale must be positive');
  const market = buildMarket(seed, providers);
  const rng = new Rng(hash(seed, 'trajectories'));
  let n = 0;
  for (let year = fromYear; year < fromYear + years; year++) {
    const days = weekdaysOf(year);
    const volumes = ROUTES.map((route) => Math.round(TRAJECTORIES_PER_YEAR[route] * scale));
    for (let d = 0; d < days.length; d++) {
      for (let r = 0; r < ROUTES.length; r++) {
        const volume = volumes[r]!;
        const count = Math.floor((volume * (d + 1)) / days.length) - Math.floor((volume * d) / days.length);
        for (let k = 0; k < count; k++) yield trajectory(rng, market, ROUTES[r]!, days[d]!, `T-${seed}-${n++}`);
      }
    }
  }
}
