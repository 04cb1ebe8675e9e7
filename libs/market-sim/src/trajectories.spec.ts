import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { BARRIERS, BENEFIT_TYPES, DEFAULT_HOURLY_RATE_CENTS, INKOOPKADER_AG_2016_LOTS, maxDurationFor, REGIONS } from '@rim/domain';
import { MARKET_CALIBRATION as C } from './calibration.js';
import { AGE_BANDS } from '@rim/domain';
import { generateProviders, type SimProvider } from './providers.js';
import {
  generateTrajectories,
  providerQualityEffect,
  ROUTES,
  scaleForTrajectories,
  TRAJECTORIES_PER_YEAR,
  workingInMonth,
  type SimTrajectory,
} from './trajectories.js';

const providers = generateProviders({ seed: 2026, count: 2500 });
const byKvk = new Map(providers.map((p) => [p.kvkNumber, p]));
const take = (rows: Iterable<SimTrajectory>, n: number): SimTrajectory[] => {
  const out: SimTrajectory[] = [];
  for (const row of rows) {
    if (out.length === n) break;
    out.push(row);
  }
  return out;
};

const BENEFIT_CODES = new Set(BENEFIT_TYPES.map((b) => b.code));
const REGION_CODES = new Set(REGIONS.map((r) => r.code));
const BARRIER_CODES = new Set(BARRIERS.map((b) => b.code));
const CAPS = new Map(INKOOPKADER_AG_2016_LOTS.map((l) => [l.lot, l.caps]));
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const END_REASONS: Record<SimTrajectory['route'], Record<SimTrajectory['outcome'], string[]>> = {
  WERKFIT: { SUCCESS: ['RESULT_ACHIEVED'], UNSUCCESSFUL: ['MAX_DURATION', 'RETURNED_AFTER_EVALUATION'], EARLY_TERMINATION: ['EARLY_RETURN'] },
  NAAR_WERK: { SUCCESS: ['PLACEMENT'], UNSUCCESSFUL: ['MAX_DURATION'], EARLY_TERMINATION: ['EARLY_RETURN'] },
  IRO: { SUCCESS: ['PLACEMENT'], UNSUCCESSFUL: ['MAX_DURATION'], EARLY_TERMINATION: ['EARLY_RETURN'] },
};

/** Every rule a row must keep; the names of the broken ones. */
function violations(t: SimTrajectory, provider: SimProvider | undefined): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string) => ok || broken.push(rule);
  check(provider !== undefined, 'provider exists');
  check(t.route === 'IRO' || (provider?.services.includes(t.route) ?? false), 'provider offers the lot');
  check(provider?.regionsServed.includes(t.region) ?? false, 'provider serves the region');
  check(provider?.targetGroups.includes(t.targetGroup) ?? false, 'provider serves the target group');
  check(REGION_CODES.has(t.region) && BENEFIT_CODES.has(t.benefitType), 'valid region and benefit type');
  check(t.client.barriers.every((b) => BARRIER_CODES.has(b)) && new Set(t.client.barriers).size === t.client.barriers.length, 'valid barriers');
  check(Number.isInteger(t.client.distanceToLabourMarket) && t.client.distanceToLabourMarket >= 1 && t.client.distanceToLabourMarket <= 5, 'distance 1–5');
  check(AGE_BANDS.includes(t.client.ageBand) && t.client.hoursPerWeek >= 2 && t.client.hoursPerWeek <= 40, 'age band and hours');
  const caps = CAPS.get(t.route);
  if (caps) {
    check(t.plannedHours >= 1 && t.plannedHours <= (t.exceptionHours ? caps.hoursException : caps.hoursNormal), 'FW-1 hours cap');
    check(!t.exceptionHours || t.plannedHours > caps.hoursNormal, 'exception hours only above the normal cap');
    check(t.plannedMonths >= 1 && t.plannedMonths <= maxDurationFor(caps, t.benefitType), 'FW-1 duration cap');
    check(t.priceCents === t.plannedHours * DEFAULT_HOURLY_RATE_CENTS, 'price = hours × rate');
  } else {
    check(Number.isInteger(t.priceCents) && t.priceCents > 0 && !t.exceptionHours, 'IRO quote in cents');
  }
  check(ISO.test(t.startDate) && ISO.test(t.endDate), 'ISO dates');
  check(days(t.startDate, t.endDate) >= 0 && days(t.startDate, t.endDate) <= t.plannedMonths * 31, 'ends within the planned duration');
  check(END_REASONS[t.route][t.outcome].includes(t.endReason), 'IC-8 end reason fits route and outcome');
  const placed = t.outcome === 'SUCCESS' && t.route !== 'WERKFIT';
  check(placed === (t.placement !== null), 'placement exactly for a successful NW or IRO');
  if (t.placement) {
    const p = t.placement;
    check(ISO.test(p.startDate) && p.startDate >= t.startDate && p.startDate <= t.endDate, 'IC-9 work starts during the service');
    check(p.hoursPerWeek >= (t.benefitType === 'WAJONG' ? 12 : Math.ceil(t.client.hoursPerWeek / 2)), 'IC-9 hours');
    check(p.contract.type !== 'FIXED_TERM' || p.contract.months >= 3, 'IC-9 at least 3 months');
  }
  check(Number.isInteger(t.workAfterEnd) && t.workAfterEnd >= 0 && t.workAfterEnd < 4096, '12-month mask');
  check(t.satisfaction === null || (Number.isInteger(t.satisfaction) && t.satisfaction >= 1 && t.satisfaction <= 10), 'satisfaction 1–10');
  return broken;
}

const pct = (part: number, whole: number): number => (100 * part) / whole;

describe('market simulator: trajectories (SPEC §9)', () => {
  it('is deterministic: same seed, same first 1,000 rows; another seed, other rows', () => {
    const options = { seed: 11, providers, fromYear: 2017, years: 2 };
    const first = take(generateTrajectories(options), 1000);
    expect(take(generateTrajectories(options), 1000)).toEqual(first);
    expect(take(generateTrajectories({ ...options, seed: 12 }), 1000)).not.toEqual(first);
    expect(new Set(first.map((t) => t.id)).size).toBe(1000);
    expect(new Set(first.map((t) => t.clientKey)).size).toBe(1000);
  });

  it('puts IROs at 43% of all trajectories a year (seed 001)', () => {
    const total = ROUTES.reduce((s, r) => s + TRAJECTORIES_PER_YEAR[r], 0);
    expect(pct(TRAJECTORIES_PER_YEAR.IRO, total)).toBeCloseTo(C.iroSharePercent, 6);
    expect(TRAJECTORIES_PER_YEAR.WERKFIT).toBe(17_500);
    expect(TRAJECTORIES_PER_YEAR.NAAR_WERK).toBe(5_500);
  });

  it('yields about the target number of rows at scaleForTrajectories(target, years)', () => {
    const [target, years] = [20_000, 3];
    let count = 0;
    for (const row of generateTrajectories({ seed: 3, providers, fromYear: 2018, years, scale: scaleForTrajectories(target, years) })) count += row ? 1 : 0;
    expect(Math.abs(count - target) / target).toBeLessThan(0.02);
  });

  it('starts rows in date order on working days within the years asked for', () => {
    const rows = take(generateTrajectories({ seed: 5, providers, fromYear: 2019, years: 1, scale: 0.05 }), 5000);
    expect(rows.length).toBeGreaterThan(1900);
    expect(rows.every((t, i) => i === 0 || rows[i - 1]!.startDate <= t.startDate)).toBe(true);
    expect(rows.every((t) => t.startDate.startsWith('2019-') && ![0, 6].includes(new Date(t.startDate).getUTCDay()))).toBe(true);
  });

  it('refuses a market in which no provider offers a lot', () => {
    const onlyWerkfit = providers.filter((p) => p.services.length === 1 && p.services[0] === 'WERKFIT');
    expect(() => take(generateTrajectories({ seed: 1, providers: onlyWerkfit, fromYear: 2020, years: 1 }), 1)).toThrow(/NAAR_WERK/);
  });

  it('FW-1, IC-8, IC-9: rows of any seed keep the caps and use valid codes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const rows = take(generateTrajectories({ seed, providers, fromYear: 2017, years: 1, scale: 0.1 }), 300);
        expect(rows.flatMap((t) => violations(t, byKvk.get(t.providerKvk)))).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });

  describe('calibration over ~100,000 rows', () => {
    type Tally = Record<string, number>;
    const count = (tally: Tally, key: string) => (tally[key] = (tally[key] ?? 0) + 1);
    const rows: Tally = {};
    const outcomes: Tally = {};
    const benefits: Tally = {};
    const working: Tally = {};
    const byDistance: Tally = {};
    const byQuality: Tally = {};
    const broken = new Set<string>();
    const quality = new Map(providers.map((p) => [p.kvkNumber, providerQualityEffect(2024, p.kvkNumber)]));
    const sorted = [...quality.values()].sort((a, b) => a - b);
    const [low, high] = [sorted[250]!, sorted[2250]!];

    beforeAll(() => {
      for (const t of generateTrajectories({ seed: 2024, providers, fromYear: 2017, years: 2, scale: scaleForTrajectories(100_000, 2) })) {
        for (const rule of violations(t, byKvk.get(t.providerKvk))) broken.add(rule);
        count(rows, t.route);
        count(outcomes, `${t.route}:${t.outcome}`);
        count(benefits, `${t.route}:${['WAO', 'WAZ'].includes(t.benefitType) ? 'OTHER' : t.benefitType}`);
        const service = t.route === 'WERKFIT' ? 'WERKFIT' : 'NAAR_WERK';
        count(working, `${service}:${t.outcome}`);
        if (workingInMonth(t.workAfterEnd, 1)) count(working, `${service}:${t.outcome}:1`);
        if (workingInMonth(t.workAfterEnd, 12)) count(working, `${service}:${t.outcome}:12`);
        if (t.route === 'WERKFIT') {
          const band = t.client.distanceToLabourMarket <= 2 ? 'near' : t.client.distanceToLabourMarket >= 4 ? 'far' : 'mid';
          count(byDistance, band);
          if (t.outcome === 'SUCCESS') count(byDistance, `${band}:SUCCESS`);
          const q = quality.get(t.providerKvk)!;
          const tier = q <= low ? 'worst' : q >= high ? 'best' : 'middle';
          count(byQuality, tier);
          if (t.outcome === 'SUCCESS') count(byQuality, `${tier}:SUCCESS`);
        }
      }
    }, 60_000);

    it('FW-1, IC-8, IC-9: every row respects the caps and uses valid codes', () => {
      expect(Object.values(rows).reduce((a, b) => a + b, 0)).toBeGreaterThan(98_000);
      expect([...broken]).toEqual([]);
    });

    it('matches the outcome shares per service within ±1.5 points (seed 003 §3.3)', () => {
      for (const route of ROUTES) {
        const shares = C.outcomes[route];
        expect(Math.abs(pct(outcomes[`${route}:SUCCESS`]!, rows[route]!) - shares.success)).toBeLessThan(1.5);
        expect(Math.abs(pct(outcomes[`${route}:UNSUCCESSFUL`]!, rows[route]!) - shares.unsuccessful)).toBeLessThan(1.5);
        expect(Math.abs(pct(outcomes[`${route}:EARLY_TERMINATION`]!, rows[route]!) - shares.early)).toBeLessThan(1.5);
      }
    });

    it('matches the benefit mix per service within ±2 points (seed 003 §2.4)', () => {
      for (const route of ['WERKFIT', 'NAAR_WERK'] as const) {
        for (const [group, share] of Object.entries(C.benefitMix[route])) {
          expect(Math.abs(pct(benefits[`${route}:${group}`] ?? 0, rows[route]!) - share)).toBeLessThan(2);
        }
      }
      expect(benefits['IRO:WW']).toBe(rows.IRO);
    });

    it('IC-13: matches the work-status curves after the end at months 1 and 12 within ±3 points (seed 003 §4.3 F–G)', () => {
      const outcome = { success: 'SUCCESS', unsuccessful: 'UNSUCCESSFUL', early: 'EARLY_TERMINATION' } as const;
      for (const service of ['WERKFIT', 'NAAR_WERK'] as const) {
        for (const [key, curve] of Object.entries(C.workingAfterEnd[service])) {
          const cell = `${service}:${outcome[key as keyof typeof outcome]}`;
          expect(Math.abs(pct(working[`${cell}:1`] ?? 0, working[cell]!) - curve.month1)).toBeLessThan(3);
          expect(Math.abs(pct(working[`${cell}:12`] ?? 0, working[cell]!) - curve.month12)).toBeLessThan(3);
        }
      }
    });

    it('SC-4: client features shift success, so case mix matters', () => {
      const near = pct(byDistance['near:SUCCESS']!, byDistance.near!);
      const far = pct(byDistance['far:SUCCESS']!, byDistance.far!);
      expect(near - far).toBeGreaterThan(10);
    });

    it('gives providers a latent quality: the best tenth clearly beats the worst tenth', () => {
      const best = pct(byQuality['best:SUCCESS']!, byQuality.best!);
      const worst = pct(byQuality['worst:SUCCESS']!, byQuality.worst!);
      expect(best - worst).toBeGreaterThan(15);
    });
  });

  it('draws provider quality heavy-tailed and reproducibly', () => {
    const effects = providers.map((p) => providerQualityEffect(7, p.kvkNumber));
    expect(providerQualityEffect(7, providers[0]!.kvkNumber)).toBe(effects[0]);
    const mean = effects.reduce((a, b) => a + b, 0) / effects.length;
    const moment = (k: number) => effects.reduce((s, e) => s + (e - mean) ** k, 0) / effects.length;
    expect(moment(4) / moment(2) ** 2).toBeGreaterThan(4);
  });

  it('streams: 300,000 rows keep heap growth under 64 MB', () => {
    const gc = exposedGc();
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    for (const row of generateTrajectories({ seed: 9, providers, fromYear: 2016, years: 5, scale: scaleForTrajectories(300_000, 5) })) {
      count += row.id ? 1 : 0;
      if (gc && count % 100_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(Math.abs(count - 300_000)).toBeLessThan(3_000);
    if (gc) expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
});

/** `global.gc` when node runs with --expose-gc, else the same function switched on at run time; undefined if neither works. */
function exposedGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}
