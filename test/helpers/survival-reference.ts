import { readFileSync } from "node:fs";

/*
 * Typed views of the survival blocks of test/reference/stats.json (`survival`) and models.json
 * (`survival_extras`): R 4.2.2 + survival 3.5-3, made by shared/reference/stats.R and models.R,
 * written with 15 significant digits (so a value is good to about 5e-16 relative). JSON null
 * is R's NA.
 */

export interface ReferenceInterval {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** summary(survfit, times = …, extend = TRUE) of one arm (stats.json). */
export interface ReferenceKaplanMeierAtTimes {
  readonly time: readonly number[];
  readonly n_risk: readonly number[];
  readonly survival: readonly number[];
  readonly se_greenwood: readonly number[];
  readonly ci95_log: ReferenceInterval;
}

export interface ReferenceMedian {
  readonly median: number;
  readonly ci95: readonly [number | null, number | null];
}

export interface ReferenceCox {
  readonly coef_log_hr: number;
  readonly hazard_ratio: number;
  readonly se_coef: number;
  readonly ci95_hr: readonly [number, number];
  readonly wald_z: number;
  readonly wald_p: number;
  readonly loglik_null: number;
  readonly loglik_fit: number;
  readonly lr_test: { readonly statistic: number; readonly p: number };
  readonly score_test: { readonly statistic: number; readonly p: number };
  readonly iterations: number;
}

export type Arm = "treatment" | "control";

/** stats.json → survival: pbc, event = death, treat = 1 for D-penicillamine. */
export interface SurvivalReference {
  readonly inputs: { readonly time: readonly number[]; readonly event: readonly number[]; readonly treat: readonly number[] };
  readonly counts: Readonly<Record<Arm, { readonly n: number; readonly events: number }>>;
  readonly kaplan_meier_median: Readonly<Record<"log" | "log-log" | "plain", Readonly<Record<Arm, ReferenceMedian>>>>;
  readonly kaplan_meier_at_times: Readonly<Record<Arm, ReferenceKaplanMeierAtTimes>>;
  readonly logrank: {
    readonly chisq: number;
    readonly df: number;
    readonly p: number;
    readonly observed: Readonly<Record<Arm, number>>;
    readonly expected: Readonly<Record<Arm, number>>;
  };
  readonly cox: Readonly<Record<"efron" | "breslow", ReferenceCox>>;
}

/** models.json → survival_extras → kaplan_meier → (endpoint) → (arm). */
export interface ReferenceKaplanMeierArm {
  readonly n: number;
  readonly events: number;
  readonly at_times: {
    readonly time: readonly number[];
    readonly n_risk: readonly number[];
    readonly survival: readonly number[];
    readonly se_survival_greenwood: readonly number[];
    readonly se_log_survival: readonly number[];
    readonly ci95_log: ReferenceInterval;
    readonly ci95_log_log: ReferenceInterval;
    readonly ci95_plain: ReferenceInterval;
  };
  readonly median: { readonly estimate: number; readonly ci95_log_log: readonly [number | null, number | null] };
}

export interface ReferenceStratifiedLogRank {
  readonly strata: "stage" | "sex_male";
  readonly chisq: number;
  readonly df: number;
  readonly p: number;
  readonly observed: Readonly<Record<Arm, number>>;
  readonly expected: Readonly<Record<Arm, number>>;
  readonly unstratified_chisq: number;
  readonly cox_breslow_stratified_score: { readonly statistic: number; readonly p: number };
}

export interface ReferenceCoxCoefficient {
  readonly estimate: number;
  readonly se: number;
  readonly z: number;
  readonly p_two_sided: number;
  readonly ci95: readonly [number, number];
  readonly hazard_ratio: number;
  readonly hazard_ratio_ci95: readonly [number, number];
}

export interface ReferenceTest {
  readonly statistic: number;
  readonly df?: number;
  readonly p: number;
}

export interface ReferenceCoxMultivariable {
  readonly n: number;
  readonly events: number;
  readonly coefficients: Readonly<Record<"treat" | "age" | "log_bili", ReferenceCoxCoefficient>>;
  readonly vcov: { readonly names: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  readonly loglik_null: number;
  readonly loglik_fit: number;
  readonly lr_test: ReferenceTest;
  readonly wald_test: ReferenceTest;
  readonly score_test: ReferenceTest;
  readonly iterations: number;
}

/** models.json → survival_extras: pbc, all 312 randomised patients. */
export interface SurvivalExtrasReference {
  readonly inputs: {
    readonly time: readonly number[];
    readonly status: readonly number[];
    readonly treat: readonly number[];
    readonly age: readonly number[];
    readonly bili: readonly number[];
    readonly stage: readonly number[];
    readonly sex_male: readonly number[];
  };
  readonly kaplan_meier: Readonly<Record<"death" | "death_or_transplant", Readonly<Record<Arm, ReferenceKaplanMeierArm>>>>;
  readonly logrank_stratified: Readonly<
    Record<"death_by_stage" | "death_by_sex" | "death_or_transplant_by_stage", ReferenceStratifiedLogRank>
  >;
  readonly cox_multivariable: Readonly<Record<"efron" | "breslow", ReferenceCoxMultivariable>>;
  readonly cox_score_vs_logrank: {
    readonly logrank_survdiff: { readonly chisq: number; readonly p: number };
    readonly cox_score_efron: ReferenceTest;
    readonly cox_score_breslow: ReferenceTest;
    readonly cox_score_exact: ReferenceTest;
  };
}

function readReference(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
}

/** test/reference/stats.json → survival. */
export function loadSurvivalReference(): SurvivalReference {
  return readReference("stats.json")["survival"] as SurvivalReference;
}

/** test/reference/models.json → survival_extras. */
export function loadSurvivalExtrasReference(): SurvivalExtrasReference {
  return readReference("models.json")["survival_extras"] as SurvivalExtrasReference;
}

/** The patients of one arm (treat = 1 treatment, 0 control). */
export function selectArm<T>(values: readonly T[], treat: readonly number[], arm: Arm): T[] {
  const code = arm === "treatment" ? 1 : 0;
  return values.filter((_, index) => treat[index] === code);
}

/** One conf.type of a survival-extra.json Kaplan–Meier block. */
export interface ExtraKaplanMeierTransform {
  readonly n_risk: readonly number[];
  readonly survival: readonly number[];
  readonly se_survival: readonly number[];
  readonly lower: readonly (number | null)[];
  readonly upper: readonly (number | null)[];
  /** [median, lower, upper] from quantile(survfit, 0.5); null is NA. */
  readonly median: readonly (number | null)[];
}

export interface ExtraKaplanMeierBlock {
  readonly time: readonly number[];
  readonly event: readonly number[];
  readonly at: readonly number[];
  readonly log: ExtraKaplanMeierTransform;
  readonly log_log: ExtraKaplanMeierTransform;
  readonly plain: ExtraKaplanMeierTransform;
  /** survfit's std.err (of log S); null where it is infinite (se_log_infinite) or NA. */
  readonly se_log: readonly (number | null)[];
  readonly se_log_infinite: readonly boolean[];
}

export interface ExtraLogRankBlock {
  readonly time: readonly number[];
  readonly event: readonly number[];
  readonly group: readonly number[];
  /** An array, or {} where R's strata was NULL. */
  readonly strata: readonly number[] | Record<string, never>;
  readonly chisq: number;
  readonly df: number;
  readonly p: number;
  readonly observed: readonly number[];
  readonly expected: readonly number[];
}

export interface ExtraCoxBlock {
  readonly time: readonly number[];
  readonly event: readonly number[];
  readonly covariates: readonly (readonly number[])[];
  /** An array, or {} where R's strata was NULL. */
  readonly strata: readonly number[] | Record<string, never>;
  readonly ties: "efron" | "breslow";
  readonly default_control: boolean;
  readonly coefficients: readonly number[] | number;
  readonly se: readonly number[] | number;
  readonly covariance: readonly (readonly number[])[];
  readonly loglik_null: number;
  readonly loglik_fit: number;
  readonly score: number;
  readonly score_p: number;
  readonly lr: number;
  readonly lr_p: number;
  readonly wald: number;
  readonly iterations: number;
}

/** test/reference/survival-extra.json (test/reference/survival-extra.R, R 4.2.2 + survival 3.5-3). */
export interface SurvivalExtraReference {
  readonly kaplan_meier: Readonly<Record<string, ExtraKaplanMeierBlock>>;
  readonly logrank: Readonly<Record<string, ExtraLogRankBlock>>;
  readonly cox: Readonly<Record<string, ExtraCoxBlock>>;
}

/** test/reference/survival-extra.json. */
export function loadSurvivalExtraReference(): SurvivalExtraReference {
  return readReference("survival-extra.json") as unknown as SurvivalExtraReference;
}

/** R's NA (JSON null) as NaN; a length-1 R vector written as a scalar (auto_unbox) as an array. */
export function fromR(value: number | null | undefined): number {
  return value ?? Number.NaN;
}

export function asArray(value: readonly number[] | number): readonly number[] {
  return typeof value === "number" ? [value] : value;
}

/** The strata of a block, undefined where R's was NULL (written as {}). */
export function strataOf(block: { readonly strata: readonly number[] | Record<string, never> }): readonly number[] | undefined {
  return Array.isArray(block.strata) ? (block.strata as readonly number[]) : undefined;
}
