import { standardizedMeanDifference } from "../population/index.js";
import { mean, sampleStandardDeviation } from "../stats/index.js";

/**
 * Standardized mean difference of one covariate between two groups, (x̄₁ − x̄₀) / s, where
 * s = √((s₁² + s₀²)/2) is taken from `scale` (the groups before matching, so that the SMD
 * before and after matching share a denominator, as R cobalt's `bal.tab` does): the fidelity
 * check's standardizedMeanDifference with the means of the groups and the spreads of `scale`.
 * |SMD| < 0.1 is the usual threshold of balance (Austin 2009, Statistics in Medicine 28:3083–3107).
 *
 * @example standardizedDifference([2, 4], [1, 3], { treated: [2, 4], control: [1, 3] }) // 0.7071067811865475
 */
export function standardizedDifference(treated: readonly number[], control: readonly number[], scale: { treated: readonly number[]; control: readonly number[] }): number {
  return standardizedMeanDifference({ mean: mean(control), standardDeviation: sampleStandardDeviation(scale.control) }, { mean: mean(treated), standardDeviation: sampleStandardDeviation(scale.treated) });
}
