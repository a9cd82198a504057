import { readFileSync } from "node:fs";

/*
 * Typed views of the reference blocks for count regression, multiplicity and parametric
 * survival: models.json (R 4.2.2, shared/reference/models.R; blocks poisson_negative_binomial,
 * multiplicity, parametric_survival) and test/reference/count-multiplicity-aft-extra.json (made
 * by the committed count-multiplicity-aft-extra.R). Both are written with 15 significant digits,
 * so a value is only good to about 5e-16 relative.
 */

/** One row of a coefficient table (coef_list in models.R). */
export interface ReferenceWaldRow {
  readonly estimate: number;
  readonly se: number;
  readonly z: number;
  readonly p_two_sided: number;
  readonly ci95: readonly [number, number];
  readonly rate_ratio?: number;
  readonly rate_ratio_ci95?: readonly [number, number];
}

export interface ReferenceCountFit {
  readonly coefficients: { readonly intercept: ReferenceWaldRow; readonly treat: ReferenceWaldRow };
  readonly rate_ratio: number;
  readonly se_log_rate_ratio?: number;
  readonly rate_ratio_ci95: readonly [number, number];
  readonly deviance: number;
  readonly null_deviance?: number;
  readonly df_residual?: number;
  readonly loglik: number;
  readonly aic: number;
}

export interface ReferencePoissonFit extends ReferenceCountFit {
  readonly rate_control_per_year: number;
  readonly pearson_chisq: number;
  readonly dispersion_pearson: number;
  readonly iterations: number;
}

export interface ReferenceNegativeBinomialFit extends ReferenceCountFit {
  readonly theta: number;
  readonly se_theta: number;
  readonly alpha_1_over_theta: number;
  readonly twice_loglik: number;
  readonly glm_nb_as_returned: {
    readonly theta: number;
    readonly se_theta: number;
    readonly twice_loglik: number;
    readonly aic: number;
    readonly coefficients: readonly number[];
    readonly se: readonly number[];
  };
  readonly max_rel_diff_theta: number;
  readonly max_rel_diff_se_theta: number;
}

export interface ReferenceCountBlocks {
  readonly made_up_counts: {
    readonly inputs: { readonly y: readonly number[]; readonly treat: readonly number[]; readonly years: readonly number[] };
    readonly totals: { readonly events_treatment: number; readonly events_control: number; readonly years_treatment: number; readonly years_control: number };
    readonly poisson: ReferencePoissonFit;
    readonly negative_binomial: ReferenceNegativeBinomialFit;
  };
  readonly pbc_death_rate_by_arm: ReferenceCountFit & {
    readonly inputs: { readonly y: readonly number[]; readonly treat: readonly number[]; readonly time_days: readonly number[] };
    readonly totals: { readonly deaths_treatment: number; readonly deaths_control: number; readonly years_treatment: number; readonly years_control: number };
  };
}

export interface ReferenceMultiplicity {
  readonly p_adjust: { readonly inputs: { readonly p: readonly number[]; readonly alpha: number } } & Readonly<
    Record<"bonferroni" | "holm" | "hochberg" | "hommel" | "BH", { readonly adjusted: readonly number[]; readonly rejected_at_alpha: readonly boolean[] }>
  >;
  readonly fixed_sequence: {
    readonly inputs: { readonly order: readonly string[]; readonly p: readonly number[]; readonly alpha: number };
    readonly steps: readonly { readonly hypothesis: string; readonly p: number; readonly tested: boolean; readonly rejected: boolean; readonly adjusted_p: number }[];
    readonly rejected: readonly boolean[];
    readonly adjusted_p: readonly number[];
  };
}

export interface ReferenceHazardRatio {
  readonly log_hazard_ratio?: number;
  readonly se?: number;
  readonly hazard_ratio: number;
  readonly hazard_ratio_ci95: readonly [number, number];
}

export interface ReferenceSurvregFit {
  readonly coefficients: Readonly<Record<"intercept" | "age" | "log_bili" | "albumin", Omit<ReferenceWaldRow, "rate_ratio" | "rate_ratio_ci95">>>;
  readonly loglik: number;
  readonly loglik_intercept_only: number;
  readonly lr_test: { readonly statistic: number; readonly df: number; readonly p: number };
  readonly aic: number;
  readonly iterations: number;
  readonly vcov: { readonly names: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  readonly scale: number;
}

export interface ReferenceParametricSurvival {
  readonly inputs: {
    readonly time: readonly number[];
    readonly event: readonly number[];
    readonly age: readonly number[];
    readonly bili: readonly number[];
    readonly albumin: readonly number[];
  };
  readonly n: number;
  readonly events: number;
  readonly weibull: ReferenceSurvregFit & {
    readonly log_scale: { readonly estimate: number; readonly se: number };
    readonly proportional_hazards: {
      readonly shape_k: number;
      readonly lambda: number;
      readonly coefficients: Readonly<Record<"age" | "log_bili" | "albumin", ReferenceHazardRatio>>;
    };
  };
  readonly exponential: ReferenceSurvregFit & {
    readonly proportional_hazards: {
      readonly rate_intercept: number;
      readonly hazard_ratio: Readonly<Record<"age" | "log_bili" | "albumin", ReferenceHazardRatio>>;
    };
  };
}

export interface ModelsReferenceBlocks {
  readonly poisson_negative_binomial: ReferenceCountBlocks;
  readonly multiplicity: ReferenceMultiplicity;
  readonly parametric_survival: ReferenceParametricSurvival;
}

/** The GLM summary that count-multiplicity-aft-extra.R writes for one fit. */
export interface ExtraGlmFit {
  readonly coefficients: readonly number[];
  readonly se: readonly number[];
  readonly deviance: number;
  readonly null_deviance: number;
  readonly df_residual: number;
  readonly iterations: number;
}

export interface ExtraSurvregFit {
  readonly coefficients: number | readonly number[];
  readonly vcov: readonly (readonly number[])[];
  readonly scale: number;
  readonly loglik: number;
  readonly iterations: number;
}

export interface CountMultiplicityAftExtra {
  readonly p_adjust: Readonly<Record<string, { readonly p: number | readonly number[] } & Readonly<Record<string, number | readonly number[]>>>>;
  readonly counts: {
    readonly inputs: { readonly treat: readonly number[]; readonly age: readonly number[]; readonly years: readonly number[]; readonly y: readonly number[] };
    readonly poisson: ExtraGlmFit & { readonly loglik: number; readonly aic: number; readonly pearson_chisq: number };
    readonly poisson_no_intercept: ExtraGlmFit;
    readonly negative_binomial: ExtraGlmFit & {
      readonly theta: number;
      readonly se_theta: number;
      readonly loglik: number;
      readonly glm_nb_as_returned: { readonly theta: number; readonly se_theta: number; readonly coefficients: readonly number[]; readonly twice_loglik: number };
    };
    readonly nb_intercept_only: { readonly y: readonly number[]; readonly coefficient: number; readonly theta: number; readonly theta_glm_nb: number };
    readonly theta_ml_small: {
      readonly y: readonly number[];
      readonly mu: readonly number[];
      readonly theta_default: number;
      readonly se_default: number;
      readonly theta_tight: number;
      readonly se_tight: number;
    };
  };
  readonly aft: {
    readonly doubling: { readonly inputs: { readonly time: readonly number[]; readonly event: readonly number[] }; readonly weibull: ExtraSurvregFit };
    readonly two_group: {
      readonly inputs: { readonly time: readonly number[]; readonly event: readonly number[]; readonly group: readonly number[] };
      readonly weibull: ExtraSurvregFit;
      readonly exponential: ExtraSurvregFit;
    };
  };
}

/** The count, multiplicity and parametric survival blocks of test/reference/models.json. */
export function loadModelsReferenceBlocks(): ModelsReferenceBlocks {
  return JSON.parse(readFileSync(new URL("../reference/models.json", import.meta.url), "utf8")) as ModelsReferenceBlocks;
}

/** test/reference/count-multiplicity-aft-extra.json (R 4.2.2, count-multiplicity-aft-extra.R). */
export function loadCountMultiplicityAftExtra(): CountMultiplicityAftExtra {
  return JSON.parse(readFileSync(new URL("../reference/count-multiplicity-aft-extra.json", import.meta.url), "utf8")) as CountMultiplicityAftExtra;
}

/** A scalar or an array from jsonlite's auto_unbox, as an array. */
export function asArray(value: number | readonly number[]): readonly number[] {
  return typeof value === "number" ? [value] : value;
}
