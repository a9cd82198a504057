import { readFileSync } from "node:fs";

/** test/reference/copula.json, made by test/reference/copula.R (R 4.2.2) from cohorts/pbc.csv; NA is written "NA". */
export interface CopulaFitReference {
  readonly dimensions: readonly string[];
  readonly correlation: readonly (readonly number[])[];
  readonly minimum_eigenvalue: number;
}
export interface CopulaReference {
  readonly rows: number;
  readonly missing_rates: Record<string, number>;
  readonly preserve: CopulaFitReference;
  readonly impute: CopulaFitReference;
  readonly quantiles: {
    readonly probabilities: readonly number[];
    readonly interpolated: Record<string, readonly number[]>;
    readonly step: Record<string, readonly number[]>;
  };
  readonly known: {
    readonly normal_scores: { readonly x: readonly (number | "NA")[]; readonly z: readonly (number | "NA")[] };
    readonly no_ties: { readonly x: readonly number[]; readonly probability: number; readonly type7: number };
    readonly clip: { readonly matrix: readonly (readonly number[])[]; readonly floor: number; readonly eigenvalues: readonly number[]; readonly clipped: readonly (readonly number[])[] };
  };
}

export const COPULA_REFERENCE = JSON.parse(readFileSync(new URL("../reference/copula.json", import.meta.url), "utf8")) as CopulaReference;

/** "NA" → NaN. */
export function fromR(values: readonly (number | "NA")[]): number[] {
  return values.map((value) => (value === "NA" ? Number.NaN : value));
}
