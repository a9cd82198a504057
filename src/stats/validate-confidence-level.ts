/**
 * Checks a two-sided confidence level at run time, throwing a RangeError named after the
 * calling function (STYLE.md §4), with the same text as validateTestOptions.
 *
 * Reference: R `prop.test` and `fisher.test` check `conf.level` the same way ("'conf.level'
 * must be a single number between 0 and 1").
 *
 * @param confidenceLevel the level, e.g. 0.95 (not a percentage)
 * @param functionName the public function whose precondition this is, e.g. "wilsonInterval"
 * @throws RangeError "wilsonInterval requires a confidence level strictly between 0 and 1, got 95"
 * @example validateConfidenceLevel(0.95, "wilsonInterval") // returns undefined
 */
export function validateConfidenceLevel(confidenceLevel: number, functionName: string): void {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`${functionName} requires a confidence level strictly between 0 and 1, got ${confidenceLevel}`);
  }
}
