import type { SafetyResult } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const SAFETY_COLUMNS = [
  "replicate", "arm", "term", "grade", "patients_at_risk", "patients_with_event", "incidence",
  "exposure_years", "rate_per_100_patient_years", "risk_difference", "rd_ci_lower", "rd_ci_upper",
];

/** Columns a run with time-driven AE models adds: organ class, preferred term, landmark day, value. */
export const TIMED_SAFETY_COLUMNS = ["soc", "pt", "day", "value"];

function safetyRow(result: SafetyResult): CsvCell[] {
  const rd = result.riskDifference;
  return [
    result.replicate, result.arm, result.term, result.grade, result.patientsAtRisk, result.patientsWithEvent, result.incidence,
    result.exposureYears, result.ratePer100PatientYears, rd?.estimate ?? null, rd?.ciLower ?? null, rd?.ciUpper ?? null,
  ];
}

function timedSafetyRow(result: SafetyResult): CsvCell[] {
  return [...safetyRow(result), result.soc, result.pt, result.day, result.value];
}

/**
 * safety.csv: one row per replicate × arm × AE term × grade ("any", then worst grade 1–3).
 * With time-driven AE models (the analysis then writes overview rows) also grades 4–5 of
 * those terms, organ class rows (term "(any)"), the overview categories, Kaplan–Meier and
 * relative dose intensity rows, and four more columns: soc, pt, day (of a Kaplan–Meier
 * landmark) and value (a Kaplan–Meier estimate or a dose intensity). A spec with logistic
 * models only keeps the original columns and rows.
 */
export function renderSafety(results: readonly SafetyResult[]): string {
  const isTimed = isTimedSafety(results);
  return renderCsv(safetyColumns(isTimed), safetyRows(results, isTimed));
}

/** Whether results come from time-driven AE models (they carry the overview rows): safety.csv then has the four more columns. */
export function isTimedSafety(results: readonly SafetyResult[]): boolean {
  return results.some((result) => result.grade === "any_ae");
}

/** safety.csv's columns, with or without those of time-driven models. */
export function safetyColumns(isTimed: boolean): string[] {
  return isTimed ? [...SAFETY_COLUMNS, ...TIMED_SAFETY_COLUMNS] : [...SAFETY_COLUMNS];
}

/** safety.csv's rows of some results, before formatting: for writing it chunk by chunk. */
export function safetyRows(results: readonly SafetyResult[], isTimed: boolean): CsvCell[][] {
  return results.map(isTimed ? timedSafetyRow : safetyRow);
}
