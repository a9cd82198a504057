/** Eigenvalues and orthonormal eigenvectors of a symmetric matrix. */
export interface SymmetricEigenDecomposition {
  /** λ_j, in no particular order. */
  readonly eigenvalues: readonly number[];
  /** Row-major n × n; column j is the unit eigenvector of λ_j. */
  readonly eigenvectors: readonly number[];
}

/** Cyclic Jacobi converges quadratically; 3 × 3 matrices need 4 to 6 sweeps. */
const MAX_SWEEPS = 50;

/**
 * The eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method: plane
 * rotations zero one off-diagonal entry at a time until every one is negligible next to its
 * diagonal pair, |a_pq| ≤ 2⁻⁵³ √|a_pp a_qq|. Each rotation is orthogonal, so the eigenvectors stay
 * orthonormal to rounding and close eigenvalues cause no trouble; with that stopping rule the
 * eigenvalues of a positive definite matrix come with small relative errors (Demmel & Veselić).
 * Meant for n ≤ 3 (O(n³) per sweep).
 *
 * Reference: Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §8.5 (the
 * Jacobi method, the stable choice of the rotation angle); Demmel, J. & Veselić, K. (1992).
 * Jacobi's method is more accurate than QR. SIAM J. Matrix Anal. Appl. 13(4), 1204–1245.
 *
 * @param entries the symmetric matrix, row-major (not modified)
 * @param size n, with entries.length = n²
 * @example decomposeSymmetricMatrix([2, 1, 1, 2], 2)
 * // eigenvalues [1, 3], eigenvectors [√½, √½, −√½, √½] (columns (√½, −√½) and (√½, √½))
 */
export function decomposeSymmetricMatrix(entries: readonly number[], size: number): SymmetricEigenDecomposition {
  // Plain arrays: V8 allocates a Float64Array of more than 8 elements off the heap, ~20× slower.
  const work: JacobiWork = { matrix: entries.slice(), eigenvectors: new Array<number>(size * size).fill(0), size };
  for (let index = 0; index < size; index++) work.eigenvectors[index * size + index] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) rotated = rotateUnlessNegligible(work, p, q) || rotated;
    }
    if (!rotated) break;
  }
  const eigenvalues: number[] = [];
  for (let index = 0; index < size; index++) eigenvalues.push(work.matrix[index * size + index] as number);
  return { eigenvalues, eigenvectors: work.eigenvectors };
}

/** The matrix being diagonalized and the product of the rotations so far, both row-major. */
interface JacobiWork {
  readonly matrix: number[];
  readonly eigenvectors: number[];
  readonly size: number;
}

/**
 * One Jacobi rotation in the (p, q) plane that zeroes a_pq (Golub & Van Loan, Algorithm 8.5.1),
 * unless a_pq is already negligible; returns whether it rotated.
 */
function rotateUnlessNegligible(work: JacobiWork, p: number, q: number): boolean {
  const { matrix, size } = work;
  const apq = matrix[p * size + q] as number;
  const app = matrix[p * size + p] as number;
  const aqq = matrix[q * size + q] as number;
  if (Math.abs(apq) <= Number.EPSILON * 0.5 * Math.sqrt(Math.abs(app * aqq))) return false;
  const theta = (aqq - app) / (2 * apq);
  // The smaller root of t² + 2θt − 1 = 0, |t| ≤ 1. Beyond |θ| = 1e150, θ² would overflow and
  // t = 1/(2θ) to rounding. (Math.sqrt, not Math.hypot: hypot is several times slower in V8.)
  const magnitude = Math.abs(theta);
  const tangent = (theta >= 0 ? 1 : -1) / (magnitude > 1e150 ? 2 * magnitude : magnitude + Math.sqrt(theta * theta + 1));
  const cosine = 1 / Math.sqrt(tangent * tangent + 1);
  const sine = tangent * cosine;
  matrix[p * size + p] = app - tangent * apq;
  matrix[q * size + q] = aqq + tangent * apq;
  matrix[p * size + q] = 0;
  matrix[q * size + p] = 0;
  for (let row = 0; row < size; row++) {
    if (row !== p && row !== q) {
      const arp = matrix[row * size + p] as number;
      const arq = matrix[row * size + q] as number;
      matrix[row * size + p] = matrix[p * size + row] = cosine * arp - sine * arq;
      matrix[row * size + q] = matrix[q * size + row] = sine * arp + cosine * arq;
    }
    const vrp = work.eigenvectors[row * size + p] as number;
    const vrq = work.eigenvectors[row * size + q] as number;
    work.eigenvectors[row * size + p] = cosine * vrp - sine * vrq;
    work.eigenvectors[row * size + q] = sine * vrp + cosine * vrq;
  }
  return true;
}
