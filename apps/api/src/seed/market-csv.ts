import type { SimProvider } from '@rim/market-sim';
import { BULK_COLUMNS } from '../modules/frameworks/bulk-enrolment.service.js';

const FRAMEWORK_LOTS = new Set(['WERKFIT', 'NAAR_WERK']);

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The simulated market as the bulk enrolment file an officer would upload (FW-9): every provider in its lots. */
export function* marketCsv(market: readonly SimProvider[]): Generator<string> {
  yield `${BULK_COLUMNS.join(',')}\n`;
  for (const p of market) {
    const row: Record<(typeof BULK_COLUMNS)[number], string | number> = {
      kvkNumber: p.kvkNumber, name: p.name, email: p.email, streetAddress: p.streetAddress, postcode: p.postcode, city: p.city,
      homeRegion: p.homeRegionCode, regionsServed: p.regionsServed.join(';'), targetGroups: p.targetGroups.join(';'), services: p.services.join(';'),
      sizeClass: p.sizeClass, employees: p.employees, annualCapacity: p.annualCapacity, foundedYear: p.foundedYear,
      lots: p.services.filter((s) => FRAMEWORK_LOTS.has(s)).join(';'), capacity: Math.max(1, Math.round(p.annualCapacity / 2)),
    };
    yield `${BULK_COLUMNS.map((c) => cell(row[c])).join(',')}\n`;
  }
}
