import { checkDesignRows } from "./validate-model-design.js";

/**
 * Checks a regression's design and response at run time, throwing a RangeError named after the
 * calling function (STYLE.md §4), with the same text as fitLinearModel: at least one row and
 * column, one response per row, more rows than columns, rows of equal length, finite values
 * (NaN would silently spread through every coefficient).
 *
 * Reference: R `glm.fit` and `lm.fit` ("incompatible dimensions", "NA/NaN/Inf in 'x'").
 *
 * @param design one row per observation, one column per coefficient
 * @param response one value per observation
 * @param functionName the public function whose precondition this is, e.g. "fitLogisticRegression"
 * @returns the number of design columns
 * @throws RangeError "fitLogisticRegression requires a design with at least one row and one column"
 * @throws RangeError "fitLogisticRegression requires one response per design row, got 3 responses and 4 rows"
 * @throws RangeError "fitLogisticRegression requires more observations than design columns, got 2 observations and 2 columns"
 * @throws RangeError "fitLogisticRegression requires 2 columns in every design row, row 2 has 1"
 * @throws RangeError "fitLogisticRegression requires finite design values, got NaN at row 1, column 1"
 * @throws RangeError "fitLogisticRegression requires finite responses, got Infinity at index 2"
 * @example validateRegressionInputs([[1, 0], [1, 1], [1, 2]], [0, 1, 1], "fitLogisticRegression") // 2
 */
export function validateRegressionInputs(
  design: readonly (readonly number[])[],
  response: readonly number[],
  functionName: string,
): number {
  const columnCount = design[0]?.length ?? 0;
  if (columnCount === 0) {
    throw new RangeError(`${functionName} requires a design with at least one row and one column`);
  }
  if (response.length !== design.length) {
    throw new RangeError(
      `${functionName} requires one response per design row, got ${response.length} responses and ${design.length} rows`,
    );
  }
  if (design.length <= columnCount) {
    throw new RangeError(
      `${functionName} requires more observations than design columns, got ${design.length} observations and ${columnCount} columns`,
    );
  }
  checkDesignRows(design, columnCount, functionName);
  const badResponse = response.findIndex((value) => !Number.isFinite(value));
  if (badResponse >= 0) {
    throw new RangeError(`${functionName} requires finite responses, got ${response[badResponse]} at index ${badResponse}`);
  }
  return columnCount;
}
