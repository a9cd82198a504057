import { validateModelDesign } from "./validate-model-design.js";

/** The data of a count regression (Poisson or negative binomial, log link). */
export interface CountRegressionOptions {
  /** One row per patient, one column per coefficient (usually a column of ones first). */
  readonly design: readonly (readonly number[])[];
  /** Events per patient: non-negative integers. */
  readonly counts: readonly number[];
  /** log(exposure) per patient, e.g. log(follow-up years), so rates are per unit of exposure; 0 when absent. */
  readonly offset?: readonly number[];
  /** Limit on IRLS iterations (and on θ alternations of the negative binomial); 100 when absent. */
  readonly maxIterations?: number;
}

/** CountRegressionOptions after validateCountRegressionOptions, with the defaults filled in. */
export interface ValidCountRegressionOptions {
  readonly design: readonly (readonly number[])[];
  readonly counts: readonly number[];
  readonly offset: readonly number[];
  readonly maxIterations: number;
}

/** The iteration limit of models.json's reference fits (`glm.control(maxit = 100)`). */
const DEFAULT_MAX_ITERATIONS = 100;

/**
 * Checks the options of a count regression at run time (they may come from a spec or from
 * JavaScript), throwing a RangeError named after the calling function (STYLE.md §4). All-zero
 * counts are rejected here: their maximum likelihood rate is 0, an intercept of −∞.
 *
 * Reference: R `glm(family = poisson)` needs the same (non-negative counts, finite offset).
 *
 * @param options design, counts, optional offset (log exposure) and iteration limit
 * @param functionName the public function whose precondition this is, e.g. "fitPoissonRegression"
 * @returns the options with the offset (zeros) and iteration limit (100) filled in
 * @throws RangeError "fitPoissonRegression requires one count per design row, got 3 counts and 4 rows"
 * @throws RangeError "fitPoissonRegression requires counts that are non-negative integers, got 1.5 at index 2"
 * @throws RangeError "fitPoissonRegression requires at least one positive count, got 4 zero counts"
 * @throws RangeError "fitPoissonRegression requires one offset per design row, got 3 offsets and 4 rows"
 * @throws RangeError "fitPoissonRegression requires finite offsets (log exposure), got -Infinity at index 0"
 * @throws RangeError "fitPoissonRegression requires maxIterations to be a positive integer, got 0"
 * @example validateCountRegressionOptions({ design: [[1], [1]], counts: [0, 2] }, "fitPoissonRegression").offset // [0, 0]
 */
export function validateCountRegressionOptions(options: CountRegressionOptions, functionName: string): ValidCountRegressionOptions {
  const { design, counts } = options;
  validateModelDesign(design, functionName);
  if (counts.length !== design.length) {
    throw new RangeError(`${functionName} requires one count per design row, got ${counts.length} counts and ${design.length} rows`);
  }
  const badCount = counts.findIndex((count) => !(Number.isSafeInteger(count) && count >= 0));
  if (badCount >= 0) {
    throw new RangeError(`${functionName} requires counts that are non-negative integers, got ${counts[badCount]} at index ${badCount}`);
  }
  if (counts.every((count) => count === 0)) {
    throw new RangeError(`${functionName} requires at least one positive count, got ${counts.length} zero counts`);
  }
  const offset = options.offset ?? design.map(() => 0);
  if (offset.length !== design.length) {
    throw new RangeError(`${functionName} requires one offset per design row, got ${offset.length} offsets and ${design.length} rows`);
  }
  const badOffset = offset.findIndex((value) => !Number.isFinite(value));
  if (badOffset >= 0) {
    throw new RangeError(`${functionName} requires finite offsets (log exposure), got ${offset[badOffset]} at index ${badOffset}`);
  }
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!(Number.isSafeInteger(maxIterations) && maxIterations > 0)) {
    throw new RangeError(`${functionName} requires maxIterations to be a positive integer, got ${maxIterations}`);
  }
  return { design, counts, offset, maxIterations };
}
