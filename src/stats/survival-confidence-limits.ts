import type { SurvivalTransform } from "./survival-interval-options.js";

/** The two limits of a pointwise survival confidence interval, each in [0, 1] or NaN. */
export interface SurvivalInterval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Pointwise confidence limits for a survival probability S with standard error `logStandardError`
 * of log S, term for term as R survival 3.5's `survfit_confint` (logse = TRUE):
 * - "plain": S ∓ z·S·se, clipped to [0, 1];
 * - "log": S·exp(∓z·se), the upper limit capped at 1; NaN where S = 0;
 * - "log-log": exp(−exp(log(−log S) ∓ z·se/log S)), i.e. S^exp(∓z·se/log S); NaN where S is 0
 *   or 1 (log(−log S) is undefined), as R's NA.
 * An infinite se (S = 0 after everyone at risk died) gives NaN, as in R.
 *
 * Reference: Kalbfleisch, J. D. & Prentice, R. L. (2002), The Statistical Analysis of Failure
 * Time Data, 2nd ed., §1.4 (the log-log interval); R survival `survfit_confint`.
 *
 * @param survival S in [0, 1]
 * @param logStandardError Greenwood standard error of log S
 * @param options z = Φ⁻¹(1 − (1 − level)/2) (1.959963984540054 for 95 %) and the transform
 * @returns the lower and upper limits
 * @example survivalConfidenceLimits(0.5, 0.5, { z: 2, transform: "log" }) // { lower: 0.18393972058572114, upper: 1 } (0.5·e⁻¹, min(0.5·e, 1))
 */
export function survivalConfidenceLimits(
  survival: number,
  logStandardError: number,
  options: { readonly z: number; readonly transform: SurvivalTransform },
): SurvivalInterval {
  const { z, transform } = options;
  switch (transform) {
    case "plain": {
      const margin = logStandardError * survival * z;
      return { lower: Math.max(survival - margin, 0), upper: Math.min(survival + margin, 1) };
    }
    case "log": {
      if (survival === 0) return { lower: Number.NaN, upper: Number.NaN };
      const margin = z * logStandardError;
      const logSurvival = Math.log(survival);
      return { lower: Math.exp(logSurvival - margin), upper: Math.min(Math.exp(logSurvival + margin), 1) };
    }
    case "log-log": {
      if (survival === 0 || survival === 1) return { lower: Number.NaN, upper: Number.NaN };
      const margin = (z * logStandardError) / Math.log(survival);
      const logMinusLog = Math.log(-Math.log(survival));
      return { lower: Math.exp(-Math.exp(logMinusLog - margin)), upper: Math.exp(-Math.exp(logMinusLog + margin)) };
    }
  }
}
