import { fc } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import type { TwoByTwo } from "../../src/stats/two-by-two.js";

/*
 * Typed views of the binary-endpoint parts of the R reference files: stats.json two_by_two and
 * models.json binary_extras / logistic (shared/reference stats.R, models.R) and
 * binary-extra.json (test/reference/binary-extra.R). R 4.2.2, written with 15 significant
 * digits, so a value is only good to about 5e-16 relative. binary-extra.json writes non-finite
 * values as the strings "Infinity", "-Infinity" and "NaN" (read them with readNumber).
 */

export type Pair = readonly [number, number];

/** A number of binary-extra.json: non-finite values are strings that Number() reads back. */
export type JsonNumber = number | "Infinity" | "-Infinity" | "NaN";

export interface ReferenceTableInputs {
  readonly a_treatment_event: number;
  readonly b_treatment_no_event: number;
  readonly c_control_event: number;
  readonly d_control_no_event: number;
}

export interface ReferenceLogRatio {
  readonly estimate: number;
  readonly se_log: number;
}

/** stats.json → two_by_two.* */
export interface StatsTwoByTwoBlock {
  readonly inputs: ReferenceTableInputs;
  readonly chisq_yates: { readonly statistic: number; readonly df: number; readonly p: number };
  readonly chisq_no_correction: { readonly statistic: number; readonly df: number; readonly p: number };
  readonly fisher: { readonly p_two_sided: number; readonly odds_ratio_conditional_mle: number; readonly ci95_conditional: Pair };
  readonly fisher_precise: { readonly odds_ratio_conditional_mle: number; readonly ci95_conditional: Pair };
  readonly risk_treatment: number;
  readonly risk_control: number;
  readonly risk_difference: { readonly estimate: number; readonly se: number; readonly ci95_wald: Pair };
  readonly relative_risk: ReferenceLogRatio & { readonly ci95_log: Pair };
  readonly odds_ratio_sample: ReferenceLogRatio & { readonly ci95_wald_log: Pair };
}

/** models.json → binary_extras.single_proportion.* */
export interface ModelsProportionBlock {
  readonly inputs: { readonly x: number; readonly n: number };
  readonly proportion: number;
  readonly ci95_wilson: Pair;
  readonly ci95_clopper_pearson: Pair;
  /** Absent with 0 or n events. */
  readonly ci95_wald?: Pair;
}

/** models.json → binary_extras.two_by_two.* */
export interface ModelsTwoByTwoBlock {
  readonly inputs: ReferenceTableInputs;
  readonly risk_treatment: number;
  readonly risk_control: number;
  readonly risk_difference: number;
  readonly ci95_newcombe_hybrid_score: Pair;
  readonly ci95_wald_difference: Pair;
  readonly wilson_treatment: Pair;
  readonly wilson_control: Pair;
  /** Both absent with a zero cell. */
  readonly relative_risk?: ReferenceLogRatio & { readonly ci95_log: Pair };
  readonly odds_ratio?: ReferenceLogRatio & { readonly ci95_wald_log: Pair };
}

export interface ReferenceLogisticCoefficient {
  readonly estimate: number;
  readonly se: number;
  readonly z: number;
  readonly p_two_sided: number;
  readonly ci95: Pair;
  readonly odds_ratio: number;
  readonly odds_ratio_ci95: Pair;
}

/** models.json → logistic.* (glm converged to 1e-14, refitted once from its estimates). */
export interface ModelsLogisticBlock {
  readonly inputs: Readonly<Record<string, readonly number[]>>;
  readonly n: number;
  readonly events: number;
  /** In design-column order. */
  readonly coefficients: Readonly<Record<string, ReferenceLogisticCoefficient>>;
  readonly vcov: { readonly names: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  readonly deviance: number;
  readonly loglik: number;
  readonly aic: number;
  readonly fitted_probability: readonly number[];
  readonly iterations: number;
}

export interface ModelsBinaryReference {
  readonly binary_extras: {
    readonly single_proportion: Readonly<Record<string, ModelsProportionBlock>>;
    readonly two_by_two: Readonly<Record<string, ModelsTwoByTwoBlock>>;
  };
  readonly logistic: { readonly pbc_death_by_end: ModelsLogisticBlock; readonly hand_made: ModelsLogisticBlock };
}

export interface ExtraLogRatio extends ReferenceLogRatio {
  readonly z: number;
  readonly p_two_sided: number;
  readonly ci: Pair;
}

/** Conditional MLE and exact interval; 0 or "Infinity" at the ends of the support. */
export interface ExtraConditionalOddsRatio {
  readonly odds_ratio_conditional_mle: JsonNumber;
  readonly ci_conditional: readonly [JsonNumber, JsonNumber];
}

/** binary-extra.json → two_by_two.*; chi-square values are "NaN" when a margin is 0. */
export interface ExtraTwoByTwoBlock {
  readonly label: string;
  readonly inputs: ReferenceTableInputs;
  readonly fisher_p: { readonly two_sided: number; readonly less: number; readonly greater: number };
  readonly chisq_no_correction: { readonly statistic: JsonNumber; readonly p: JsonNumber };
  readonly chisq_yates: { readonly statistic: JsonNumber; readonly p: JsonNumber };
  readonly newcombe_95: Pair;
  readonly newcombe_90: Pair;
  readonly fisher_precise_95?: ExtraConditionalOddsRatio;
  readonly fisher_precise_90?: ExtraConditionalOddsRatio;
  readonly relative_risk_95?: ExtraLogRatio;
  readonly odds_ratio_95?: ExtraLogRatio;
  readonly odds_ratio_90?: ExtraLogRatio;
}

export interface ExtraProportionBlock {
  readonly inputs: { readonly x: number; readonly n: number };
  readonly clopper_pearson_90: Pair;
  readonly clopper_pearson_99: Pair;
  readonly wilson_90: Pair;
  readonly wilson_99: Pair;
}

export interface ExtraSeparationBlock {
  readonly inputs: { readonly x: readonly number[]; readonly y: readonly number[] };
  readonly converged: boolean;
  readonly iterations: number;
  readonly coefficients: readonly number[];
  readonly deviance: number;
}

/** binary-extra.json → random_tables[*]: 40 tables with arms of 5 to 2000 patients (set.seed(7)). */
export interface ExtraRandomTable {
  readonly inputs: ReferenceTableInputs;
  readonly fisher_p: { readonly two_sided: number; readonly less: number; readonly greater: number };
  readonly fisher_precise_95: ExtraConditionalOddsRatio;
}

export interface BinaryExtraReference {
  readonly two_by_two: Readonly<Record<string, ExtraTwoByTwoBlock>>;
  readonly random_tables: readonly ExtraRandomTable[];
  readonly single_proportion: Readonly<Record<string, ExtraProportionBlock>>;
  readonly logistic_separation: { readonly complete: ExtraSeparationBlock; readonly quasi_complete: ExtraSeparationBlock };
}

function readReference(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), "utf8"));
}

/** test/reference/stats.json → two_by_two (R 4.2.2, shared/reference/stats.R). */
export function loadStatsTwoByTwo(): Readonly<Record<string, StatsTwoByTwoBlock>> {
  return (readReference("stats.json") as { two_by_two: Record<string, StatsTwoByTwoBlock> }).two_by_two;
}

/** test/reference/models.json (R 4.2.2, shared/reference/models.R), binary parts. */
export function loadModelsBinary(): ModelsBinaryReference {
  return readReference("models.json") as ModelsBinaryReference;
}

/** test/reference/binary-extra.json (R 4.2.2, test/reference/binary-extra.R). */
export function loadBinaryExtra(): BinaryExtraReference {
  return readReference("binary-extra.json") as BinaryExtraReference;
}

/** The TwoByTwo of a reference table (a, b treatment events and non-events; c, d control). */
export function toTwoByTwo(inputs: ReferenceTableInputs): TwoByTwo {
  return {
    eventsTreatment: inputs.a_treatment_event,
    totalTreatment: inputs.a_treatment_event + inputs.b_treatment_no_event,
    eventsControl: inputs.c_control_event,
    totalControl: inputs.c_control_event + inputs.d_control_no_event,
  };
}

/** A JsonNumber as a number ("Infinity" → Infinity, "NaN" → NaN). */
export function readNumber(value: JsonNumber): number {
  return typeof value === "number" ? value : Number(value);
}

/** The same table with the arms swapped. */
export function swapArms(table: TwoByTwo): TwoByTwo {
  return {
    eventsTreatment: table.eventsControl,
    totalTreatment: table.totalControl,
    eventsControl: table.eventsTreatment,
    totalControl: table.totalTreatment,
  };
}

/**
 * A random valid 2 × 2 table for property tests: totals 1 to maxTotal per arm, events from 0
 * to the total (fast-check shrinks towards small tables).
 */
export function arbitraryTwoByTwo(maxTotal = 400): fc.Arbitrary<TwoByTwo> {
  const arm = fc
    .integer({ min: 1, max: maxTotal })
    .chain((total) => fc.record({ events: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
  return fc.tuple(arm, arm).map(([treatment, control]) => ({
    eventsTreatment: treatment.events,
    totalTreatment: treatment.total,
    eventsControl: control.events,
    totalControl: control.total,
  }));
}

/** The design of a models.json logistic block, columns in its coefficients' order. */
export function buildLogisticDesign(name: "pbc_death_by_end" | "hand_made", block: ModelsLogisticBlock): number[][] {
  const column = (key: string): readonly number[] => block.inputs[key] ?? [];
  const y = column("y");
  const value = (key: string, row: number): number => column(key)[row] ?? Number.NaN;
  if (name === "pbc_death_by_end") {
    // glm(y ~ age + bili + albumin + treat)
    return y.map((_, row) => [1, value("age", row), value("bili", row), value("albumin", row), value("treat", row)]);
  }
  // glm(y ~ log2(dose) + marker)
  return y.map((_, row) => [1, Math.log2(value("dose", row)), value("marker", row)]);
}
