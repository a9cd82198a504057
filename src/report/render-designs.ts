import type { DesignResult } from "../trial/index.js";
import { designCharacteristics } from "./design-characteristics.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const DESIGNS_COLUMNS = [
  "design", "label", "kind", "endpoint", "method", "measure", "trial_patients", "concurrent_controls", "historical_controls", "replicates",
  "power", "power_mcse", "type_i_error", "type_i_error_mcse", "true_effect", "mean_estimate", "bias", "bias_mcse", "empirical_se", "mean_model_se", "rmse", "coverage", "coverage_mcse",
  "null_bias", "null_bias_mcse", "null_coverage", "failed_analyses",
  "prognostic_correlation", "predicted_variance_ratio", "observed_variance_ratio", "unadjusted_empirical_se",
  "max_abs_smd_before", "max_abs_smd_after", "propensity_failures",
];

function designRow(result: DesignResult): CsvCell[] {
  const { design } = result.entry;
  const d = designCharacteristics(result);
  const c = d.primary?.characteristics;
  const n = d.nullPrimary?.characteristics;
  const external = design.kind === "external-control";
  return [
    design.id, design.label ?? design.id, design.kind, d.primary?.endpoint ?? null, d.primary?.method ?? null, d.primary?.measure ?? null,
    result.entry.trialPatients, result.entry.concurrentControls, external ? result.meanMatchedPairs : 0, c?.replicates ?? 0,
    c?.rejectionRate ?? null, c?.rejectionRateMcse ?? null, n?.rejectionRate ?? null, n?.rejectionRateMcse ?? null,
    c?.meanTrueEffect ?? null, c?.meanEstimate ?? null, c?.bias ?? null, c?.biasMcse ?? null, c?.empiricalSe ?? null, c?.meanModelSe ?? null, c?.rmse ?? null, c?.coverage ?? null, c?.coverageMcse ?? null,
    n?.bias ?? null, n?.biasMcse ?? null, n?.coverage ?? null, (c?.failedAnalyses ?? 0) + (n?.failedAnalyses ?? 0),
    result.prognosticCorrelation, d.predictedVarianceRatio, d.observedVarianceRatio, d.unadjustedPrimary?.characteristics.empiricalSe ?? null,
    d.maxSmdBefore, d.maxSmdAfter, external ? result.propensityFailures : null,
  ];
}

/**
 * designs.csv: one row per design of spec.designs, its primary analysis: the patients it
 * enrols, power (with the drug effect), type I error (null run), bias, empirical SE and
 * coverage; for PROCOVA the prognostic correlation ρ, 1 − ρ² and the variance ratio
 * observed; for external controls the matched historical patients and the balance.
 */
export function renderDesigns(results: readonly DesignResult[]): string {
  return renderCsv(DESIGNS_COLUMNS, results.map(designRow));
}
