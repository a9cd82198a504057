import { normalQuantile } from "../rng/index.js";

/**
 * Normal scores (van der Waerden scores) of a column: zᵢ = Φ⁻¹(rᵢ / (n + 1)), with rᵢ the rank
 * of xᵢ among the n observed (non-NaN) values. Tied values share their average rank (the mid-rank,
 * R's `rank(ties.method = "average")`), so a tie group gets one score: for integer, boolean and
 * category columns, where ties are the rule, each level maps to the normal score of its middle
 * position. The scores are the Gaussian-copula image of the empirical distribution: their
 * correlation is the rank-based ("normal scores") estimate of the copula's correlation.
 *
 * Reference: van der Waerden, B. L. (1952). Order tests for the two-sample problem and their power.
 * Indagationes Mathematicae 14, 453–458; Genest, C., Ghoudi, K. & Rivest, L.-P. (1995).
 * A semiparametric estimation procedure of dependence parameters in multivariate families of
 * distributions. Biometrika 82, 543–552 (pseudo-observations rank / (n + 1)); R:
 * `qnorm(rank(x, na.last = "keep") / (sum(!is.na(x)) + 1))`.
 *
 * @param values the column (any unit), NaN = missing
 * @returns the scores (unitless), NaN where the value is missing
 * @example computeNormalScores(Float64Array.from([3, 1, NaN, 3, 2]))
 * // [0.5244005127080407, -0.8416212335729142, NaN, 0.5244005127080407, -0.2533471031357998]
 * // (R 4.2.2: qnorm(rank(c(3, 1, NA, 3, 2), na.last = "keep") / 5): the two 3s share rank 3.5)
 */
export function computeNormalScores(values: Float64Array): Float64Array {
  const scores = new Float64Array(values.length).fill(Number.NaN);
  const observed: number[] = [];
  values.forEach((value, index) => {
    if (!Number.isNaN(value)) observed.push(index);
  });
  // By value, ties by row: the order inside a tie group does not change its mid-rank.
  observed.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const count = observed.length;
  let first = 0;
  while (first < count) {
    const value = values[observed[first] as number] as number;
    let last = first;
    while (last + 1 < count && values[observed[last + 1] as number] === value) last++;
    // 1-based positions first + 1 … last + 1; their average is the mid-rank.
    const score = normalQuantile((first + last + 2) / 2 / (count + 1));
    for (let position = first; position <= last; position++) scores[observed[position] as number] = score;
    first = last + 1;
  }
  return scores;
}
