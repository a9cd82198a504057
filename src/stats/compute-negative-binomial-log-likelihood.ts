import { computeShiftedGammaDifferences } from "./compute-shifted-gamma-differences.js";
import { logGamma } from "./distributions.js";
import { sum } from "./sum.js";

/**
 * Log-likelihood of counts under the negative binomial NB2 (Var = μ + μ²/θ), as R's
 * `sum(dnbinom(y, size = θ, mu = μ, log = TRUE))`: Σ log Γ(θ + y) − log Γ(θ) − log y! +
 * y·log(μ/(μ + θ)) − θ·log1p(μ/θ). The last term is θ·log(θ/(μ + θ)) written without cancellation
 * for large θ (it tends to −μ, the Poisson term), and log Γ(θ + y) − log Γ(θ) summed term by term
 * (computeShiftedGammaDifferences).
 *
 * Reference: Hilbe, J. M. (2011), Negative Binomial Regression, 2nd ed., eq. 8.22; Venables &
 * Ripley (2002), Modern Applied Statistics with S, 4th ed., §7.4; R `dnbinom`, MASS `glm.nb`.
 *
 * @param counts y, non-negative integers
 * @param means μ > 0, one per count
 * @param theta θ > 0 (the "size"; 1/θ is the overdispersion α)
 * @returns the log-likelihood (log y! included)
 * @example computeNegativeBinomialLogLikelihood([0], [1], 1) // -0.6931471805599453 = log P(Y = 0) = log(θ/(θ + μ)) = log(1/2)
 */
export function computeNegativeBinomialLogLikelihood(counts: readonly number[], means: readonly number[], theta: number): number {
  return sum(
    counts.map((count, i) => {
      const mean = means[i] ?? Number.NaN;
      const countTerm = count > 0 ? count * (Math.log(mean) - Math.log(mean + theta)) : 0;
      const shifted = computeShiftedGammaDifferences(theta, count).logGamma;
      return shifted - logGamma(count + 1) + countTerm - theta * Math.log1p(mean / theta);
    }),
  );
}
