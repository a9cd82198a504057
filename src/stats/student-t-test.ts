import { inferEffect, type EffectEstimate } from "./effect-estimate.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";
import { summarizeTwoSamples } from "./two-sample-summary.js";

/**
 * Student's two-sample t test (equal variances) of the difference in means, treatment −
 * control: pooled variance s² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2),
 * SE = s·√(1/n₁ + 1/n₂), ν = n₁ + n₂ − 2, exact t p value and CI.
 * If both groups have zero variance the test is undefined: the estimate is returned with
 * standard error 0 and NaN statistic, p value and interval (ν stays n₁ + n₂ − 2).
 *
 * Reference: Student (1908). The probable error of a mean. Biometrika 6, 1–25;
 * R `t.test(var.equal = TRUE)`.
 *
 * @param treatment the treatment group's observations (≥ 2, finite)
 * @param control the control group's observations (≥ 2, finite, same unit)
 * @param options confidence level of the two-sided CI and alternative of the p value
 * @returns the difference in means (in the observations' unit) with its inference
 * @throws RangeError "studentTTest requires at least two values in each group, got 8 treatment and 1 control"
 * @throws RangeError "studentTTest requires finite values, got Infinity at control[3]"
 * @example studentTTest([5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1], [4.1, 5.9, 3.2, 6.5, 4.0, 5.2, 2.9], { confidenceLevel: 0.95, alternative: "two-sided" }).pValue // 0.0571185379123587 (R 4.2.2 t.test)
 */
export function studentTTest(
  treatment: readonly number[],
  control: readonly number[],
  options: TestOptions,
): EffectEstimate {
  validateTestOptions(options, "studentTTest");
  const summary = summarizeTwoSamples(treatment, control, "studentTTest");
  const degreesOfFreedom = summary.countTreatment + summary.countControl - 2;
  const pooledVariance =
    ((summary.countTreatment - 1) * summary.varianceTreatment + (summary.countControl - 1) * summary.varianceControl) /
    degreesOfFreedom;
  const standardError = Math.sqrt(pooledVariance * (1 / summary.countTreatment + 1 / summary.countControl));
  return inferEffect(
    { estimate: summary.meanTreatment - summary.meanControl, standardError, degreesOfFreedom },
    options,
  );
}
