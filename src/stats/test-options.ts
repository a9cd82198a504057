/**
 * The alternative hypothesis of a test about a difference d (treatment − control):
 * "two-sided" H1: d ≠ 0, "greater" H1: d > 0, "less" H1: d < 0.
 */
export type Alternative = "two-sided" | "greater" | "less";

/** The allowed alternatives, in the order messages list them. */
export const ALTERNATIVES: readonly Alternative[] = ["two-sided", "greater", "less"];

/**
 * How to test and estimate: the p value follows `alternative`; the confidence interval is
 * always two-sided at `confidenceLevel` (e.g. 0.95), whatever the alternative.
 */
export interface TestOptions {
  readonly confidenceLevel: number;
  readonly alternative: Alternative;
}

/**
 * Checks TestOptions at run time (they may come from a spec or from JavaScript), throwing a
 * RangeError named after the calling function (STYLE.md §4).
 *
 * Reference: R `t.test` checks `conf.level` the same way ("'conf.level' must be a single number
 * between 0 and 1").
 *
 * @param options the options to check
 * @param functionName the public function whose precondition this is, e.g. "welchTTest"
 * @throws RangeError "welchTTest requires a confidence level strictly between 0 and 1, got 1"
 * @throws RangeError 'welchTTest requires alternative "two-sided", "greater" or "less", got "both"'
 * @example validateTestOptions({ confidenceLevel: 0.95, alternative: "less" }, "welchTTest") // returns undefined
 */
export function validateTestOptions(options: TestOptions, functionName: string): void {
  const level = options.confidenceLevel;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`${functionName} requires a confidence level strictly between 0 and 1, got ${level}`);
  }
  if (!ALTERNATIVES.includes(options.alternative)) {
    throw new RangeError(
      `${functionName} requires alternative "two-sided", "greater" or "less", got "${String(options.alternative)}"`,
    );
  }
}
