import type { EfficacyResult } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const EFFICACY_COLUMNS = [
  "replicate", "endpoint", "comparison", "treatment_arm", "control_arm", "method",
  "estimate", "standard_error", "ci_lower", "ci_upper", "statistic", "df", "p_value", "rejected", "true_effect",
];

/** The comparison label used in every table: "<treatment>-vs-<control>". */
export function comparisonLabel(treatmentArm: string, controlArm: string): string {
  return `${treatmentArm}-vs-${controlArm}`;
}

function efficacyRow(result: EfficacyResult): CsvCell[] {
  const { estimate: e } = result;
  return [
    result.replicate, result.endpoint, comparisonLabel(result.treatmentArm, result.controlArm), result.treatmentArm, result.controlArm, result.method,
    e.estimate, e.standardError, e.ciLower, e.ciUpper, e.statistic, e.degreesOfFreedom, e.pValue, result.rejected, result.trueEffect,
  ];
}

/** efficacy.csv: one row per replicate × endpoint × comparison × method. */
export function renderEfficacy(results: readonly EfficacyResult[]): string {
  return renderCsv(EFFICACY_COLUMNS, results.map(efficacyRow));
}
