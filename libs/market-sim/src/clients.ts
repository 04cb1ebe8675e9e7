import { type AgeBand, BARRIERS } from '@rim/domain';
import { MARKET_CALIBRATION as C } from './calibration.js';
import type { Rng } from './rng.js';

/** How a trajectory was bought (SPEC IC-2): one of the two framework lots, or an individual IRO. */
export type Route = 'WERKFIT' | 'NAAR_WERK' | 'IRO';
export type Service = 'WERKFIT' | 'NAAR_WERK';

/** What case-mix adjustment (SPEC SC-4) knows of a client besides benefit type and region (IC-1). */
export interface SimClientFeatures {
  /** 1 (near) to 5 (very far). */
  distanceToLabourMarket: number;
  ageBand: AgeBand;
  /** Codes of the BARRIERS code list. */
  barriers: string[];
  hoursPerWeek: number;
}

/** Seed 003 column a benefit type draws from: WW clients have a work history like ZW; WAO and WAZ are disability benefits like WGA. */
export type SeedColumn = 'ZW' | 'WGA' | 'WAJONG';
const SEED_COLUMN: Readonly<Record<string, SeedColumn>> = { ZW: 'ZW', WW: 'ZW', WGA: 'WGA', WAJONG: 'WAJONG', WAO: 'WGA', WAZ: 'WGA' };

/** Seed 003 §5.1 barrier 17, "Urenbeperking". */
const HOURS_RESTRICTION = 'BAR-17';

export function seedColumnOf(benefitType: string): SeedColumn {
  const column = SEED_COLUMN[benefitType];
  if (!column) throw new RangeError(`no client profile for benefit type ${benefitType}`);
  return column;
}

/** An IRO aims at placement (seed 001 L170–L173), so its clients look like Naar werk clients. */
export function serviceOf(route: Route): Service {
  return route === 'IRO' ? 'NAAR_WERK' : route;
}

/** [derived] Seed 003's age groups 18–24 / 25–34 / 35–44 / 45–54 / 55+ as bands, ages spread evenly within 25–34. */
function toAgeBands([a, b, c, d, e]: readonly number[]): [AgeBand, number][] {
  return [['<27', a! + 0.2 * b!], ['27-44', 0.8 * b! + c!], ['45-54', d!], ['55+', e!]];
}

interface Profile {
  ages: [AgeBand, number][];
  barriers: [string, number][];
  distance: [number, number][];
  hours: readonly [number, number];
}

const profiles: Record<Service, Map<string, Profile>> = { WERKFIT: new Map(), NAAR_WERK: new Map() };

function profileOf(service: Service, benefitType: string): Profile {
  let profile = profiles[service].get(benefitType);
  if (!profile) {
    const column = seedColumnOf(benefitType);
    const ageColumn = benefitType === 'WAO' || benefitType === 'WAZ' ? 'OTHER' : column;
    const hours = C.hoursPerWeek.byBenefitType[benefitType];
    if (!hours) throw new RangeError(`no hours per week for benefit type ${benefitType}`);
    profile = {
      ages: toAgeBands(C.ageGroups[service][ageColumn]),
      barriers: BARRIERS.map((b): [string, number] => [b.code, (b.percent[service][column] ?? 0) / 100]).filter(([, p]) => p > 0),
      distance: C.distanceToLabourMarket[service].map((weight, i): [number, number] => [i + 1, weight]),
      hours,
    };
    profiles[service].set(benefitType, profile);
  }
  return profile;
}

const BENEFIT_MIX: Readonly<Record<Route, [string, number][]>> = {
  WERKFIT: Object.entries(C.benefitMix.WERKFIT),
  NAAR_WERK: Object.entries(C.benefitMix.NAAR_WERK),
  IRO: Object.entries(C.benefitMix.IRO),
};
const OTHER_BENEFITS = Object.entries(C.benefitMix.other);

/** A benefit-type code from the calibrated mix of the route; seed 003's "other" becomes WAO or WAZ. */
export function drawBenefitType(rng: Rng, route: Route): string {
  const group = rng.weighted(BENEFIT_MIX[route]);
  return group === 'OTHER' ? rng.weighted(OTHER_BENEFITS) : group;
}

/**
 * A client's features: each barrier independently at its seed 003 §5.1 frequency for the service and benefit type,
 * distance shifted by the number of barriers, age band from seed 003 §4.3 A–B, hours a week by benefit type.
 */
export function drawClient(rng: Rng, service: Service, benefitType: string): SimClientFeatures {
  const profile = profileOf(service, benefitType);
  const barriers: string[] = [];
  for (const [code, probability] of profile.barriers) if (rng.next() < probability) barriers.push(code);
  const shift = barriers.length >= C.distanceToLabourMarket.manyBarriers ? 1 : barriers.length === 0 ? -1 : 0;
  const [minHours, maxHours] = barriers.includes(HOURS_RESTRICTION) ? C.hoursPerWeek.restricted : profile.hours;
  return {
    distanceToLabourMarket: Math.min(5, Math.max(1, rng.weighted(profile.distance) + shift)),
    ageBand: rng.weighted(profile.ages),
    barriers,
    hoursPerWeek: 2 * rng.int(minHours / 2, maxHours / 2),
  };
}
