import { decomposeHouseholderQr } from "./householder-qr.js";
import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";

/** An ordinary least squares fit, with what inference on its coefficients needs. */
export interface LinearModelFit {
  /** β, one per design column, in the response's unit per unit of the column. */
  readonly coefficients: readonly number[];
  /** σ·√diag((XᵀX)⁻¹), one per coefficient. */
  readonly standardErrors: readonly number[];
  /** n − p. */
  readonly residualDegreesOfFreedom: number;
  /** Residual standard error √(RSS / (n − p)), in the response's unit. */
  readonly sigma: number;
  /** MSS / (MSS + RSS); MSS is centred when the design has a column of ones (as R's summary.lm). */
  readonly rSquared: number;
}

/**
 * A column counts as collinear with the earlier ones when less than this fraction of its
 * length is left after projecting them out: R's `lm` uses the same tolerance (`qr(tol = 1e-7)`).
 */
const COLLINEARITY_TOLERANCE = 1e-7;

/**
 * Ordinary least squares by Householder QR (not the normal equations, which square the
 * condition number: pbc-scale designs must match R's `lm` to 1e-10). β solves Rβ = (Qᵀy)[0..p),
 * RSS = ‖(Qᵀy)[p..n)‖², and SEᵢ = σ·‖row i of R⁻¹‖.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §5.3.3; R `lm` and `summary.lm`.
 *
 * @param design one row per observation, one column per coefficient (first column usually 1)
 * @param response one value per observation
 * @returns coefficients, standard errors, residual df, σ and R²
 * @throws RangeError "fitLinearModel requires a design with at least one row and one column"
 * @throws RangeError "fitLinearModel requires one response per design row, got 3 responses and 4 rows"
 * @throws RangeError "fitLinearModel requires more observations than design columns, got 2 observations and 2 columns"
 * @throws RangeError "fitLinearModel requires 2 columns in every design row, row 2 has 1"
 * @throws RangeError "fitLinearModel requires finite design values, got NaN at row 1, column 1"
 * @throws RangeError "fitLinearModel requires finite responses, got Infinity at index 2"
 * @throws RangeError "fitLinearModel requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it"
 * @example fitLinearModel([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 2, 4]).coefficients
 * // [1.3, 0.8] to rounding: slope Sxy/Sxx = 4/5, intercept ȳ − 0.8·x̄ = 2.5 − 1.2
 */
export function fitLinearModel(design: readonly (readonly number[])[], response: readonly number[]): LinearModelFit {
  const columnCount = checkLinearModelInputs(design, response);
  const columns = Array.from({ length: columnCount }, (_, col) => design.map((row) => row[col] ?? Number.NaN));
  const { upperTriangle, rotatedResponse } = decomposeHouseholderQr(columns, response);
  checkFullRank(upperTriangle, columns);
  const coefficients = solveUpperTriangular(upperTriangle, rotatedResponse.slice(0, columnCount));
  const residualSumOfSquares = sum(rotatedResponse.slice(columnCount).map((value) => value * value));
  const residualDegreesOfFreedom = response.length - columnCount;
  const sigma = Math.sqrt(residualSumOfSquares / residualDegreesOfFreedom);
  const standardErrors = computeUnscaledStandardErrors(upperTriangle).map((unscaled) => sigma * unscaled);
  const fitted = design.map((row) => sum(row.map((value, col) => value * (coefficients[col] ?? Number.NaN))));
  // R's summary.lm centres the model sum of squares only for a model with an intercept.
  const center = columns.some(isColumnOfOnes) ? sum(fitted) / fitted.length : 0;
  const rSquared = computeRSquared(fitted, residualSumOfSquares, center);
  return { coefficients, standardErrors, residualDegreesOfFreedom, sigma, rSquared };
}

/** √diag((RᵀR)⁻¹) = the row norms of R⁻¹, whose column j solves R x = eⱼ. */
function computeUnscaledStandardErrors(upperTriangle: readonly (readonly number[])[]): number[] {
  const size = upperTriangle.length;
  const inverseColumns = Array.from({ length: size }, (_, j) =>
    solveUpperTriangular(
      upperTriangle,
      Array.from({ length: size }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: size }, (_, i) =>
    Math.sqrt(sum(inverseColumns.map((column) => (column[i] ?? Number.NaN) ** 2))),
  );
}

/** MSS / (MSS + RSS) with MSS = Σ(fitted − center)². */
function computeRSquared(fitted: readonly number[], residualSumOfSquares: number, center: number): number {
  const modelSumOfSquares = sum(fitted.map((value) => (value - center) ** 2));
  return modelSumOfSquares / (modelSumOfSquares + residualSumOfSquares);
}

function isColumnOfOnes(column: readonly number[]): boolean {
  return column.every((value) => value === 1);
}

function checkFullRank(upperTriangle: readonly (readonly number[])[], columns: readonly (readonly number[])[]): void {
  for (const [k, column] of columns.entries()) {
    const remaining = Math.abs(upperTriangle[k]?.[k] ?? 0);
    const length = Math.sqrt(sum(column.map((value) => value * value)));
    if (!(remaining > COLLINEARITY_TOLERANCE * length)) {
      throw new RangeError(
        `fitLinearModel requires linearly independent design columns, column ${k} (0-based) is collinear with the columns before it`,
      );
    }
  }
}

/**
 * The preconditions of fitLinearModel; returns the number of design columns.
 * Non-finite values are rejected: NaN would silently spread through every coefficient.
 */
function checkLinearModelInputs(design: readonly (readonly number[])[], response: readonly number[]): number {
  const columnCount = design[0]?.length ?? 0;
  if (columnCount === 0) {
    throw new RangeError("fitLinearModel requires a design with at least one row and one column");
  }
  if (response.length !== design.length) {
    throw new RangeError(
      `fitLinearModel requires one response per design row, got ${response.length} responses and ${design.length} rows`,
    );
  }
  if (design.length <= columnCount) {
    throw new RangeError(
      `fitLinearModel requires more observations than design columns, got ${design.length} observations and ${columnCount} columns`,
    );
  }
  for (const [index, row] of design.entries()) {
    if (row.length !== columnCount) {
      throw new RangeError(`fitLinearModel requires ${columnCount} columns in every design row, row ${index} has ${row.length}`);
    }
    const badColumn = row.findIndex((value) => !Number.isFinite(value));
    if (badColumn >= 0) {
      throw new RangeError(
        `fitLinearModel requires finite design values, got ${row[badColumn]} at row ${index}, column ${badColumn}`,
      );
    }
  }
  const badResponse = response.findIndex((value) => !Number.isFinite(value));
  if (badResponse >= 0) {
    throw new RangeError(`fitLinearModel requires finite responses, got ${response[badResponse]} at index ${badResponse}`);
  }
  return columnCount;
}
