import { MIN_REPORTABLE_N, wilsonInterval } from '@rim/domain';
import { followUpOpen, type ScorePeriod } from './score-periods.js';

/** The summed cells of one provider and route (and benefit type or region) over a period. */
export interface CellTotals {
  starts: number;
  completions: number;
  successes: number;
  unsuccessful: number;
  earlyTerminations: number;
  pending: number;
  placements: number;
  durationDays: number;
  priceCents: number;
  plannedCentihours: number;
  deliveredCentihours: number;
  reportsOnTime: number;
  followed6: number;
  working6: number;
  followed12: number;
  working12: number;
  satisfactionN: number;
  satisfactionSum: number;
}

export type MeasureKind = 'COUNT' | 'RATE' | 'MEAN' | 'RATIO';

/** One figure with how it is computed (SC-2, SC-3, SC-5). */
export interface Measure {
  key: string;
  kind: MeasureKind;
  value: number | null;
  numerator: number;
  n: number;
  low: number | null;
  high: number | null;
  /** SC-3: n ≥ 10; below that the figure is not ranked and not shown publicly. */
  reportable: boolean;
  /** SC-5: a durability figure whose follow-up window has not closed yet. */
  provisional: boolean;
  computation: string;
}

/** Outcomes that are final: the completions minus those whose placement IC-9 still judges. */
const decided = (t: CellTotals) => t.completions - t.pending;

interface Definition {
  key: string;
  kind: MeasureKind;
  numerator: (t: CellTotals) => number;
  n: (t: CellTotals) => number;
  computation: string;
  followUpMonths?: number;
}

const DEFINITIONS: readonly Definition[] = [
  { key: 'starts', kind: 'COUNT', numerator: (t) => t.starts, n: (t) => t.starts, computation: 'trajectories whose purchase order was issued in the period' },
  { key: 'completions', kind: 'COUNT', numerator: (t) => t.completions, n: (t) => t.completions, computation: 'trajectories whose end report was approved, counted in the month they ended' },
  { key: 'successRate', kind: 'RATE', numerator: (t) => t.successes, n: decided, computation: 'successful ÷ completions with a final outcome; 95% Wilson interval' },
  { key: 'unsuccessfulRate', kind: 'RATE', numerator: (t) => t.unsuccessful, n: decided, computation: 'unsuccessful ÷ completions with a final outcome; 95% Wilson interval' },
  { key: 'earlyTerminationRate', kind: 'RATE', numerator: (t) => t.earlyTerminations, n: decided, computation: 'early terminations (drop-out) ÷ completions with a final outcome; 95% Wilson interval' },
  { key: 'placementRate', kind: 'RATE', numerator: (t) => t.placements, n: (t) => t.completions, computation: 'completions with a recorded placement ÷ completions; 95% Wilson interval' },
  { key: 'durable6Rate', kind: 'RATE', numerator: (t) => t.working6, n: (t) => t.followed6, followUpMonths: 6, computation: 'working in month 6 after the end ÷ completions whose month-6 work status is known; 95% Wilson interval' },
  { key: 'durable12Rate', kind: 'RATE', numerator: (t) => t.working12, n: (t) => t.followed12, followUpMonths: 12, computation: 'working in month 12 after the end ÷ completions whose month-12 work status is known; 95% Wilson interval' },
  { key: 'averageDurationDays', kind: 'MEAN', numerator: (t) => t.durationDays, n: (t) => t.completions, computation: 'Σ (end − start) in days ÷ completions' },
  { key: 'averagePriceCents', kind: 'MEAN', numerator: (t) => t.priceCents, n: (t) => t.completions, computation: 'Σ price of the approved plan ÷ completions' },
  { key: 'costPerPlacementCents', kind: 'MEAN', numerator: (t) => t.priceCents, n: (t) => t.placements, computation: 'Σ price of the completions ÷ completions with a placement' },
  { key: 'deliveredHoursShare', kind: 'RATIO', numerator: (t) => t.deliveredCentihours / 100, n: (t) => t.completions, computation: 'Σ delivered hours ÷ Σ planned hours, over completions (n = completions)' },
  { key: 'satisfaction', kind: 'MEAN', numerator: (t) => t.satisfactionSum, n: (t) => t.satisfactionN, computation: 'mean client satisfaction (1–10) of completions with a score' },
  { key: 'endReportOnTimeRate', kind: 'RATE', numerator: (t) => t.reportsOnTime, n: (t) => t.completions, computation: 'end reports submitted within 14 days ÷ completions; 95% Wilson interval' },
];

export const MEASURE_KEYS = DEFINITIONS.map((d) => d.key);

function valueOf(d: Definition, t: CellTotals, numerator: number, n: number): Pick<Measure, 'value' | 'low' | 'high'> {
  if (d.kind === 'COUNT') return { value: numerator, low: null, high: null };
  if (d.kind === 'RATE') {
    const w = wilsonInterval(numerator, n);
    return { value: w.rate, low: w.low, high: w.high };
  }
  if (d.kind === 'RATIO') return { value: t.plannedCentihours > 0 ? (numerator * 100) / t.plannedCentihours : null, low: null, high: null };
  return { value: n > 0 ? numerator / n : null, low: null, high: null };
}

/** SC-2/SC-3/SC-5: every figure of one group over `period`, or null when the period is empty (not scored). */
export function measuresOf(t: CellTotals, period: ScorePeriod, asOf: string): Measure[] | null {
  if (t.starts === 0 && t.completions === 0) return null;
  return DEFINITIONS.map((d) => {
    const numerator = d.numerator(t);
    const n = d.n(t);
    return {
      key: d.key, kind: d.kind, numerator, n, ...valueOf(d, t, numerator, n),
      reportable: n >= MIN_REPORTABLE_N,
      provisional: d.followUpMonths !== undefined && followUpOpen(period, d.followUpMonths, asOf),
      computation: d.computation,
    };
  });
}
