import { solveCholesky } from './cholesky.js';

/** One covariate pattern with its binomial outcome: `successes` out of `trials` clients sharing covariates `x`. */
export interface GroupedObservation {
  x: readonly number[];
  successes: number;
  trials: number;
}

export interface LogisticFit {
  /** Intercept first, then one coefficient per covariate in the order of `x`. */
  coefficients: number[];
  iterations: number;
  converged: boolean;
  /** Σ s·log p + (t − s)·log(1 − p) at `coefficients`, without the penalty and without the binomial constants, so
   *  grouped and ungrouped forms of the same data give the same value. */
  logLikelihood: number;
}

export interface LogisticOptions {
  maxIterations?: number;
  /** Converged when a further Newton step would raise the penalised log-likelihood ℓ by at most about
   *  tolerance · (1 + |ℓ|); that step is then taken. */
  tolerance?: number;
  /** λ of the penalty λ/2·Σβⱼ² on the covariates (not the intercept): keeps estimates finite under separation. */
  ridge?: number;
}

export const LOGISTIC_DEFAULTS: Required<LogisticOptions> = Object.freeze({ maxIterations: 50, tolerance: 1e-10, ridge: 1e-4 });

function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

/** log(1 + e^η) without overflow. */
function log1pExp(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

function dot(a: readonly number[], b: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

/** A validated row with its design vector z = (1, x). */
interface DesignRow {
  z: Float64Array;
  successes: number;
  trials: number;
}

function readRows(rows: Iterable<GroupedObservation>): { data: DesignRow[]; successes: number; trials: number } {
  const data: DesignRow[] = [];
  let width: number | undefined;
  let successes = 0;
  let trials = 0;
  for (const row of rows) {
    width ??= row.x.length;
    if (row.x.length !== width) throw new RangeError(`Every row needs ${width} covariates, got ${row.x.length}`);
    if (!row.x.every(Number.isFinite)) throw new RangeError('Covariates must be finite numbers');
    if (!(Number.isFinite(row.trials) && row.successes >= 0 && row.successes <= row.trials)) {
      throw new RangeError(`Need 0 ≤ successes ≤ trials, got ${row.successes} of ${row.trials}`);
    }
    data.push({ z: Float64Array.from([1, ...row.x]), successes: row.successes, trials: row.trials });
    successes += row.successes;
    trials += row.trials;
  }
  if (!(successes > 0 && successes < trials)) throw new RangeError('The outcome needs both successes and failures');
  return { data, successes, trials };
}

/** The score g = Σ (s − t·p)·z − λβ and the information I = Σ t·p·(1 − p)·z·zᵀ + λ (lower triangle), λ on covariates only. */
function scoreAndInformation(data: readonly DesignRow[], beta: readonly number[], ridge: number): { gradient: number[]; information: Float64Array[] } {
  const size = beta.length;
  const gradient = beta.map((b, j) => (j === 0 ? 0 : -ridge * b));
  const information = Array.from({ length: size }, (_, i) => {
    const row = new Float64Array(size);
    if (i > 0) row[i] = ridge;
    return row;
  });
  for (const row of data) {
    const eta = dot(beta, row.z);
    const p = sigmoid(eta);
    const residual = row.successes - row.trials * p;
    // p·(1 − p) with 1 − p computed directly, not by cancellation, for p near 1.
    const weight = row.trials * p * sigmoid(-eta);
    const z = row.z;
    for (let i = 0; i < size; i++) {
      gradient[i] += residual * z[i];
      const weighted = weight * z[i];
      const informationRow = information[i];
      for (let j = 0; j <= i; j++) informationRow[j] += weighted * z[j];
    }
  }
  return { gradient, information };
}

/**
 * Maximum (ridge-penalised) likelihood logistic regression on grouped binomial data by Newton–Raphson (IRLS), with an
 * intercept prepended and step halving whenever a full step would lower the penalised likelihood. Starts from the
 * intercept-only solution. Deterministic: rows are summed in the order given.
 */
export function fitLogistic(rows: Iterable<GroupedObservation>, options: LogisticOptions = {}): LogisticFit {
  const { maxIterations, tolerance, ridge } = { ...LOGISTIC_DEFAULTS, ...options };
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new RangeError(`maxIterations must be a positive integer: ${maxIterations}`);
  if (!(tolerance > 0)) throw new RangeError(`tolerance must be positive: ${tolerance}`);
  if (!(ridge >= 0 && Number.isFinite(ridge))) throw new RangeError(`ridge must be a non-negative number: ${ridge}`);
  const { data, successes, trials } = readRows(rows);
  const size = data[0].z.length;

  const logLikelihood = (beta: readonly number[]) =>
    data.reduce((sum, row) => {
      const eta = dot(beta, row.z);
      return sum + row.successes * eta - row.trials * log1pExp(eta);
    }, 0);
  const penalised = (beta: readonly number[]) => logLikelihood(beta) - (ridge / 2) * beta.reduce((s, b, j) => (j === 0 ? s : s + b * b), 0);

  let beta = new Array<number>(size).fill(0);
  beta[0] = Math.log(successes / (trials - successes));
  let objective = penalised(beta);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const { gradient, information } = scoreAndInformation(data, beta, ridge);
    const step = solveCholesky(information, gradient);
    // The Newton decrement gᵀI⁻¹g: twice the gain the step promises. A criterion on the gain rather than on the step
    // stays meaningful when a ridge-bounded direction is so flat that rounding noise moves its coefficient.
    const decrement = step.reduce((sum, d, j) => sum + d * gradient[j], 0);
    if (decrement <= tolerance * (1 + Math.abs(objective))) {
      beta = beta.map((b, j) => b + step[j]);
      return { coefficients: beta, iterations: iteration, converged: true, logLikelihood: logLikelihood(beta) };
    }
    let scale = 1;
    let candidate = beta.map((b, j) => b + step[j]);
    let candidateObjective = penalised(candidate);
    while (!(candidateObjective >= objective) && scale > 2 ** -30) {
      scale /= 2;
      candidate = beta.map((b, j) => b + scale * step[j]);
      candidateObjective = penalised(candidate);
    }
    beta = candidate;
    objective = candidateObjective;
  }
  return { coefficients: beta, iterations: maxIterations, converged: false, logLikelihood: logLikelihood(beta) };
}

/** The predicted probability for covariates `x` (without the intercept's 1), strictly inside (0, 1). */
export function predictLogistic(coefficients: readonly number[], x: readonly number[]): number {
  if (coefficients.length !== x.length + 1) {
    throw new RangeError(`Expected ${x.length + 1} coefficients (intercept first), got ${coefficients.length}`);
  }
  const eta = coefficients[0] + dot(coefficients.slice(1), x);
  if (Number.isNaN(eta)) throw new RangeError('The linear predictor is not a number');
  // Saturated probabilities are pulled to the nearest representable values inside (0, 1).
  return Math.min(Math.max(sigmoid(eta), Number.MIN_VALUE), 1 - Number.EPSILON / 2);
}
