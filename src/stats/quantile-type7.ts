import { InternalError } from "../errors.js";

/**
 * Sample quantile by linear interpolation between order statistics: Hyndman & Fan's type 7,
 * R's default. With h = 1 + (n − 1)·p, lo = ⌊h⌋ and hi = ⌈h⌉ (1-based), the quantile is
 * (1 − (h − lo))·x[lo] + (h − lo)·x[hi], computed in that form, as R does, so results agree to
 * the bit.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages.
 * The American Statistician 50, 361–365; R `quantile.default` (type = 7).
 *
 * @param sortedAscending the observations sorted ascending, no NaN (checked: O(n))
 * @param probability p in [0, 1]
 * @returns the p-quantile, in the unit of the observations
 * @throws RangeError "quantileType7 requires at least one value, got none"
 * @throws RangeError "quantileType7 requires a probability from 0 to 1, got 1.5"
 * @throws RangeError "quantileType7 requires values sorted ascending without NaN, got 3 before 2 at index 1"
 *   (or "…, got NaN at index 0")
 * @example quantileType7([1, 2, 3, 4, 10], 0.3) // 2.2 (R 4.2.2: quantile(c(1, 2, 3, 4, 10), 0.3) = 2.2)
 */
export function quantileType7(sortedAscending: readonly number[], probability: number): number {
  checkQuantileInputs(sortedAscending, probability);
  const index = 1 + (sortedAscending.length - 1) * probability;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const lower = orderStatistic(sortedAscending, lo);
  const upper = orderStatistic(sortedAscending, hi);
  // R interpolates only when index > lo and the neighbours differ, which keeps ties exact.
  if (index === lo || upper === lower) return lower;
  const fraction = index - lo;
  return (1 - fraction) * lower + fraction * upper;
}

function checkQuantileInputs(sortedAscending: readonly number[], probability: number): void {
  if (sortedAscending.length === 0) {
    throw new RangeError("quantileType7 requires at least one value, got none");
  }
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`quantileType7 requires a probability from 0 to 1, got ${probability}`);
  }
  let previous = -Infinity;
  for (const [index, value] of sortedAscending.entries()) {
    if (Number.isNaN(value)) {
      throw new RangeError(`quantileType7 requires values sorted ascending without NaN, got NaN at index ${index}`);
    }
    if (value < previous) {
      throw new RangeError(
        `quantileType7 requires values sorted ascending without NaN, got ${previous} before ${value} at index ${index}`,
      );
    }
    previous = value;
  }
}

/** The 1-based order statistic x[rank], as in R's notation. */
function orderStatistic(sortedAscending: readonly number[], rank: number): number {
  const value = sortedAscending[rank - 1];
  if (value === undefined) throw new InternalError(`quantileType7: rank ${rank} is out of range`);
  return value;
}
