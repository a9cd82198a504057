import type { EfficacySummary } from "../trial/index.js";
import { comparisonLabel } from "./render-efficacy.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const SUMMARY_COLUMNS = [
  "design", "endpoint", "comparison", "treatment_arm", "control_arm", "method", "replicates", "quantity",
  "rejection_rate", "rejection_rate_mcse", "mean_estimate", "true_effect", "bias", "bias_mcse",
  "empirical_se", "mean_model_se", "rmse", "coverage", "coverage_mcse", "failed_analyses",
];

function summaryRow(summary: EfficacySummary): CsvCell[] {
  const c = summary.characteristics;
  return [
    "rct", summary.endpoint, comparisonLabel(summary.treatmentArm, summary.controlArm), summary.treatmentArm, summary.controlArm, summary.method,
    c.replicates, summary.isNull ? "type_i_error" : "power",
    c.rejectionRate, c.rejectionRateMcse, c.meanEstimate, c.meanTrueEffect, c.bias, c.biasMcse,
    c.empiricalSe, c.meanModelSe, c.rmse, c.coverage, c.coverageMcse, c.failedAnalyses,
  ];
}

/**
 * summary.csv: operating characteristics per endpoint × comparison × method (× design,
 * one "rct" design for now). quantity says whether the rejection rate is a power or,
 * when every replicate's true effect is exactly 0, a type I error.
 */
export function renderSummary(summaries: readonly EfficacySummary[]): string {
  return renderCsv(SUMMARY_COLUMNS, summaries.map(summaryRow));
}
