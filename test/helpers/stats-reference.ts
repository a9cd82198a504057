import { readFileSync } from "node:fs";

/*
 * Typed views of the R reference files test/reference/stats.json and models.json (copied byte
 * for byte from shared/reference; made by stats.R and models.R with R 4.2.2, written with 15
 * significant digits, so a value is only good to about 5e-16 relative).
 */

/** One t test as stats.R packs it (R `t.test`, two-sided, conf.level 0.95). */
export interface ReferenceTTest {
  readonly t: number;
  readonly df: number;
  readonly p_two_sided: number;
  readonly p_one_sided_greater: number;
  readonly estimate_diff: number;
  readonly ci95_diff: readonly [number, number];
  readonly stderr: number;
}

export interface ReferenceTTestBlock {
  readonly inputs: { readonly x: readonly number[]; readonly y: readonly number[] };
  readonly student: ReferenceTTest;
  readonly welch: ReferenceTTest;
}

/** One row of R `summary(lm)$coefficients` with `confint`. */
export interface ReferenceCoefficient {
  readonly estimate: number;
  readonly se: number;
  readonly t: number;
  readonly p_two_sided: number;
  readonly ci95: readonly [number, number];
}

/** lm(y ~ treat + covariate) on pbc. */
export interface ReferenceAncovaBlock {
  readonly inputs: { readonly y: readonly number[]; readonly treat: readonly number[]; readonly covariate: readonly number[] };
  readonly n: number;
  readonly residual_df: number;
  readonly sigma: number;
  readonly r_squared: number;
  /** intercept, treat, then the covariate's name, in design column order. */
  readonly coefficients: Readonly<Record<string, ReferenceCoefficient>>;
  readonly arm: ReferenceCoefficient;
}

export interface ReferenceTwoByTwoBlock {
  readonly inputs: {
    readonly a_treatment_event: number;
    readonly b_treatment_no_event: number;
    readonly c_control_event: number;
    readonly d_control_no_event: number;
  };
  readonly risk_difference: { readonly estimate: number; readonly se: number; readonly ci95_wald: readonly [number, number] };
}

export interface StatsReference {
  readonly r_version: string;
  readonly t_tests: Readonly<Record<string, ReferenceTTestBlock>>;
  readonly ancova: Readonly<Record<string, ReferenceAncovaBlock>>;
  readonly two_by_two: Readonly<Record<string, ReferenceTwoByTwoBlock>>;
}

/** One row of models.json → distributions.values; upper-tail rows have lower_tail false. */
export interface ReferenceDistributionValue {
  readonly fn: string;
  readonly q?: number;
  readonly p?: number;
  readonly df?: number;
  readonly lower_tail: boolean;
  readonly value: number;
}

export interface ModelsReference {
  readonly distributions: { readonly values: readonly ReferenceDistributionValue[] };
}

/** test/reference/stats.json (R 4.2.2, shared/reference/stats.R). */
export function loadStatsReference(): StatsReference {
  return JSON.parse(readFileSync(new URL("../reference/stats.json", import.meta.url), "utf8")) as StatsReference;
}

/** test/reference/models.json (R 4.2.2, shared/reference/models.R). */
export function loadModelsReference(): ModelsReference {
  return JSON.parse(readFileSync(new URL("../reference/models.json", import.meta.url), "utf8")) as ModelsReference;
}
