import { AGE_BANDS, CASE_MIX_MODEL_VERSION, caseMixCoefficientNames, caseMixDesign, DISTANCES_TO_LABOUR_MARKET, fitLogistic, predictLogistic, type CaseMixLevels } from '@rim/domain';

/** One covariate pattern of one route with its outcomes, as grouped in SQL. */
export interface PatternRow {
  route: string;
  benefit_type: string;
  distance_to_labour_market: number;
  age_band: string;
  barrier_count: number;
  region: string;
  trials: number;
  successes: number;
}

export interface CaseMixModel {
  version: string;
  coefficientNames: string[];
  coefficients: number[];
  trajectories: number;
  converged: boolean;
  iterations: number;
  logLikelihood: number;
}

export interface CaseMixFit {
  route: string;
  model: CaseMixModel | null;
  /** Why no model was fitted (too little data, one outcome only). */
  skipped: string | null;
  /** Each pattern with the success probability the model expects for it. */
  probabilities: (Omit<PatternRow, 'trials' | 'successes'> & { p: number })[];
}

const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();
const features = (r: PatternRow) => ({ benefitType: r.benefit_type, distanceToLabourMarket: r.distance_to_labour_market, ageBand: r.age_band, barrierCount: r.barrier_count, regionCode: r.region });

/**
 * SC-4: the market-wide logistic model of success for one route, fitted on grouped patterns (deterministic: the rows
 * come sorted), with the levels found in the data (the first benefit type and region, alphabetically, are the
 * reference). Patterns outside the design's code lists are left out of the model and the indices.
 */
export function fitCaseMix(route: string, rows: readonly PatternRow[]): CaseMixFit {
  const usable = rows.filter((r) => (AGE_BANDS as readonly string[]).includes(r.age_band) && (DISTANCES_TO_LABOUR_MARKET as readonly number[]).includes(r.distance_to_labour_market));
  const trajectories = usable.reduce((n, r) => n + r.trials, 0);
  const successes = usable.reduce((n, r) => n + r.successes, 0);
  if (successes === 0 || successes === trajectories) return { route, model: null, skipped: `needs successes and failures (${successes} of ${trajectories})`, probabilities: [] };
  const levels: CaseMixLevels = { benefitTypes: sortedUnique(usable.map((r) => r.benefit_type)), regions: sortedUnique(usable.map((r) => r.region)) };
  const designs = usable.map((r) => caseMixDesign(features(r), levels));
  const fit = fitLogistic(usable.map((r, i) => ({ x: designs[i]!, successes: r.successes, trials: r.trials })));
  return {
    route,
    model: {
      version: CASE_MIX_MODEL_VERSION, coefficientNames: caseMixCoefficientNames(levels), coefficients: fit.coefficients,
      trajectories, converged: fit.converged, iterations: fit.iterations, logLikelihood: fit.logLikelihood,
    },
    skipped: null,
    probabilities: usable.map((r, i) => ({
      route: r.route, benefit_type: r.benefit_type, distance_to_labour_market: r.distance_to_labour_market, age_band: r.age_band, barrier_count: r.barrier_count, region: r.region,
      p: predictLogistic(fit.coefficients, designs[i]!),
    })),
  };
}
