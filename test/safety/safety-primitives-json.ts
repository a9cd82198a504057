import { readFileSync } from "node:fs";

/*
 * Typed view of test/reference/safety-primitives.json, made by test/reference/safety-primitives.R
 * (R 4.2.2, MASS 7.3-58.2). jsonlite writes 15 significant digits, so a value is good to about
 * 5e-16 relative; the inputs were rounded to 15 digits in R first, so R and the tests start from
 * the same doubles. JSON null is R's NA.
 */

/** One model evaluated by hand: exceedance = plogis(theta + beta·x), probabilities = −diff(c(1, exceedance, 0)). */
export interface ProportionalOddsCase {
  readonly intercepts: readonly number[] | number;
  readonly slope: number;
  readonly exposure: number;
  readonly exceedance: readonly number[] | number;
  readonly probabilities: readonly number[];
  /** The same probabilities with polr's signs: diff(c(0, plogis(−theta − beta·x), 1)). */
  readonly polr_convention: readonly number[];
}

/** MASS::polr fitted to simulated grades; predict(type = "probs") at `exposure` (one row per exposure). */
export interface PolrFit {
  readonly zeta: readonly number[];
  readonly coefficient: number;
  readonly exposure: readonly number[];
  readonly probabilities: readonly (readonly number[])[];
}

/** qlnorm(uniform, log(median_h), log(geometric_sd)). */
export interface LogNormalRow {
  readonly uniform: number;
  readonly median_h: number;
  readonly geometric_sd: number;
  readonly quantile: number;
}

/** Onsets of a piecewise-constant hazard by findInterval on the cumulative hazard; null: none before end_h. */
export interface PiecewiseCase {
  readonly start_h: readonly number[];
  readonly hazard_per_h: readonly number[];
  readonly end_h: number;
  readonly uniforms: readonly number[];
  /** H⁻¹(−log u) for each uniform. */
  readonly first_onset_h: readonly (number | null)[];
  /** H⁻¹(cumsum(−log u)): the recurrent events when the uniforms are used in order. */
  readonly recurrent_onsets_h: readonly (number | null)[];
}

export interface SafetyPrimitivesReference {
  readonly r_version: string;
  readonly proportional_odds: readonly ProportionalOddsCase[];
  readonly polr_fit: PolrFit;
  readonly lognormal: readonly LogNormalRow[];
  readonly piecewise: readonly PiecewiseCase[];
  readonly plogis: {
    readonly intercept: readonly number[];
    readonly slope: readonly number[];
    readonly exposure: readonly number[];
    readonly probability: readonly number[];
  };
}

export const SAFETY_REFERENCE = JSON.parse(
  readFileSync(new URL("../reference/safety-primitives.json", import.meta.url), "utf8"),
) as SafetyPrimitivesReference;

/** auto_unbox writes a length-one vector as a number. */
export function asArray(values: readonly number[] | number): readonly number[] {
  return typeof values === "number" ? [values] : values;
}
