import { computeNegativeBinomialThetaScore } from "./compute-negative-binomial-theta-score.js";
import { sum } from "./sum.js";

/** MASS `theta.ml`'s default Newton tolerance, `.Machine$double.eps^0.25` ≈ 1.22e-4. */
const THETA_ML_TOLERANCE = Number.EPSILON ** 0.25;
/** `theta.ml`'s `limit` as `glm.nb` passes it: `control$maxit`, 25 in `glm.control()`. */
const THETA_ML_LIMIT = 25;

/**
 * The standard error of θ exactly as MASS's `glm.nb` reports it (`SE.theta`), which is not
 * 1/√I(θ̂): `theta.ml` runs Newton–Raphson on θ from the moment estimate n / Σ(y/μ − 1)², stops
 * once a step is below `.Machine$double.eps^0.25` ≈ 1.2e-4, and returns 1/√I evaluated at the
 * iterate *before* that last step. The information is therefore taken up to 1.2e-4 away from θ̂
 * (3.6e-6 relative in models.json's made-up counts). This replays that iteration at the fitted
 * means; use it to reproduce `glm.nb` output, and 1/√I(θ̂) (fitNegativeBinomialRegression's
 * `thetaStandardError`) as the estimate proper.
 *
 * Reference: Venables & Ripley (2002), Modern Applied Statistics with S, 4th ed., §7.4; MASS
 * 7.3-58.2 `theta.ml` (`attr(t0, "SE") <- sqrt(1/i)` with `i` from the last loop pass) and `glm.nb`.
 *
 * @param counts y, non-negative integers
 * @param means the fitted means μ > 0 of the negative binomial fit
 * @returns √(1/I(θ₋)) with θ₋ the last-but-one iterate of theta.ml; NaN if I(θ₋) < 0 (as R)
 * @example computeGlmNbThetaStandardError([0, 1, 5], [2, 2, 2])
 * // 1.4006204570069163 (R 4.2.2: attr(theta.ml(c(0, 1, 5), rep(2, 3)), "SE") = 1.40062045700692; 1/√I(θ̂) = 1.40062462450396)
 */
export function computeGlmNbThetaStandardError(counts: readonly number[], means: readonly number[]): number {
  let theta = counts.length / sum(counts.map((count, i) => (count / (means[i] ?? Number.NaN) - 1) ** 2));
  let information = Number.NaN;
  let step = 1;
  for (let iteration = 1; iteration < THETA_ML_LIMIT && Math.abs(step) > THETA_ML_TOLERANCE; iteration += 1) {
    theta = Math.abs(theta);
    const derivatives = computeNegativeBinomialThetaScore(counts, means, theta);
    information = derivatives.information;
    step = derivatives.score / information;
    theta += step;
  }
  return Math.sqrt(1 / information);
}
