import { checkIntegerCodes } from "./check-integer-codes.js";
import { checkSurvivalData, type SurvivalData } from "./survival-data.js";

/**
 * How the partial likelihood treats tied event times, as R's `coxph(ties = …)`: "efron" (R's
 * default; Efron 1977) or "breslow" (Breslow 1974, the score test of which is the log-rank test
 * with a binomial rather than hypergeometric variance at ties).
 */
export type CoxTies = "efron" | "breslow";

/** The allowed tie methods, in the order messages list them. */
export const COX_TIES: readonly CoxTies[] = ["efron", "breslow"];

/** R's `coxph.control()` default eps: the relative change in log L that ends the iterations. */
export const COX_DEFAULT_CONVERGENCE_TOLERANCE = 1e-9;

/** R's `coxph.control()` default iter.max. */
export const COX_DEFAULT_MAX_ITERATIONS = 20;

/** The data and settings of a Cox proportional-hazards fit. */
export interface CoxModelOptions extends SurvivalData {
  /** One array per covariate, each with one value per patient (e.g. treat 0/1, age in years). */
  readonly covariates: readonly (readonly number[])[];
  readonly ties: CoxTies;
  /** Stratum codes (non-negative integers): a baseline hazard per stratum, as `strata()` in R. */
  readonly strata?: readonly number[];
  /**
   * Newton–Raphson stops when |1 − previous log L / log L| ≤ this (R's `coxph.control(eps)`);
   * default 1e-9 as R. The pbc references in models.json used 1e-14.
   */
  readonly convergenceTolerance?: number;
  /** Most Newton–Raphson steps (R's `iter.max`); default 20. */
  readonly maxIterations?: number;
}

/** What fitCoxModel reads after checking its options. */
export interface CheckedCoxOptions {
  readonly flags: Uint8Array;
  /** The stratum codes, undefined for one stratum. */
  readonly strata: readonly number[] | undefined;
  readonly convergenceTolerance: number;
  readonly maxIterations: number;
}

/**
 * Checks the options of fitCoxModel (they may come from JavaScript) and fills in the defaults:
 * the survival data, at least one covariate with a finite value per patient, the tie method,
 * strata codes, a positive tolerance and a positive whole number of iterations.
 *
 * Reference: R survival `coxph` and `coxph.control` (same settings and defaults).
 *
 * @param options the options to check
 * @returns the event flags, strata (undefined without them), tolerance and iteration limit
 * @throws RangeError see checkSurvivalData and checkIntegerCodes ("fitCoxModel requires …")
 * @throws RangeError "fitCoxModel requires at least one covariate"
 * @throws RangeError "fitCoxModel requires one value of covariate 1 per patient, got 3 values and 4 patients"
 * @throws RangeError "fitCoxModel requires finite covariate values, got NaN for covariate 0 at index 2"
 * @throws RangeError 'fitCoxModel requires ties "efron" or "breslow", got "exact"'
 * @throws RangeError "fitCoxModel requires a positive convergence tolerance, got 0"
 * @throws RangeError "fitCoxModel requires a positive whole number of iterations, got 0"
 * @example checkCoxModelOptions({ times: [2, 1], events: [1, 0], covariates: [[0, 1]], ties: "efron" }).maxIterations // 20
 */
export function checkCoxModelOptions(options: CoxModelOptions): CheckedCoxOptions {
  const flags = checkSurvivalData(options, "fitCoxModel");
  checkCovariates(options.covariates, flags.length);
  if (!COX_TIES.includes(options.ties)) {
    throw new RangeError(`fitCoxModel requires ties "efron" or "breslow", got "${String(options.ties)}"`);
  }
  const strata = options.strata;
  const names = { singular: "stratum", plural: "strata" };
  if (strata !== undefined) checkIntegerCodes(strata, flags.length, { names, functionName: "fitCoxModel" });
  const convergenceTolerance = options.convergenceTolerance ?? COX_DEFAULT_CONVERGENCE_TOLERANCE;
  if (!(convergenceTolerance > 0 && convergenceTolerance < Infinity)) {
    throw new RangeError(`fitCoxModel requires a positive convergence tolerance, got ${convergenceTolerance}`);
  }
  const maxIterations = options.maxIterations ?? COX_DEFAULT_MAX_ITERATIONS;
  if (!(Number.isSafeInteger(maxIterations) && maxIterations >= 1)) {
    throw new RangeError(`fitCoxModel requires a positive whole number of iterations, got ${maxIterations}`);
  }
  return { flags, strata, convergenceTolerance, maxIterations };
}

function checkCovariates(covariates: readonly (readonly number[])[], patientCount: number): void {
  if (covariates.length === 0) throw new RangeError("fitCoxModel requires at least one covariate");
  for (const [covariate, values] of covariates.entries()) {
    if (values.length !== patientCount) {
      throw new RangeError(
        `fitCoxModel requires one value of covariate ${covariate} per patient, got ${values.length} values and ${patientCount} patients`,
      );
    }
    const index = values.findIndex((value) => !Number.isFinite(value));
    if (index >= 0) {
      throw new RangeError(
        `fitCoxModel requires finite covariate values, got ${values[index]} for covariate ${covariate} at index ${index}`,
      );
    }
  }
}
