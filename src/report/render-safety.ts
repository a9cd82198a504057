import type { SafetyResult } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const SAFETY_COLUMNS = [
  "replicate", "arm", "term", "grade", "patients_at_risk", "patients_with_event", "incidence",
  "exposure_years", "rate_per_100_patient_years", "risk_difference", "rd_ci_lower", "rd_ci_upper",
];

function safetyRow(result: SafetyResult): CsvCell[] {
  const rd = result.riskDifference;
  return [
    result.replicate, result.arm, result.term, result.grade, result.patientsAtRisk, result.patientsWithEvent, result.incidence,
    result.exposureYears, result.ratePer100PatientYears, rd?.estimate ?? null, rd?.ciLower ?? null, rd?.ciUpper ?? null,
  ];
}

/** safety.csv: one row per replicate × arm × AE term × grade ("any", then worst grade 1–3). */
export function renderSafety(results: readonly SafetyResult[]): string {
  return renderCsv(SAFETY_COLUMNS, results.map(safetyRow));
}
