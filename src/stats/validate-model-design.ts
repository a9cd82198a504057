/**
 * Checks a regression design at run time, throwing a RangeError named after the calling
 * function (STYLE.md §4): at least one row and one column, every row as long as the first, finite
 * values, and at least as many rows as columns (fewer rows cannot identify the coefficients).
 * Non-finite values are rejected because NaN would silently spread through every coefficient.
 *
 * Reference: R `model.matrix` gives the same rectangular, finite design to `glm.fit` and `survreg.fit`.
 *
 * @param design one row per observation, one column per coefficient (usually a column of ones first)
 * @param functionName the public function whose precondition this is, e.g. "fitPoissonRegression"
 * @returns the number of design columns
 * @throws RangeError "fitPoissonRegression requires a design with at least one row and one column"
 * @throws RangeError "fitPoissonRegression requires 2 columns in every design row, row 2 has 1"
 * @throws RangeError "fitPoissonRegression requires finite design values, got NaN at row 1, column 1"
 * @throws RangeError "fitPoissonRegression requires at least as many observations as design columns, got 1 observations and 2 columns"
 * @example validateModelDesign([[1, 0], [1, 1], [1, 1]], "fitPoissonRegression") // 2
 */
export function validateModelDesign(design: readonly (readonly number[])[], functionName: string): number {
  const columnCount = design[0]?.length ?? 0;
  if (columnCount === 0) {
    throw new RangeError(`${functionName} requires a design with at least one row and one column`);
  }
  checkDesignRows(design, columnCount, functionName);
  if (design.length < columnCount) {
    throw new RangeError(
      `${functionName} requires at least as many observations as design columns, got ${design.length} observations and ${columnCount} columns`,
    );
  }
  return columnCount;
}

/**
 * Every design row has `columnCount` finite values, else a RangeError named after the caller
 * (the row checks shared by validateModelDesign and validateRegressionInputs).
 *
 * @throws RangeError "fitLogisticRegression requires 2 columns in every design row, row 2 has 1"
 * @throws RangeError "fitLogisticRegression requires finite design values, got NaN at row 1, column 1"
 */
export function checkDesignRows(design: readonly (readonly number[])[], columnCount: number, functionName: string): void {
  for (const [index, row] of design.entries()) {
    if (row.length !== columnCount) {
      throw new RangeError(`${functionName} requires ${columnCount} columns in every design row, row ${index} has ${row.length}`);
    }
    const badColumn = row.findIndex((value) => !Number.isFinite(value));
    if (badColumn >= 0) {
      throw new RangeError(`${functionName} requires finite design values, got ${row[badColumn]} at row ${index}, column ${badColumn}`);
    }
  }
}
