import { validateModelDesign } from "./validate-model-design.js";

/** The data of a parametric (accelerated failure time) survival regression. */
export interface SurvivalRegressionOptions {
  /** Follow-up time per patient, > 0, in any one unit (days in models.json); the estimates are in log of that unit. */
  readonly times: readonly number[];
  /** 1 = the event happened at `times`, 0 = censored there. */
  readonly events: readonly number[];
  /** One row per patient, one column per coefficient (a column of ones first for an intercept). */
  readonly design: readonly (readonly number[])[];
  /** Limit on Newton–Raphson iterations; 100 when absent. */
  readonly maxIterations?: number;
}

/** SurvivalRegressionOptions after validateSurvivalRegressionOptions, with the default filled in. */
export interface ValidSurvivalRegressionOptions {
  readonly times: readonly number[];
  readonly events: readonly number[];
  readonly design: readonly (readonly number[])[];
  readonly maxIterations: number;
}

/** The iteration limit of models.json's reference fits (`survreg.control(iter.max = 100)`). */
const DEFAULT_MAX_ITERATIONS = 100;

/**
 * Checks the options of a parametric survival regression at run time, throwing a RangeError
 * named after the calling function (STYLE.md §4). Without any event there is no finite estimate
 * (every patient could live forever), so that is rejected here.
 *
 * Reference: R survival `Surv(time, event)` and `survreg` need the same (positive times for a
 * log-time model, 0/1 status).
 *
 * @param options times, event indicators, design and iteration limit
 * @param functionName the public function whose precondition this is, e.g. "fitWeibullRegression"
 * @returns the options with the iteration limit (100) filled in
 * @throws RangeError "fitWeibullRegression requires one time per design row, got 3 times and 4 rows"
 * @throws RangeError "fitWeibullRegression requires positive finite times, got 0 at index 2"
 * @throws RangeError "fitWeibullRegression requires one event indicator per design row, got 3 event indicators and 4 rows"
 * @throws RangeError "fitWeibullRegression requires events coded 0 (censored) or 1 (event), got 2 at index 1"
 * @throws RangeError "fitWeibullRegression requires at least one event, got 0 events in 4 patients"
 * @throws RangeError "fitWeibullRegression requires maxIterations to be a positive integer, got 0"
 * @example validateSurvivalRegressionOptions({ times: [5, 8], events: [1, 0], design: [[1], [1]] }, "fitWeibullRegression").maxIterations // 100
 */
export function validateSurvivalRegressionOptions(
  options: SurvivalRegressionOptions,
  functionName: string,
): ValidSurvivalRegressionOptions {
  const { times, events, design } = options;
  validateModelDesign(design, functionName);
  if (times.length !== design.length) {
    throw new RangeError(`${functionName} requires one time per design row, got ${times.length} times and ${design.length} rows`);
  }
  const badTime = times.findIndex((time) => !(time > 0 && Number.isFinite(time)));
  if (badTime >= 0) throw new RangeError(`${functionName} requires positive finite times, got ${times[badTime]} at index ${badTime}`);
  if (events.length !== design.length) {
    throw new RangeError(
      `${functionName} requires one event indicator per design row, got ${events.length} event indicators and ${design.length} rows`,
    );
  }
  const badEvent = events.findIndex((event) => event !== 0 && event !== 1);
  if (badEvent >= 0) {
    throw new RangeError(`${functionName} requires events coded 0 (censored) or 1 (event), got ${events[badEvent]} at index ${badEvent}`);
  }
  if (!events.includes(1)) {
    throw new RangeError(`${functionName} requires at least one event, got 0 events in ${events.length} patients`);
  }
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!(Number.isSafeInteger(maxIterations) && maxIterations > 0)) {
    throw new RangeError(`${functionName} requires maxIterations to be a positive integer, got ${maxIterations}`);
  }
  return { times, events, design, maxIterations };
}
