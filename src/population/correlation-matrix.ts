import { pairwiseCorrelation } from "./pairwise-correlation.js";

/**
 * Pearson correlation matrix of number columns on pairwise-complete observations: entry [i][j]
 * is pairwiseCorrelation(columns[i], columns[j]), so each pair uses every row where both are
 * observed. Symmetric by construction (each pair is computed once); the diagonal is 1 for a
 * column with spread and NaN for a constant or nearly empty one, as in R.
 *
 * Reference: R `cor(x, use = "pairwise.complete.obs")`.
 *
 * @param columns row-aligned columns (NaN = missing)
 * @returns the k × k matrix, unitless
 * @example correlationMatrix([[1, 2, 3], [3, 1, 2]])[0][1] // -0.4999999999999999 (R 4.2.2: cor(1:3, c(3, 1, 2)) = -0.5)
 */
export function correlationMatrix(columns: readonly ArrayLike<number>[]): number[][] {
  const matrix = columns.map(() => new Array<number>(columns.length).fill(Number.NaN));
  for (let i = 0; i < columns.length; i++) {
    for (let j = i; j < columns.length; j++) {
      const r = pairwiseCorrelation(columns[i] as ArrayLike<number>, columns[j] as ArrayLike<number>);
      (matrix[i] as number[])[j] = r;
      (matrix[j] as number[])[i] = r;
    }
  }
  return matrix;
}
