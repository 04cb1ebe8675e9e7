import { REGIONS, TARGET_GROUPS } from '@rim/domain';
import { Rng } from './rng.js';

export type SizeClass = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE' | 'NATIONAL';

export interface SimProvider {
  kvkNumber: string;
  name: string;
  email: string;
  streetAddress: string;
  postcode: string;
  city: string;
  homeRegionCode: string;
  regionsServed: string[];
  targetGroups: string[];
  services: string[];
  sizeClass: SizeClass;
  employees: number;
  annualCapacity: number;
  foundedYear: number;
}

const STEMS = ['Werkkracht', 'Talent', 'Loopbaan', 'Perspectief', 'Werkwijs', 'Kompas', 'Springplank', 'Vakwerk', 'Horizon', 'Balans', 'Koers', 'Traject', 'Werkfit', 'Kans', 'Stap', 'Richting', 'Vitaal', 'Match', 'Brug', 'Zuidwest', 'Noorder', 'Polder', 'Delta', 'Duin'];
const TAILS = ['Re-integratie', 'Werk & Coaching', 'Arbeidsbemiddeling', 'Loopbaanadvies', 'Jobcoaching', 'Re-integratiebegeleiding', 'Werkgroep', 'Training', 'Arbeidsparticipatie', 'Coaching'];
const LEGAL_FORMS: [string, number][] = [['B.V.', 60], ['V.O.F.', 10], ['', 20], ['Stichting', 10]];
const STREETS = ['Stationsweg', 'Kerkstraat', 'Dorpsstraat', 'Marktplein', 'Industrieweg', 'Havenkade', 'Schoolstraat', 'Parkweg'];

/** Heavy-tailed sizes (SPEC §9): a few national providers, many one- to five-person firms. */
const SIZES: [SizeClass, number, [number, number], number][] = [
  ['NATIONAL', 0.6, [250, 1200], 35], ['LARGE', 3, [50, 249], 8], ['MEDIUM', 12, [10, 49], 3], ['SMALL', 34, [3, 9], 2], ['MICRO', 50.4, [1, 2], 1],
];

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '').slice(0, 30);
}

/** Deterministic providers with unique KvK numbers and names; same seed, same market. */
export function generateProviders(options: { seed: number; count: number }): SimProvider[] {
  const rng = new Rng(options.seed);
  const names = new Set<string>();
  const kvks = new Set<string>();
  const providers: SimProvider[] = [];
  while (providers.length < options.count) {
    const region = rng.pick(REGIONS);
    const base = `${rng.pick(STEMS)} ${rng.pick(TAILS)}`;
    const form = rng.weighted(LEGAL_FORMS);
    let name = form === 'Stichting' ? `Stichting ${base}` : form ? `${base} ${form}` : base;
    if (names.has(name)) name = `${name.replace(/ (B\.V\.|V\.O\.F\.)$/, '')} ${region.city}${form && form !== 'Stichting' ? ` ${form}` : ''}`;
    if (names.has(name)) name = `${name} ${providers.length + 1}`;
    let kvk = String(rng.int(10_000_000, 99_999_999));
    while (kvks.has(kvk)) kvk = String(rng.int(10_000_000, 99_999_999));
    names.add(name);
    kvks.add(kvk);
    const [sizeClass, , [minEmp, maxEmp], regionCount] = rng.weighted(SIZES.map((s) => [s, s[1]] as const));
    const employees = rng.int(minEmp, maxEmp);
    const others = rng.sample(REGIONS.filter((r) => r.code !== region.code), Math.min(regionCount, REGIONS.length) - 1);
    const services = rng.weighted<string[]>([[['NAAR_WERK'], 35], [['WERKFIT'], 25], [['WERKFIT', 'NAAR_WERK'], 40]]);
    providers.push({
      kvkNumber: kvk,
      name,
      email: `info@${slug(base)}${providers.length}.nl`,
      streetAddress: `${rng.pick(STREETS)} ${rng.int(1, 250)}`,
      postcode: `${rng.int(1000, 9999)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
      city: region.city,
      homeRegionCode: region.code,
      regionsServed: [region.code, ...others.map((r) => r.code)].sort(),
      targetGroups: rng.sample(TARGET_GROUPS, sizeClass === 'NATIONAL' ? 53 : rng.int(1, 6)).map((t) => t.code).sort(),
      services,
      sizeClass,
      employees,
      annualCapacity: employees * rng.int(8, 15),
      foundedYear: rng.int(1985, 2024),
    });
  }
  return providers;
}
