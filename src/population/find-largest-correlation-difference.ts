/** The pair of columns whose correlation changes most from the real to the virtual patients. */
export interface CorrelationDifference {
  readonly first: string;
  readonly second: string;
  readonly real: number;
  readonly virtual: number;
  /** |virtual − real|. */
  readonly absoluteDifference: number;
}

/**
 * The off-diagonal pair (i < j) with the largest |r_virtual − r_real|. Pairs where either
 * correlation is undefined (NaN: a constant column, fewer than two complete rows) are left out;
 * among equal differences the first pair in row order wins (i, then j), so the answer does not
 * depend on floating-point noise in the comparison order.
 *
 * Reference: the pairwise correlation difference of synthetic-data utility checks: Goncalves
 * et al. (2020), Generation and evaluation of synthetic patient data, BMC Medical Research
 * Methodology 20, 108, summarise the matrix of differences by its Frobenius norm; this reports
 * its largest entry and where it is, which a reader can act on.
 *
 * @param names the column names, in matrix order
 * @param real the real patients' correlation matrix
 * @param virtual the virtual patients' correlation matrix, same order
 * @returns the pair, or null when no pair has both correlations defined
 * @example findLargestCorrelationDifference(["a", "b"], [[1, 0.5], [0.5, 1]], [[1, 0.25], [0.25, 1]])?.absoluteDifference // 0.25
 */
export function findLargestCorrelationDifference(
  names: readonly string[],
  real: readonly (readonly number[])[],
  virtual: readonly (readonly number[])[],
): CorrelationDifference | null {
  let largest: CorrelationDifference | null = null;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const realR = real[i]?.[j] ?? Number.NaN;
      const virtualR = virtual[i]?.[j] ?? Number.NaN;
      const absoluteDifference = Math.abs(virtualR - realR);
      if (Number.isNaN(absoluteDifference)) continue;
      if (largest === null || absoluteDifference > largest.absoluteDifference) {
        largest = { first: names[i] as string, second: names[j] as string, real: realR, virtual: virtualR, absoluteDifference };
      }
    }
  }
  return largest;
}
