import type { EmpiricalMarginal } from "./empirical-marginal.js";

/**
 * The value at probability p of an observed distribution (buildEmpiricalMarginal).
 * step: the inverse of the empirical distribution function, x₍⌈n·p⌉₎ (x₍₁₎ at p = 0), R's
 * quantile type 1, so only observed values come out, each with its observed frequency.
 * interpolated: linear interpolation between the knots (R's type 7 when there are no ties),
 * x₍₁₎ below the first knot and the maximum above the last, so values stay in the observed range.
 * Constant time for step, a binary search over the distinct values for interpolated.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The
 * American Statistician 50, 361–365; R `quantile(type = 1)` and
 * `approx(knots, values, xout = p, rule = 2)`.
 *
 * @param marginal the sorted observed values
 * @param probability p in [0, 1]
 * @returns the quantile, in the column's unit; NaN when nothing was observed
 * @example empiricalQuantile(buildEmpiricalMarginal(Float64Array.from([4.5, 1.25, 3, 10]), "interpolated"), 0.3)
 * // 2.825 (R 4.2.2: quantile(c(4.5, 1.25, 3, 10), 0.3) = 2.8249999999999997, one rounding apart)
 */
export function empiricalQuantile(marginal: EmpiricalMarginal, probability: number): number {
  const { values, probabilities } = marginal;
  const count = values.length;
  if (count === 0) return Number.NaN;
  if (marginal.inverse === "step") {
    const rank = Math.min(count, Math.max(1, Math.ceil(count * probability)));
    return values[rank - 1] as number;
  }
  if (!(probability > (probabilities[0] as number))) return values[0] as number;
  if (probability >= (probabilities[count - 1] as number)) return values[count - 1] as number;
  // The last knot ≤ p: probabilities[low] ≤ p < probabilities[high].
  let low = 0;
  let high = count - 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((probabilities[middle] as number) <= probability) low = middle;
    else high = middle;
  }
  const lower = values[low] as number;
  const upper = values[high] as number;
  const fraction = (probability - (probabilities[low] as number)) / ((probabilities[high] as number) - (probabilities[low] as number));
  return (1 - fraction) * lower + fraction * upper;
}
