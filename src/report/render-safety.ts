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
  const isTimed = results.some((result) => result.grade === "any_ae");
  return isTimed ? renderCsv([...SAFETY_COLUMNS, ...TIMED_SAFETY_COLUMNS], results.map(timedSafetyRow)) : renderCsv(SAFETY_COLUMNS, results.map(safetyRow));
}
