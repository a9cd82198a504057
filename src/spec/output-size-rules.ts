import type { Spec } from "./schema.js";
import type { SpecIssue } from "./spec-issue.js";

/** The most patient-level output a run may write (patients.csv alone), in bytes. */
export const MAX_KEPT_OUTPUT_BYTES = 1e9;

/**
 * Bytes of one patients.csv row: pbc-phase2.yaml writes 73,985 bytes for 300 rows (247 a row).
 * Specs with more endpoints and covariates write longer rows, so estimates are lower bounds.
 */
export const PATIENT_ROW_BYTES = 250;

/** What a run keeps in memory and writes for its kept replicates. */
export interface KeptOutputEstimate {
  readonly keptReplicates: number;
  readonly patientsPerReplicate: number;
  readonly rows: number;
  readonly bytes: number;
}

function groupDigits(value: number): string {
  return Math.round(value).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The patient rows of the replicates a run keeps (outputs.keep_replicates, at most
 * trial.replicates) and their size: at least one row per virtual patient of every arm.
 * Method cohort takes its size from the cohort file, so it is not estimated here (0).
 *
 * @example estimateKeptOutput(spec with 3 arms of 100,000 and keep_replicates 500).bytes // 3.75e10
 */
export function estimateKeptOutput(spec: Spec): KeptOutputEstimate {
  const keptReplicates = Math.min(spec.outputs.keep_replicates, spec.trial.replicates);
  const { n_per_arm: perArm, n_total: total, method } = spec.population;
  const patientsPerReplicate = method === "cohort" ? 0 : perArm === undefined ? (total ?? 0) : perArm * spec.arms.length;
  const rows = keptReplicates * patientsPerReplicate;
  return { keptReplicates, patientsPerReplicate, rows, bytes: rows * PATIENT_ROW_BYTES };
}

/** The message and hint refusing a run whose kept patients exceed MAX_KEPT_OUTPUT_BYTES, if it does. */
export function keptOutputProblem(spec: Spec): { readonly message: string; readonly hint: string } | undefined {
  const estimate = estimateKeptOutput(spec);
  if (estimate.bytes <= MAX_KEPT_OUTPUT_BYTES) return undefined;
  const largest = Math.max(1, Math.floor(MAX_KEPT_OUTPUT_BYTES / (PATIENT_ROW_BYTES * Math.max(1, estimate.patientsPerReplicate))));
  return {
    message:
      `keeping ${groupDigits(estimate.keptReplicates)} replicates of ${groupDigits(estimate.patientsPerReplicate)} virtual patients holds ${groupDigits(estimate.rows)} patient rows in memory and in patients.csv, ` +
      `about ${(estimate.bytes / 1e9).toFixed(1)} GB (at most ${MAX_KEPT_OUTPUT_BYTES / 1e9} GB)`,
    hint: `lower outputs.keep_replicates (at most ${groupDigits(largest)} with this many patients; 1 is usually enough) or population.n_per_arm; efficacy and safety statistics cover every replicate anyway`,
  };
}

/** Refuses, before anything runs, a spec whose kept patient-level output would not fit (issue 7). */
export function outputSizeRules(spec: Spec): SpecIssue[] {
  const problem = keptOutputProblem(spec);
  return problem === undefined ? [] : [{ code: "SPEC_INVALID_VALUE", ...problem, path: ["outputs", "keep_replicates"] }];
}
