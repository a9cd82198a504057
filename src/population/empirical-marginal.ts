/**
 * How a copula dimension turns a probability back into a value. interpolated: continuous columns,
 * new values between the observed ones; step: integer, boolean and category columns and the
 * missingness indicators, only observed levels.
 */
export type QuantileInverse = "interpolated" | "step";

/**
 * The observed distribution of one column, prepared for empiricalQuantile.
 * interpolated: `values` are the distinct observed values ascending and `probabilities` their
 * knots; step: `values` are all observed values ascending and `probabilities` is empty.
 */
export interface EmpiricalMarginal {
  readonly inverse: QuantileInverse;
  readonly values: Float64Array;
  readonly probabilities: Float64Array;
}

/**
 * Sorts a column's observed (non-NaN) values once for empiricalQuantile. For `interpolated`, the
 * knot of each distinct value x⁽ʲ⁾ is (mⱼ − 1) / (n − 1), mⱼ its mid-rank among the n observed
 * values: without ties the knots are Hyndman & Fan's type 7 positions (k − 1) / (n − 1), and
 * linear interpolation between them is R's default `quantile`; a tie group sits at the middle of
 * the positions it covers, as its normal score does (computeNormalScores), so a measurement
 * rounded to 0.1 gives values spread between its neighbours, not copies of it.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The
 * American Statistician 50, 361–365 (types 1 and 7).
 *
 * @param values the column (any unit), NaN = missing
 * @param inverse interpolated or step (see QuantileInverse)
 * @returns the marginal; no values if none is observed
 * @example buildEmpiricalMarginal(Float64Array.from([2, 1, 2, NaN, 5]), "interpolated")
 * // values [1, 2, 5], probabilities [0, 0.5, 1] (the 2s hold ranks 2 and 3: (2.5 − 1) / 3 = 0.5)
 */
export function buildEmpiricalMarginal(values: Float64Array, inverse: QuantileInverse): EmpiricalMarginal {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (inverse === "step") return { inverse, values: sorted, probabilities: new Float64Array(0) };
  const distinct: number[] = [];
  const knots: number[] = [];
  let first = 0;
  while (first < sorted.length) {
    let last = first;
    while (last + 1 < sorted.length && sorted[last + 1] === sorted[first]) last++;
    distinct.push(sorted[first] as number);
    // 0-based positions first … last: mid-rank − 1 = (first + last) / 2.
    knots.push(sorted.length === 1 ? 0 : (first + last) / 2 / (sorted.length - 1));
    first = last + 1;
  }
  return { inverse, values: Float64Array.from(distinct), probabilities: Float64Array.from(knots) };
}
