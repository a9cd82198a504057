import { studentTCdf, studentTQuantile } from "./distributions.js";
import type { Alternative, TestOptions } from "./test-options.js";

/**
 * One estimated effect with its inference: what every comparison of an analysis returns and
 * what efficacy.csv stores. `statistic` is estimate / standardError; `degreesOfFreedom` is
 * Infinity for z-based inference. [ciLower, ciUpper] is two-sided at the confidence level,
 * whatever the alternative of the p value.
 */
export interface EffectEstimate {
  readonly estimate: number;
  readonly standardError: number;
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** An estimate with its standard error and the degrees of freedom of its t reference distribution. */
export interface PointEstimate {
  readonly estimate: number;
  readonly standardError: number;
  /** Infinity for a normal (z) reference distribution. */
  readonly degreesOfFreedom: number;
}

/**
 * Wald-type inference from a t (or, with Infinity degrees of freedom, normal) reference
 * distribution: statistic = estimate / SE, exact t p value for the alternative, and the
 * two-sided interval estimate ± t(1 − (1 − level)/2, df)·SE. A two-sided p is 2·P(T ≤ −|t|),
 * computed in the lower tail so that p values near 1e-107 keep their relative accuracy.
 * A zero or NaN standard error gives NaN statistic, p value and interval (the test is undefined).
 *
 * Reference: R `t.test` and `confint.lm` (same formulas); Welch, B. L. (1947), Biometrika 34, 28–35.
 *
 * @param point estimate and standard error (same unit), degrees of freedom
 * @param options confidence level and alternative, assumed valid (see validateTestOptions)
 * @returns the estimate with its statistic, p value and interval
 * @example inferEffect({ estimate: 1, standardError: 0.5, degreesOfFreedom: 2 }, { confidenceLevel: 0.95, alternative: "two-sided" }).pValue
 * // 0.18350341907227397 = 1 − 2/√6: t = 2, and with 2 df P(|T| > t) = 1 − t/√(2 + t²)
 */
export function inferEffect(point: PointEstimate, options: TestOptions): EffectEstimate {
  const { estimate, standardError, degreesOfFreedom } = point;
  if (!(standardError > 0)) return undefinedInference(point);
  const statistic = estimate / standardError;
  const upperProbability = 1 - (1 - options.confidenceLevel) / 2;
  const margin = studentTQuantile(upperProbability, degreesOfFreedom) * standardError;
  return {
    estimate,
    standardError,
    statistic,
    degreesOfFreedom,
    pValue: computePValue(statistic, degreesOfFreedom, options.alternative),
    ciLower: estimate - margin,
    ciUpper: estimate + margin,
  };
}

function computePValue(statistic: number, degreesOfFreedom: number, alternative: Alternative): number {
  switch (alternative) {
    case "greater":
      return studentTCdf(-statistic, degreesOfFreedom);
    case "less":
      return studentTCdf(statistic, degreesOfFreedom);
    case "two-sided":
      return Math.min(1, 2 * studentTCdf(-Math.abs(statistic), degreesOfFreedom));
  }
}

function undefinedInference(point: PointEstimate): EffectEstimate {
  return {
    estimate: point.estimate,
    standardError: point.standardError,
    statistic: Number.NaN,
    degreesOfFreedom: point.degreesOfFreedom,
    pValue: Number.NaN,
    ciLower: Number.NaN,
    ciUpper: Number.NaN,
  };
}
