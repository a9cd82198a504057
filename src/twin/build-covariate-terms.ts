import type { LinearCovariate } from "../spec/schema.js";
import type { TwinData } from "./collect-twin-data.js";

/**
 * The endpoint covariate terms of a fitted twin model: one per covariate, coefficient ×
 * (x − reference) with the reference at the covariate's mean over the fitting rows, so that
 * the rest of the model (placebo response, intercept, baseline hazard) describes the average
 * fitting patient.
 *
 * @param data the fitting rows (covariates and their means)
 * @param coefficients one per covariate, on the endpoint's scale (change, log odds, log hazard)
 * @example buildCovariateTerms({ covariates: [{ column: "bili", transform: "log" }], references: [0.61] } as TwinData, [1.04])
 * // [{ column: "bili", coefficient: 1.04, reference: 0.61, transform: "log" }]
 */
export function buildCovariateTerms(data: Pick<TwinData, "covariates" | "references">, coefficients: readonly number[]): LinearCovariate[] {
  return data.covariates.map((term, index) => ({
    column: term.column,
    coefficient: coefficients[index] ?? Number.NaN,
    reference: data.references[index] ?? Number.NaN,
    transform: term.transform,
  }));
}
