import { mean } from "./mean.js";
import { sampleVariance } from "./sample-variance.js";

/** Size, mean and (n − 1) variance of each of two groups. */
export interface TwoSampleSummary {
  readonly countTreatment: number;
  readonly countControl: number;
  readonly meanTreatment: number;
  readonly meanControl: number;
  readonly varianceTreatment: number;
  readonly varianceControl: number;
}

/**
 * Summarises two groups for a two-sample test, after checking the preconditions the tests
 * share: at least two values per group (a variance needs them) and finite values. NaN is
 * rejected rather than propagated: a missing endpoint is the caller's decision (exclude,
 * impute), and a NaN result would be counted as a failed analysis and hide the bug.
 *
 * Reference: R `t.test.default` ("not enough 'x' observations").
 *
 * @param treatment the treatment group's observations
 * @param control the control group's observations (same unit)
 * @param functionName the public test whose precondition this is, e.g. "welchTTest"
 * @throws RangeError "welchTTest requires at least two values in each group, got 1 treatment and 3 control"
 * @throws RangeError "welchTTest requires finite values, got NaN at control[2]"
 * @example summarizeTwoSamples([1, 2, 3], [2, 4], "welchTTest").varianceControl // 2
 */
export function summarizeTwoSamples(
  treatment: readonly number[],
  control: readonly number[],
  functionName: string,
): TwoSampleSummary {
  if (treatment.length < 2 || control.length < 2) {
    throw new RangeError(
      `${functionName} requires at least two values in each group, ` +
        `got ${treatment.length} treatment and ${control.length} control`,
    );
  }
  checkFinite(treatment, "treatment", functionName);
  checkFinite(control, "control", functionName);
  return {
    countTreatment: treatment.length,
    countControl: control.length,
    meanTreatment: mean(treatment),
    meanControl: mean(control),
    varianceTreatment: sampleVariance(treatment),
    varianceControl: sampleVariance(control),
  };
}

function checkFinite(values: readonly number[], groupName: string, functionName: string): void {
  const index = values.findIndex((value) => !Number.isFinite(value));
  if (index >= 0) {
    throw new RangeError(`${functionName} requires finite values, got ${values[index]} at ${groupName}[${index}]`);
  }
}
