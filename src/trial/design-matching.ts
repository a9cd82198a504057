import { matchNearestNeighbour, propensityLogits, standardizedDifference, whitenRows } from "../matching/index.js";
import type { VirtualPopulation } from "../population/index.js";
import type { Design, Endpoint } from "../spec/schema.js";
import { sampleVariance } from "../stats/index.js";

/** A matching covariate: a cohort number column, possibly logged (the twin model's terms). */
export interface MatchingTerm {
  readonly column: string;
  readonly transform: "none" | "log";
}

/** One replicate's matching of trial patients to historical controls. */
export interface ControlMatch {
  /** Matched pairs: trial patient index and historical index, in trial order. */
  readonly trial: Int32Array;
  readonly historical: Int32Array;
  /** Standardized mean differences per term, all trial vs all historical patients, then matched. */
  readonly smdBefore: readonly number[];
  readonly smdAfter: readonly number[];
  /** The propensity model could not be fitted (collinear covariates): matched by Mahalanobis distance instead. */
  readonly fellBack: boolean;
}

/** The terms an external-control design matches on: declared columns, or the twin model's covariates. */
export function matchingTerms(design: Design, endpoint: Endpoint): MatchingTerm[] {
  const declared = design.matching?.covariates;
  if (declared !== undefined) return declared.map((column) => ({ column, transform: "none" }));
  return (endpoint.twin_model?.covariates ?? []).map((term) => ({ column: term.column, transform: term.transform }));
}

/** Covariate rows (one per patient) of the given patients on the matching terms. */
export function matchingRows(population: VirtualPopulation, patients: ArrayLike<number>, terms: readonly MatchingTerm[]): number[][] {
  return Array.from(patients, (patient) =>
    terms.map((term) => {
      const raw = population.numeric.get(term.column)?.[patient] ?? Number.NaN;
      return term.transform === "log" ? Math.log(raw) : raw;
    }),
  );
}

function column(rows: readonly (readonly number[])[], index: number, subset?: ArrayLike<number>): number[] {
  return subset === undefined ? rows.map((row) => row[index] as number) : Array.from(subset, (at) => rows[at]?.[index] as number);
}

function byMahalanobis(trial: readonly (readonly number[])[], historical: readonly (readonly number[])[], caliper: number | undefined): Int32Array {
  const white = whitenRows([...trial, ...historical]);
  const distance = (t: number, h: number) => {
    const a = white[t] as number[];
    const b = white[trial.length + h] as number[];
    let sum = 0;
    for (let index = 0; index < a.length; index++) sum += ((a[index] as number) - (b[index] as number)) ** 2;
    return Math.sqrt(sum);
  };
  return matchNearestNeighbour({ treatedCount: trial.length, controlCount: historical.length, distance, order: Array.from(trial.keys()), ...(caliper === undefined ? {} : { caliper }) });
}

function byPropensity(trial: readonly (readonly number[])[], historical: readonly (readonly number[])[], caliperSd: number | undefined): Int32Array {
  const logits = propensityLogits(trial, historical);
  // Caliper in SDs of the logit (pooled over the two groups, Austin 2011); the largest score chooses first (MatchIt's default).
  const pooledSd = Math.sqrt((sampleVariance(Array.from(logits.trial)) + sampleVariance(Array.from(logits.historical))) / 2);
  const order = Array.from(trial.keys()).sort((a, b) => (logits.trial[b] as number) - (logits.trial[a] as number) || a - b);
  const distance = (t: number, h: number) => Math.abs((logits.trial[t] as number) - (logits.historical[h] as number));
  return matchNearestNeighbour({ treatedCount: trial.length, controlCount: historical.length, distance, order, ...(caliperSd === undefined ? {} : { caliper: caliperSd * pooledSd }) });
}

/**
 * Matches trial patients 1:1 to historical controls (nearest neighbour without replacement):
 * on the logit of a propensity score of trial membership, or by Mahalanobis distance, with
 * the design's caliper; and measures the balance before and after.
 */
export function matchControls(design: Design, trial: readonly (readonly number[])[], historical: readonly (readonly number[])[]): ControlMatch {
  const method = design.matching?.method ?? "propensity";
  const caliper = design.matching?.caliper_sd;
  let matched: Int32Array;
  let fellBack = false;
  try {
    matched = method === "propensity" ? byPropensity(trial, historical, caliper) : byMahalanobis(trial, historical, caliper);
  } catch (error) {
    if (!(error instanceof RangeError) || method !== "propensity") throw error;
    matched = byMahalanobis(trial, historical, undefined);
    fellBack = true;
  }
  const pairs = Array.from(matched.entries()).filter(([, h]) => h >= 0);
  const trialIndexes = Int32Array.from(pairs, ([t]) => t);
  const historicalIndexes = Int32Array.from(pairs, ([, h]) => h);
  const terms = trial[0]?.length ?? 0;
  const smd = (t?: ArrayLike<number>, h?: ArrayLike<number>) =>
    Array.from({ length: terms }, (_, index) => standardizedDifference(column(trial, index, t), column(historical, index, h), { treated: column(trial, index), control: column(historical, index) }));
  return { trial: trialIndexes, historical: historicalIndexes, smdBefore: smd(), smdAfter: pairs.length < 2 ? smd().map(() => Number.NaN) : smd(trialIndexes, historicalIndexes), fellBack };
}
