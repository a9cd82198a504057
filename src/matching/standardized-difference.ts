import { mean, sampleVariance } from "../stats/index.js";

/**
 * Standardized mean difference of one covariate between two groups, (x̄₁ − x̄₀) / s, where
 * s = √((s₁² + s₀²)/2) is taken from `scale` (the groups before matching, so that the SMD
 * before and after matching share a denominator, as R cobalt's `bal.tab` does).
 * |SMD| < 0.1 is the usual threshold of balance (Austin 2009, Statistics in Medicine 28:3083–3107).
 *
 * @example standardizedDifference([2, 4], [1, 3], { treated: [2, 4], control: [1, 3] }) // 0.7071067811865476
 */
export function standardizedDifference(treated: readonly number[], control: readonly number[], scale: { treated: readonly number[]; control: readonly number[] }): number {
  const s = Math.sqrt((sampleVariance(scale.treated) + sampleVariance(scale.control)) / 2);
  return (mean(treated) - mean(control)) / s;
}
