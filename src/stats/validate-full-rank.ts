import { decomposeHouseholderQr } from "./householder-qr.js";
import { sum } from "./sum.js";

/**
 * A column counts as collinear with the earlier ones when less than this fraction of its
 * length is left after projecting them out: R's `lm` tolerance (`qr(tol = 1e-7)`), as
 * fitLinearModel.
 */
const COLLINEARITY_TOLERANCE = 1e-7;

/**
 * Checks that a design's columns are linearly independent, by Householder QR: column k is
 * collinear with the columns before it when |R_kk| ≤ 1e-7·‖column k‖. Throws a RangeError named
 * after the calling function (STYLE.md §4), with the same text as fitLinearModel.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §5.4.1 (rank from QR); R `qr`.
 *
 * @param columns the design, one array per column (each of length n)
 * @param functionName the public function whose precondition this is, e.g. "fitLogisticRegression"
 * @throws RangeError "fitLogisticRegression requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it"
 * @example validateFullRank([[1, 1, 1], [0, 1, 2]], "fitLogisticRegression") // returns undefined
 */
export function validateFullRank(columns: readonly (readonly number[])[], functionName: string): void {
  const { upperTriangle } = decomposeHouseholderQr(columns, columns[0]?.map(() => 0) ?? []);
  for (const [k, column] of columns.entries()) {
    const remaining = Math.abs(upperTriangle[k]?.[k] ?? 0);
    const length = Math.sqrt(sum(column.map((value) => value * value)));
    if (!(remaining > COLLINEARITY_TOLERANCE * length)) {
      throw new RangeError(
        `${functionName} requires linearly independent design columns, column ${k} (0-based) is collinear with the columns before it`,
      );
    }
  }
}
