import { computeNegativeBinomialLogLikelihood } from "./compute-negative-binomial-log-likelihood.js";
import { computeNegativeBinomialThetaScore } from "./compute-negative-binomial-theta-score.js";
import { sum } from "./sum.js";

/** Newton stops after a step in log θ below this: the error after it is then ~1e-20 (quadratic convergence). */
const STEP_TOLERANCE = 1e-10;
/** Newton steps allowed; from the moment estimate a few suffice. */
const MAX_STEPS = 200;
/** θ beyond this is "no overdispersion": 1/θ < 1e-10, the Poisson model to the precision of a fit. */
const THETA_LIMIT = 1e10;
/**
 * A fall of the log-likelihood smaller than this (relative to 1 + |ℓ|) is rounding, not an
 * overshoot: near θ̂ a Newton step changes ℓ by less than its noise, and halving it would stop
 * Newton short of θ̂ (and far out, where ℓ flattens towards the Poisson limit, stop it early).
 */
const LIKELIHOOD_NOISE = 1e-12;
/** Step halvings allowed when a Newton step lowers the likelihood. */
const MAX_HALVINGS = 60;

/**
 * The counts are not overdispersed: the negative binomial likelihood rises towards θ = ∞, its
 * Poisson limit, so the maximum likelihood fit is the Poisson fit (MASS's `theta.ml` stops at
 * its iteration limit with a warning there). A RangeError, so callers that only know RangeError
 * still see a precondition failure.
 */
export class NotOverdispersedError extends RangeError {
  override readonly name = "NotOverdispersedError";
}

/**
 * Maximum likelihood θ of the NB2 model (Var = μ + μ²/θ) at fixed means, as MASS's `theta.ml`
 * but converged to rounding: Newton–Raphson on log θ (so θ stays positive) from theta.ml's
 * moment estimate n / Σ(y/μ − 1)², halving any step that lowers the likelihood. Counts without
 * overdispersion have no finite maximum (the likelihood rises towards the Poisson limit).
 * A step that lowers ℓ by no more than rounding (1e-12 relative) is kept.
 *
 * Reference: Venables & Ripley (2002), Modern Applied Statistics with S, 4th ed., §7.4; Lawless,
 * J. F. (1987), Negative binomial and mixed Poisson regression, Can. J. Statist. 15, 209–225.
 *
 * @param counts y, non-negative integers
 * @param means μ > 0, one per count
 * @param functionName the public function whose error this is, e.g. "fitNegativeBinomialRegression"
 * @returns θ̂ > 0
 * @throws NotOverdispersedError (a RangeError) "fitNegativeBinomialRegression found no finite theta: the counts are not overdispersed relative to the Poisson model (theta passed 1e10 or did not settle in 200 Newton steps)"
 * @example maximizeNegativeBinomialTheta([0, 1, 5], [2, 2, 2], "fitNegativeBinomialRegression")
 * // 0.9742877905795498 (R 4.2.2: theta.ml(c(0, 1, 5), rep(2, 3), eps = 1e-13) = 0.974287790579552)
 */
export function maximizeNegativeBinomialTheta(counts: readonly number[], means: readonly number[], functionName: string): number {
  let logTheta = Math.log(counts.length / sum(counts.map((count, i) => (count / (means[i] ?? Number.NaN) - 1) ** 2)));
  for (let step = 0; step < MAX_STEPS && logTheta <= Math.log(THETA_LIMIT); step += 1) {
    const change = takeNewtonStep(counts, means, logTheta);
    logTheta += change;
    if (Math.abs(change) < STEP_TOLERANCE) return Math.exp(logTheta);
  }
  throw new NotOverdispersedError(
    `${functionName} found no finite theta: the counts are not overdispersed relative to the Poisson model (theta passed 1e10 or did not settle in 200 Newton steps)`,
  );
}

/**
 * One Newton step in φ = log θ: dℓ/dφ = θ·score, d²ℓ/dφ² = θ·score − θ²·information. Where ℓ is
 * not concave in φ the step is 1 uphill; a step that lowers ℓ beyond rounding is halved.
 */
function takeNewtonStep(counts: readonly number[], means: readonly number[], logTheta: number): number {
  const theta = Math.exp(logTheta);
  const { score, information } = computeNegativeBinomialThetaScore(counts, means, theta);
  const gradient = theta * score;
  const curvature = gradient - theta * theta * information;
  let change = curvature < 0 ? -gradient / curvature : Math.sign(gradient);
  const current = computeNegativeBinomialLogLikelihood(counts, means, theta);
  const floor = current - LIKELIHOOD_NOISE * (1 + Math.abs(current));
  for (let halving = 0; halving < MAX_HALVINGS; halving += 1) {
    if (computeNegativeBinomialLogLikelihood(counts, means, Math.exp(logTheta + change)) >= floor) break;
    change /= 2;
  }
  return change;
}
