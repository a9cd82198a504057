import { decomposeSymmetricMatrix } from "../pk/symmetric-eigen.js";

/**
 * The smallest eigenvalue a copula correlation matrix keeps. Far above choleskyFactor's
 * singularity threshold (pivots within 1e-12 of their diagonal), so the factor always exists,
 * and far below the eigenvalues of real cohorts' matrices (0.03 for the 20 dimensions of
 * cohorts/pbc.csv), which are left exactly as estimated.
 */
export const MINIMUM_EIGENVALUE = 1e-6;

/**
 * A positive-definite correlation matrix close to `matrix`: unchanged when its smallest
 * eigenvalue is at least MINIMUM_EIGENVALUE; otherwise the eigenvalue method: with
 * R = V·diag(λ)·Vᵀ, A = V·diag(max(λ, MINIMUM_EIGENVALUE))·Vᵀ, rescaled to unit diagonal,
 * Aᵢⱼ / √(Aᵢᵢ·Aⱼⱼ). A pairwise-complete correlation matrix (correlatePairwise) can be indefinite
 * when columns are missing on different rows, and a correlation of ±1 (a column and a copy of it)
 * is singular; neither has a Cholesky factor. The rescaling keeps the result positive definite
 * (a congruence) with ones on the diagonal. Not the nearest correlation matrix in the Frobenius
 * norm (Higham 2002), but close to it when few eigenvalues are clipped, and closed-form.
 *
 * Reference: Rousseeuw, P. J. & Molenberghs, G. (1993). Transformation of non positive
 * semidefinite correlation matrices. Communications in Statistics – Theory and Methods 22,
 * 965–984 (the eigenvalue method); Higham, N. J. (2002). Computing the nearest correlation matrix.
 * IMA Journal of Numerical Analysis 22, 329–343; R: `cov2cor(V %*% diag(pmax(λ, 1e-6)) %*% t(V))`.
 *
 * @param matrix a symmetric matrix with unit diagonal, as rows (unitless)
 * @returns a symmetric positive-definite matrix with unit diagonal, as new rows
 * @example repairCorrelation([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])
 * // off-diagonal ±0.4999996052632…: eigenvalues 1.9, 1.9, −0.8 become 1.9, 1.9, 1e-6
 * // (R 4.2.2, test/reference/copula.R: 0.499999605263262)
 */
export function repairCorrelation(matrix: readonly (readonly number[])[]): number[][] {
  const size = matrix.length;
  const { eigenvalues, eigenvectors } = decomposeSymmetricMatrix(matrix.flat(), size);
  if (eigenvalues.every((value) => value >= MINIMUM_EIGENVALUE)) return matrix.map((row) => [...row]);
  const clipped = eigenvalues.map((value) => Math.max(value, MINIMUM_EIGENVALUE));
  const entry = (row: number, column: number): number => {
    let total = 0;
    for (let k = 0; k < size; k++) total += (eigenvectors[row * size + k] as number) * (clipped[k] as number) * (eigenvectors[column * size + k] as number);
    return total;
  };
  const diagonal = Array.from({ length: size }, (_, index) => entry(index, index));
  const repaired = Array.from({ length: size }, () => new Array<number>(size).fill(1));
  // The lower triangle, mirrored: choleskyFactor wants exact symmetry.
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < row; column++) {
      const value = entry(row, column) / Math.sqrt((diagonal[row] as number) * (diagonal[column] as number));
      (repaired[row] as number[])[column] = value;
      (repaired[column] as number[])[row] = value;
    }
  }
  return repaired;
}
