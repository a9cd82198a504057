import { chiSquareUpperTail } from "./distributions.js";

/** A likelihood-ratio test of nested models. */
export interface LikelihoodRatioTest {
  /** 2·(ℓ_full − ℓ_reduced). */
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  /** P(χ²_df ≥ statistic), computed in the upper tail. */
  readonly pValue: number;
}

/**
 * Likelihood-ratio test of a reduced model nested in a full one: G² = 2·(ℓ_full − ℓ_reduced),
 * referred to χ² with the difference in parameter counts, as R's `anova(reduced, full)` and the
 * "Chisq" line of `summary(survreg)`. The p value is the upper tail itself, so 1e-20 is exact.
 *
 * Reference: Wilks, S. S. (1938), Ann. Math. Statist. 9, 60–62; Agresti, A. (2013), Categorical
 * Data Analysis, 3rd ed., §1.3.3.
 *
 * @param logLikelihood ℓ of the full model (same data and likelihood convention as the reduced one)
 * @param reducedLogLikelihood ℓ of the reduced model
 * @param degreesOfFreedom parameters in the full model minus those in the reduced one, > 0
 * @returns the statistic, its degrees of freedom and the p value
 * @throws RangeError "testLikelihoodRatio requires positive degrees of freedom, got 0"
 * @throws RangeError "testLikelihoodRatio requires finite log-likelihoods, got NaN and -10"
 * @example testLikelihoodRatio(-10, -12, 2).pValue // 0.1353352832366127 = e⁻², the χ²₂ upper tail at G² = 4
 */
export function testLikelihoodRatio(logLikelihood: number, reducedLogLikelihood: number, degreesOfFreedom: number): LikelihoodRatioTest {
  if (!(degreesOfFreedom > 0)) {
    throw new RangeError(`testLikelihoodRatio requires positive degrees of freedom, got ${degreesOfFreedom}`);
  }
  if (!Number.isFinite(logLikelihood) || !Number.isFinite(reducedLogLikelihood)) {
    throw new RangeError(`testLikelihoodRatio requires finite log-likelihoods, got ${logLikelihood} and ${reducedLogLikelihood}`);
  }
  const statistic = 2 * (logLikelihood - reducedLogLikelihood);
  return { statistic, degreesOfFreedom, pValue: chiSquareUpperTail(statistic, degreesOfFreedom) };
}
