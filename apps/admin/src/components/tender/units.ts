/**
 * Exact conversions between what users type and what the API stores: euros ↔ integer cents, percentages ↔ basis
 * points, and local Dutch date-times ↔ UTC instants. No floating-point arithmetic touches an amount.
 */

/**
 * A decimal with at most two decimals, typed Dutch ("4.200,50") or English ("4,200.50") style, or plain ("4200.5",
 * "4200,5"), as an integer of hundredths; null when it is not such a number. A separator followed by exactly three
 * digits groups thousands; one followed by one or two digits at the end is the decimal separator.
 */
export function hundredths(text: string): number | null {
  const value = text.trim().replace(/\s/g, '');
  const match = /^(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const [, whole = '', grouping, decimal, fraction = ''] = match;
  if ((grouping && decimal && grouping === decimal) || (whole.includes('.') && whole.includes(','))) return null;
  const digits = whole.replace(/[.,]/g, '');
  if (digits.length > 13) return null;
  return Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Euros as typed → cents, exactly. */
export const eurosToCents = hundredths;

/** A percentage as typed (up to two decimals) → basis points, exactly; null above 100 %. */
export function percentToBp(text: string): number | null {
  const bp = hundredths(text);
  return bp !== null && bp <= 10_000 ? bp : null;
}

const AMSTERDAM = 'Europe/Amsterdam';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Amsterdam wall-clock fields of an instant, as if they were UTC (to measure the zone's offset). */
function wallClockAsUtc(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
}

/** `2026-03-01T14:30` or `…T14:30:15` read as Dutch time → ISO instant; null when not a date-time. */
export function amsterdamToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'));
  if (Number.isNaN(asUtc)) return null;
  let instant = asUtc - (wallClockAsUtc(asUtc) - asUtc);
  instant = asUtc - (wallClockAsUtc(instant) - instant);
  return new Date(instant).toISOString();
}

