import { readFileSync } from "node:fs";
import { normalQuantile } from "../../src/rng/index.js";
import type { CovariateTable } from "../../src/population/index.js";

/**
 * Test-side statistics for the gaussian-copula tests, written independently of src/population
 * (plain arrays and sorting): the reference the module's output is compared with.
 */

/** van der Waerden scores qnorm(rank / (n + 1)) of the observed values, average ranks for ties, NaN kept. */
export function referenceNormalScores(values: ArrayLike<number>): number[] {
  const observed = Array.from(values).flatMap((value, index) => (Number.isNaN(value) ? [] : [{ value, index }]));
  observed.sort((a, b) => a.value - b.value || a.index - b.index);
  const scores = Array.from(values, () => Number.NaN);
  for (let start = 0; start < observed.length; ) {
    let end = start;
    while (end < observed.length && observed[end]?.value === observed[start]?.value) end++;
    // Ranks start + 1 … end (1-based): the average is (start + 1 + end) / 2.
    for (let position = start; position < end; position++) scores[observed[position]?.index ?? 0] = normalQuantile((start + 1 + end) / 2 / (observed.length + 1));
    start = end;
  }
  return scores;
}

/** Pearson's r over the rows where both are observed. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const pairs = Array.from(x).flatMap((a, index) => {
    const b = y[index] as number;
    return Number.isNaN(a) || Number.isNaN(b) ? [] : [[a, b] as const];
  });
  const meanX = pairs.reduce((sum, [a]) => sum + a, 0) / pairs.length;
  const meanY = pairs.reduce((sum, [, b]) => sum + b, 0) / pairs.length;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const [a, b] of pairs) {
    xx += (a - meanX) ** 2;
    yy += (b - meanY) ** 2;
    xy += (a - meanX) * (b - meanY);
  }
  return xy / Math.sqrt(xx * yy);
}

/** The correlation of the two columns' normal scores (rank-based, invariant to monotone transforms). */
export function normalScoreCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(referenceNormalScores(x), referenceNormalScores(y));
}

/** The columns of cohorts/pbc.csv in the table, as test/reference/copula.R orders them. */
export const PBC_NUMERIC = ["age", "bili", "chol", "albumin", "copper", "alk_phos", "ast", "trig", "platelet", "protime", "stage", "edema", "ascites", "hepato", "spiders"] as const;
/** Float "number" columns; the others (stages, edema 0 / 0.5 / 1, booleans) take observed levels only. */
const PBC_CONTINUOUS = new Set(["age", "bili", "chol", "albumin", "copper", "alk_phos", "ast", "trig", "platelet", "protime"]);

/**
 * cohorts/pbc.csv (312 patients of the Mayo Clinic PBC trial) as a covariate table: the 15
 * number columns above and sex as a category (codes in sorted level order, f = 0, m = 1, as
 * src/cohort/parse-cohort.ts). Empty cells are missing. The file is plain CSV without quotes.
 */
export function loadPbcTable(): CovariateTable {
  const text = readFileSync(new URL("../../cohorts/pbc.csv", import.meta.url), "utf8");
  const [header, ...lines] = text.trimEnd().split("\n").map((line) => line.split(","));
  if (header === undefined || text.includes('"')) throw new Error("cohorts/pbc.csv: unexpected format");
  const cell = (line: readonly string[], name: string): string => line[header.indexOf(name)] ?? "";
  const levels = [...new Set(lines.map((line) => cell(line, "sex")))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    rowCount: lines.length,
    numeric: PBC_NUMERIC.map((name) => ({
      name,
      values: Float64Array.from(lines, (line) => (cell(line, name) === "" ? Number.NaN : Number(cell(line, name)))),
      continuous: PBC_CONTINUOUS.has(name),
    })),
    categorical: [{ name: "sex", codes: Int32Array.from(lines, (line) => levels.indexOf(cell(line, "sex"))) }],
  };
}
