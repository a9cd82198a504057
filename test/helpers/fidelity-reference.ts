import { readFileSync } from "node:fs";
import type { CovariateTable, VirtualPopulation } from "../../src/population/index.js";

/*
 * Typed view of test/reference/fidelity.json, made by test/reference/fidelity.R with R 4.2.2 and
 * jsonlite (15 significant digits, so a value is good to about 5e-16 relative). NA and Inf are
 * both written null: numbers read back as NaN, category codes as -1; where R's value is Inf the
 * test says so.
 */

type Column = readonly (number | null)[];

interface ReferenceSummary {
  readonly count: number;
  readonly missing_share: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly quantiles: readonly number[];
}

interface ReferenceShares {
  readonly count: number;
  readonly missing_share: number;
  readonly shares: readonly number[];
}

interface ReferenceDistanceSummary {
  readonly count: number;
  readonly median: number;
  readonly percentile5: number;
  readonly exact_copy_share: number;
  readonly near_copy_share: number;
}

export interface FidelityReference {
  readonly r_version: string;
  readonly ks: readonly { readonly label: string; readonly x: readonly number[] | number; readonly y: readonly number[] | number; readonly statistic: number }[];
  readonly table: {
    readonly real: Readonly<Record<string, Column>>;
    readonly real_sex: Column;
    readonly real_stage: Column;
    readonly virtual: Readonly<Record<string, Column>>;
    readonly virtual_sex: Column;
    readonly virtual_stage: Column;
    readonly source_rows: readonly number[];
    readonly levels: Readonly<Record<string, readonly string[]>>;
  };
  readonly fidelity: {
    readonly numeric: Readonly<Record<string, { readonly real: ReferenceSummary; readonly virtual: ReferenceSummary; readonly smd: number; readonly ks: number }>>;
    readonly categorical: Readonly<Record<string, { readonly levels: readonly string[]; readonly real: ReferenceShares; readonly virtual: ReferenceShares }>>;
    readonly correlation: {
      readonly names: readonly string[];
      readonly real: readonly Column[];
      readonly virtual: readonly Column[];
      readonly largest: { readonly first: string; readonly second: string; readonly real: number; readonly virtual: number; readonly absolute_difference: number };
    };
  };
  readonly privacy: {
    readonly columns: readonly string[];
    readonly skipped: string;
    readonly centre: readonly number[];
    readonly scale: readonly number[];
    readonly dcr: readonly number[];
    readonly nn: readonly number[];
    /** null where R's distance is Inf (a virtual patient without any number). */
    readonly dcr_numeric_only: Column;
    readonly nn_numeric_only: readonly number[];
    readonly near_copy_threshold: number;
    readonly real: ReferenceDistanceSummary;
    readonly virtual: ReferenceDistanceSummary;
  };
  readonly examples: { readonly cor_pairwise: number; readonly cor_three: number; readonly quantile_median: number };
}

export const FIDELITY_REFERENCE = JSON.parse(readFileSync(new URL("../reference/fidelity.json", import.meta.url), "utf8")) as FidelityReference;

/** A JSON column as numbers, null (R's NA) → NaN. */
export function toNumbers(column: Column | number): Float64Array {
  const values = typeof column === "number" ? [column] : column;
  return Float64Array.from(values, (value) => value ?? Number.NaN);
}

/** A JSON column of category codes, null (R's NA) → -1. */
export function toCodes(column: Column): Int32Array {
  return Int32Array.from(column, (value) => value ?? -1);
}

const NUMERIC_NAMES = ["age", "albumin", "bili", "ones"];

/** The reference's real patients; `ones` (constant) is not continuous, the others are. */
export function referenceTable(): CovariateTable {
  const { table } = FIDELITY_REFERENCE;
  return {
    rowCount: table.real_sex.length,
    numeric: NUMERIC_NAMES.map((name) => ({ name, values: toNumbers(table.real[name] ?? []), continuous: name !== "ones" })),
    categorical: [
      { name: "sex", codes: toCodes(table.real_sex) },
      { name: "stage", codes: toCodes(table.real_stage) },
    ],
  };
}

/** The reference's virtual patients (12 exact copies, then jittered real rows with new gaps). */
export function referencePopulation(): VirtualPopulation {
  const { table } = FIDELITY_REFERENCE;
  return {
    size: table.virtual_sex.length,
    sourceRow: Int32Array.from(table.source_rows),
    numeric: new Map(NUMERIC_NAMES.map((name) => [name, toNumbers(table.virtual[name] ?? [])])),
    categorical: new Map([
      ["sex", toCodes(table.virtual_sex)],
      ["stage", toCodes(table.virtual_stage)],
    ]),
  };
}

/** The reference's category level names. */
export function referenceLevels(): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(FIDELITY_REFERENCE.table.levels));
}

/** The population that is the table itself: patient i is real row i. */
export function populationOfTable(table: CovariateTable): VirtualPopulation {
  return {
    size: table.rowCount,
    sourceRow: Int32Array.from({ length: table.rowCount }, (_, row) => row),
    numeric: new Map(table.numeric.map((column) => [column.name, Float64Array.from(column.values)])),
    categorical: new Map(table.categorical.map((column) => [column.name, Int32Array.from(column.codes)])),
  };
}
