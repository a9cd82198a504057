import { pairwiseCorrelation } from "./pairwise-correlation.js";

/**
 * The copula's correlation matrix of columns over pairwise-complete observations: entry (i, j) is
 * Pearson's r on the rows where both columns are observed (pairwiseCorrelation, R's
 * `cor(x, use = "pairwise.complete.obs")`). Where that is undefined (NaN; R: NA) — fewer than two
 * common rows, or a column constant on them (a value column against its own missingness
 * indicator, a constant column) — this gives 0: no evidence of association, so the copula joins
 * those dimensions independently. The diagonal is 1, also for a constant column.
 *
 * Reference: R `cor` (src/library/stats/src/cov.c, pairwise branch); Little, R. J. A. & Rubin, D. B.
 * (2019). Statistical Analysis with Missing Data, 3rd ed., §3.4 (available-case analysis; the
 * matrix need not be positive semidefinite, see repairCorrelation).
 *
 * @param columns equally long columns (any unit), NaN = missing
 * @returns the d × d matrix as rows, symmetric, unitless
 * @throws RangeError "correlatePairwise requires columns of equal length, got 3 values in column 1 and 4 in column 0"
 * @example correlatePairwise([Float64Array.from([1, 2, 3, NaN]), Float64Array.from([2, 4, 5, 1])])
 * // [[1, 0.9819805060619655], [0.9819805060619655, 1]] (row 4 left out; R 4.2.2: cor(c(1, 2, 3), c(2, 4, 5))
 * // = 0.98198050606196563)
 */
export function correlatePairwise(columns: readonly Float64Array[]): number[][] {
  const size = columns.length;
  const length = columns[0]?.length ?? 0;
  columns.forEach((column, index) => {
    if (column.length !== length) throw new RangeError(`correlatePairwise requires columns of equal length, got ${column.length} values in column ${index} and ${length} in column 0`);
  });
  const matrix = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column ? 1 : 0)));
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < row; column++) {
      const correlation = pairwiseCorrelation(columns[row] as Float64Array, columns[column] as Float64Array);
      if (Number.isNaN(correlation)) continue;
      (matrix[row] as number[])[column] = correlation;
      (matrix[column] as number[])[row] = correlation;
    }
  }
  return matrix;
}
