import { inferEffect } from "../stats/index.js";
import type { TwinCoefficient } from "./twin-model-fit.js";

/**
 * A coefficient table: each estimate with its SE, statistic estimate/SE, two-sided p value
 * and Wald interval, from a t distribution with `degreesOfFreedom` (lm) or the normal
 * (Infinity: glm, survreg).
 *
 * Reference: R `summary.lm` / `confint.lm` (t) and `summary.glm`, `summary.survreg` /
 * `confint.default` (z).
 *
 * @param columns names, estimates and standard errors, one per coefficient
 * @param degreesOfFreedom residual df for t, Infinity for z
 * @param confidenceLevel two-sided level of the intervals, e.g. 0.95
 * @example tabulateCoefficients({ names: ["x"], estimates: [0.5], standardErrors: [0.25] }, Infinity, 0.95)[0].pValue
 * // 0.0455002638963584 = 2·Φ(−2) (R 4.2.2: 2 * pnorm(-2))
 */
export function tabulateCoefficients(
  columns: { readonly names: readonly string[]; readonly estimates: readonly number[]; readonly standardErrors: readonly number[] },
  degreesOfFreedom: number,
  confidenceLevel: number,
): TwinCoefficient[] {
  return columns.names.map((name, index) => {
    const estimate = columns.estimates[index] ?? Number.NaN;
    const standardError = columns.standardErrors[index] ?? Number.NaN;
    const inferred = inferEffect({ estimate, standardError, degreesOfFreedom }, { confidenceLevel, alternative: "two-sided" });
    return { name, estimate, standardError, statistic: inferred.statistic, pValue: inferred.pValue, ciLower: inferred.ciLower, ciUpper: inferred.ciUpper };
  });
}
