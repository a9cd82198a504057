import type { EfficacyResult } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const EFFICACY_COLUMNS = [
  "replicate", "endpoint", "comparison", "treatment_arm", "control_arm", "method", "primary", "measure",
  "estimate", "standard_error", "ci_lower", "ci_upper", "statistic", "df", "p_value", "p_adjusted", "rejected", "true_effect", "events",
];

/** The comparison label used in every table: "<treatment>-vs-<control>". */
export function comparisonLabel(treatmentArm: string, controlArm: string): string {
  return `${treatmentArm}-vs-${controlArm}`;
}

function efficacyRow(result: EfficacyResult): CsvCell[] {
  const { estimate: e } = result;
  return [
    result.replicate, result.endpoint, comparisonLabel(result.treatmentArm, result.controlArm), result.treatmentArm, result.controlArm, result.method, result.primary, result.measure,
    e.estimate, e.standardError, e.ciLower, e.ciUpper, e.statistic, e.degreesOfFreedom, e.pValue, result.pAdjusted, result.rejected, result.trueEffect, result.events,
  ];
}

/**
 * efficacy.csv: one row per replicate × endpoint × comparison × method. Ratios (measure
 * log-odds-ratio, log-risk-ratio, log-hazard-ratio, log-rate-ratio) are on the log scale.
 */
export function renderEfficacy(results: readonly EfficacyResult[]): string {
  return renderCsv(EFFICACY_COLUMNS, results.map(efficacyRow));
}

/** efficacy.csv's rows (EFFICACY_COLUMNS) of some results, before formatting: for writing it chunk by chunk. */
export function efficacyRows(results: readonly EfficacyResult[]): CsvCell[][] {
  return results.map(efficacyRow);
}
