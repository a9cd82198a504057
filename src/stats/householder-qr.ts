/**
 * A QR decomposition X = QR of an n × p design (n ≥ p) with Q kept implicitly: only R and
 * Qᵀy are needed for least squares.
 */
export interface HouseholderQr {
  /** R, p × p upper triangular, row-major (entries below the diagonal are 0). */
  readonly upperTriangle: readonly (readonly number[])[];
  /** Qᵀy, length n: the first p entries are the "effects" R β, the rest the residual part. */
  readonly rotatedResponse: readonly number[];
}

/**
 * Householder QR of the design's columns, applied to the response along the way
 * (Golub & Van Loan, Matrix Computations, 4th ed., Algorithm 5.2.1; R's `lm` uses the same
 * reflections through LINPACK dqrdc2). Backward stable: unlike the normal equations XᵀX, it does
 * not square the condition number. A column that is already zero below the diagonal (an exactly
 * dependent column) is left as it is, giving a zero on R's diagonal: rank checks are the
 * caller's, see fitLinearModel.
 *
 * @param columns the design, one array per column, each of length n (unitless numbers)
 * @param response y, length n
 * @returns R and Qᵀy
 * @example decomposeHouseholderQr([[3, 4]], [1, 2]).upperTriangle // [[-5]] (|R₀₀| = ‖(3, 4)‖ = 5)
 */
export function decomposeHouseholderQr(
  columns: readonly (readonly number[])[],
  response: readonly number[],
): HouseholderQr {
  const work = columns.map((column) => Float64Array.from(column));
  const rotated = Float64Array.from(response);
  const diagonal: number[] = [];
  for (const [k, column] of work.entries()) {
    const alpha = reflectColumn(column, k);
    diagonal.push(alpha);
    if (alpha === 0) continue;
    const reflector: Reflector = { vector: column, start: k, squaredLength: -2 * alpha * (column[k] ?? 0) };
    for (const later of work.slice(k + 1)) applyReflection(reflector, later);
    applyReflection(reflector, rotated);
  }
  const upperTriangle = diagonal.map((alpha, row) =>
    work.map((column, col) => (col < row ? 0 : col === row ? alpha : (column[row] ?? Number.NaN))),
  );
  return { upperTriangle, rotatedResponse: Array.from(rotated) };
}

/**
 * Turns column[k..n) into the Householder vector v = x − α·e₁ in place and returns α, the new
 * diagonal entry of R (α = −sign(x₀)·‖x‖, the sign that avoids cancellation in x₀ − α).
 */
function reflectColumn(column: Float64Array, k: number): number {
  const norm = euclideanNorm(column, k);
  if (norm === 0) return 0;
  const head = column[k] ?? 0;
  const alpha = head > 0 ? -norm : norm;
  column[k] = head - alpha;
  return alpha;
}

/** A Householder vector v = vector[start..n) with its squared length vᵀv (= −2α·v₀). */
interface Reflector {
  readonly vector: Float64Array;
  readonly start: number;
  readonly squaredLength: number;
}

/** target ← (I − 2vvᵀ/vᵀv)·target, on rows start..n. */
function applyReflection(reflector: Reflector, target: Float64Array): void {
  const { vector, start, squaredLength } = reflector;
  let dot = 0;
  for (let i = start; i < target.length; i += 1) dot += (vector[i] ?? 0) * (target[i] ?? 0);
  const factor = (2 * dot) / squaredLength;
  for (let i = start; i < target.length; i += 1) target[i] = (target[i] ?? 0) - factor * (vector[i] ?? 0);
}

/** ‖values[start..n)‖₂, scaled by the largest magnitude so squares cannot overflow or underflow. */
function euclideanNorm(values: Float64Array, start: number): number {
  let largest = 0;
  for (let i = start; i < values.length; i += 1) largest = Math.max(largest, Math.abs(values[i] ?? 0));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sumOfSquares = 0;
  for (let i = start; i < values.length; i += 1) sumOfSquares += ((values[i] ?? 0) / largest) ** 2;
  return largest * Math.sqrt(sumOfSquares);
}
