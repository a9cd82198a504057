import { inferEffect, type EffectEstimate } from "./effect-estimate.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";
import { summarizeTwoSamples } from "./two-sample-summary.js";

/**
 * Welch's two-sample t test (unequal variances) of the difference in means, treatment −
 * control: SE = √(s₁²/n₁ + s₂²/n₂), Welch–Satterthwaite degrees of freedom
 * ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), exact t p value and CI.
 * If both groups have zero variance the test is undefined: the estimate is returned with
 * standard error 0 and NaN statistic, degrees of freedom, p value and interval (R stops with
 * "data are essentially constant"; a simulation should count a failed analysis instead).
 *
 * Reference: Welch, B. L. (1947). The generalization of 'Student's' problem when several
 * different population variances are involved. Biometrika 34, 28–35; R `t.test(var.equal = FALSE)`.
 *
 * @param treatment the treatment group's observations (≥ 2, finite)
 * @param control the control group's observations (≥ 2, finite, same unit)
 * @param options confidence level of the two-sided CI and alternative of the p value
 * @returns the difference in means (in the observations' unit) with its inference
 * @throws RangeError "welchTTest requires at least two values in each group, got 1 treatment and 7 control"
 * @throws RangeError "welchTTest requires finite values, got NaN at treatment[0]"
 * @throws RangeError "welchTTest requires a confidence level strictly between 0 and 1, got 95"
 * @example welchTTest([5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1], [4.1, 5.9, 3.2, 6.5, 4.0, 5.2, 2.9], { confidenceLevel: 0.95, alternative: "two-sided" }).pValue // 0.0871118890086819 (R 4.2.2 t.test)
 */
export function welchTTest(
  treatment: readonly number[],
  control: readonly number[],
  options: TestOptions,
): EffectEstimate {
  validateTestOptions(options, "welchTTest");
  const summary = summarizeTwoSamples(treatment, control, "welchTTest");
  const squaredErrorTreatment = summary.varianceTreatment / summary.countTreatment;
  const squaredErrorControl = summary.varianceControl / summary.countControl;
  const squaredError = squaredErrorTreatment + squaredErrorControl;
  const degreesOfFreedom =
    squaredError ** 2 /
    (squaredErrorTreatment ** 2 / (summary.countTreatment - 1) + squaredErrorControl ** 2 / (summary.countControl - 1));
  return inferEffect(
    {
      estimate: summary.meanTreatment - summary.meanControl,
      standardError: Math.sqrt(squaredError),
      degreesOfFreedom,
    },
    options,
  );
}
