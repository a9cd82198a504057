/**
 * The scale on which a pointwise survival confidence interval is symmetric, as R's `survfit`
 * `conf.type`: "log" on log S (R's default), "log-log" on log(−log S) (SAS's default), "plain"
 * on S itself.
 */
export type SurvivalTransform = "log" | "log-log" | "plain";

/** The allowed transforms, in the order messages list them. */
export const SURVIVAL_TRANSFORMS: readonly SurvivalTransform[] = ["log", "log-log", "plain"];

/** A two-sided pointwise interval at `confidenceLevel` (e.g. 0.95) on the `transform` scale. */
export interface SurvivalIntervalOptions {
  readonly confidenceLevel: number;
  readonly transform: SurvivalTransform;
}

/**
 * Checks SurvivalIntervalOptions at run time (they may come from a spec or from JavaScript),
 * throwing a RangeError named after the calling function (STYLE.md §4).
 *
 * Reference: R survival `survfit` checks `conf.type` with `match.arg` and `conf.int` in (0, 1).
 *
 * @param options the options to check
 * @param functionName the public function whose precondition this is, e.g. "kaplanMeierMedian"
 * @throws RangeError "kaplanMeierMedian requires a confidence level strictly between 0 and 1, got 95"
 * @throws RangeError 'kaplanMeierMedian requires transform "log", "log-log" or "plain", got "logit"'
 * @example validateSurvivalIntervalOptions({ confidenceLevel: 0.95, transform: "log-log" }, "kaplanMeierMedian") // returns undefined
 */
export function validateSurvivalIntervalOptions(options: SurvivalIntervalOptions, functionName: string): void {
  const level = options.confidenceLevel;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`${functionName} requires a confidence level strictly between 0 and 1, got ${level}`);
  }
  if (!SURVIVAL_TRANSFORMS.includes(options.transform)) {
    throw new RangeError(
      `${functionName} requires transform "log", "log-log" or "plain", got "${String(options.transform)}"`,
    );
  }
}
