import type { CohortFidelity, DistributionSummary, NearestDistanceSummary, PrivacyAssessment } from "../population/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const FIDELITY_COLUMNS = ["section", "covariate", "statistic", "level", "real", "virtual", "difference"];

/** The covariate of the privacy rows, which are about whole records (no covariate can contain parentheses). */
export const ALL_COVARIATES = "(all)";

type Row = CsvCell[];

function compared(section: string, covariate: string, statistic: string, real: number, virtual: number, level: string | null = null): Row {
  return [section, covariate, statistic, level, real, virtual, virtual - real];
}

function quantileName(probability: number): string {
  return `q${String(Math.round(100 * probability)).padStart(2, "0")}`;
}

function numericRows(fidelity: CohortFidelity): Row[] {
  return fidelity.numeric.flatMap((column) => {
    const { name, real, virtual } = column;
    const pick = (read: (summary: DistributionSummary) => number, statistic: string): Row => compared("numeric", name, statistic, read(real), read(virtual));
    return [
      ["numeric", name, "n", null, real.count, virtual.count, null],
      pick((summary) => summary.missingShare, "missing_share"),
      pick((summary) => summary.mean, "mean"),
      pick((summary) => summary.standardDeviation, "sd"),
      ...real.quantiles.map((quantile, index) => compared("numeric", name, quantileName(quantile.probability), quantile.value, virtual.quantiles[index]?.value ?? Number.NaN)),
      ["numeric", name, "smd", null, null, null, column.standardizedMeanDifference],
      ["numeric", name, "ks_distance", null, null, null, column.kolmogorovSmirnovDistance],
    ];
  });
}

function categoryRows(fidelity: CohortFidelity): Row[] {
  return fidelity.categorical.flatMap((column) => [
    ["category", column.name, "n", null, column.realCount, column.virtualCount, null],
    compared("category", column.name, "missing_share", column.realMissingShare, column.virtualMissingShare),
    ...column.levels.map((level) => compared("category", column.name, "share", level.real, level.virtual, level.level)),
  ]);
}

function correlationRows(fidelity: CohortFidelity): Row[] {
  const { names, real, virtual, largestDifference } = fidelity.correlation;
  const rows = names.flatMap((first, i) =>
    names.slice(i + 1).map((second, offset) => compared("correlation", first, "correlation", real[i]?.[i + 1 + offset] ?? Number.NaN, virtual[i]?.[i + 1 + offset] ?? Number.NaN, second)),
  );
  if (largestDifference !== null) {
    const { first, second } = largestDifference;
    rows.push(["correlation", first, "max_abs_correlation_difference", second, largestDifference.real, largestDifference.virtual, largestDifference.absoluteDifference]);
  }
  return rows;
}

function privacyRows(privacy: PrivacyAssessment): Row[] {
  const pick = (read: (summary: NearestDistanceSummary) => number, statistic: string): Row => compared("privacy", ALL_COVARIATES, statistic, read(privacy.real), read(privacy.virtual));
  return [
    ["privacy", ALL_COVARIATES, "n", null, privacy.real.count, privacy.virtual.count, null],
    ["privacy", ALL_COVARIATES, "distance_columns", null, privacy.columns.length, null, null],
    pick((summary) => summary.median, "dcr_median"),
    pick((summary) => summary.percentile5, "dcr_p05"),
    ["privacy", ALL_COVARIATES, "near_copy_threshold", null, privacy.nearCopyThreshold, null, null],
    pick((summary) => summary.exactCopyShare, "exact_copy_share"),
    pick((summary) => summary.nearCopyShare, "near_copy_share"),
  ];
}

/**
 * fidelity.csv, tidy long format: one row per covariate × statistic (× level), with the real
 * patients' value, the virtual patients' value and difference = virtual − real.
 *
 * - section `numeric`: statistics n (non-missing), missing_share, mean, sd, q05, q25, q50, q75,
 *   q95 (type 7), then smd and ks_distance, whose value is in `difference` (real, virtual NA).
 * - section `category`: n, missing_share, and share (among non-missing) with the level in `level`.
 * - section `correlation`: one `correlation` row per pair of number columns (the second in
 *   `level`; Pearson, pairwise-complete), then `max_abs_correlation_difference` for the pair
 *   that moved most, whose `difference` is |virtual − real|.
 * - section `privacy`, covariate `(all)`: `real` is each real patient's distance to the nearest
 *   other real patient, `virtual` each virtual patient's distance to the closest real one (DCR),
 *   in real-SD units: n, distance_columns (coordinates used, in `real`), dcr_median, dcr_p05,
 *   near_copy_threshold (the 5th percentile of the real distances, in `real`), exact_copy_share,
 *   near_copy_share.
 *
 * Numbers go through formatNumber (10 significant digits, NA for undefined).
 */
export function renderFidelity(fidelity: CohortFidelity, privacy: PrivacyAssessment): string {
  return renderCsv(FIDELITY_COLUMNS, [...numericRows(fidelity), ...categoryRows(fidelity), ...correlationRows(fidelity), ...privacyRows(privacy)]);
}
