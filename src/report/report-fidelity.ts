import type { CategoricalFidelity, CohortFidelity, NumericFidelity, PopulationMethod, PrivacyAssessment } from "../population/index.js";
import { formatPercent, formatSignificant, renderMarkdownTable } from "./markdown-table.js";

/** |SMD| above this is the usual sign of a meaningful imbalance (Austin 2009). */
export const SMD_THRESHOLD = 0.1;

const METHOD_NOTES: Record<PopulationMethod, string> = {
  bootstrap:
    "Plain bootstrap copies real patients by design: every virtual patient is a real patient's record, drawn with replacement, so the copy shares above are expected and say nothing about the generator's quality. Use smoothed-bootstrap or gaussian-copula when records must not be copied.",
  cohort: "With method cohort the virtual patients are the real patients themselves, each once: every record is a copy by design.",
  "smoothed-bootstrap":
    "Smoothed bootstrap adds noise to continuous number columns only; integer and category columns are copied, so records with few continuous values stay close to the real record they were grown from.",
  "gaussian-copula": "Gaussian-copula patients are drawn anew from the columns' distributions and correlations, so copies arise only by chance (columns with few distinct values make that likelier).",
};

function three(value: number): string {
  return formatSignificant(value, 3);
}

function smdText(value: number): string {
  return Math.abs(value) > SMD_THRESHOLD ? `**${three(value)}**` : three(value);
}

function numericRow(column: NumericFidelity): string[] {
  const { real, virtual } = column;
  const median = (quantiles: NumericFidelity["real"]["quantiles"]): string => three(quantiles.find((quantile) => quantile.probability === 0.5)?.value ?? Number.NaN);
  return [
    column.name,
    `${three(real.mean)} (${three(real.standardDeviation)})`,
    `${three(virtual.mean)} (${three(virtual.standardDeviation)})`,
    smdText(column.standardizedMeanDifference),
    three(column.kolmogorovSmirnovDistance),
    median(real.quantiles),
    median(virtual.quantiles),
    `${formatPercent(real.missingShare)} / ${formatPercent(virtual.missingShare)}`,
  ];
}

function imbalanceSentence(fidelity: CohortFidelity): string {
  const imbalanced = fidelity.numeric.filter((column) => Math.abs(column.standardizedMeanDifference) > SMD_THRESHOLD).map((column) => column.name);
  const threshold = `|SMD| > ${SMD_THRESHOLD}, the usual imbalance threshold (Austin 2009)`;
  if (imbalanced.length === 0) return `No number column has ${threshold}.`;
  const verb = imbalanced.length === 1 ? "has" : "have";
  return `${imbalanced.length} of ${fidelity.numeric.length} number columns ${verb} ${threshold}, in bold: ${imbalanced.join(", ")}.`;
}

function categoryRows(column: CategoricalFidelity): string[][] {
  const rows = column.levels.map((level) => [column.name, level.level, formatPercent(level.real), formatPercent(level.virtual)]);
  if (column.realMissingShare > 0 || column.virtualMissingShare > 0) rows.push([column.name, "(missing, of all)", formatPercent(column.realMissingShare), formatPercent(column.virtualMissingShare)]);
  return rows;
}

function correlationSentence(fidelity: CohortFidelity): string {
  const largest = fidelity.correlation.largestDifference;
  if (largest === null) return "Correlations: fewer than two number columns with a defined correlation, nothing to compare.";
  return `Correlations between number columns (Pearson, pairwise-complete): the largest change is ${largest.first}–${largest.second}, r = ${three(largest.real)} among real and ${three(largest.virtual)} among virtual patients (|Δr| = ${three(largest.absoluteDifference)}).`;
}

function privacyParagraph(privacy: PrivacyAssessment, method: PopulationMethod): string {
  const { real, virtual } = privacy;
  return [
    `**Privacy.** Distances between whole records in real-SD units (${privacy.columns.length} columns: numbers standardized by the real mean and SD, a different category counts 1, coordinates missing in either record skipped and the rest scaled up).`,
    `The distance from each virtual patient to the closest real patient (DCR) has median ${three(virtual.median)} and 5th percentile ${three(virtual.percentile5)}; real patients are a median ${three(real.median)} (5th percentile ${three(real.percentile5)}) from their nearest other real patient.`,
    `${formatPercent(virtual.exactCopyShare)} of virtual patients are exact copies of a real record (DCR ≤ 1e-12) and ${formatPercent(virtual.nearCopyShare)} near copies, closer to a real patient than 95% of real patients are to one another (DCR < ${three(privacy.nearCopyThreshold)}, or exact copies); a generator that does not copy records gives about 5%, like the real patients themselves (${formatPercent(real.nearCopyShare)}).`,
    METHOD_NOTES[method],
  ].join(" ");
}

/**
 * The "Virtual cohort fidelity" section of report.md: per number column real vs virtual mean
 * (SD), SMD (|SMD| > 0.1 in bold, Austin 2009), KS distance, medians and missing shares; category
 * shares; the largest correlation change; and a privacy paragraph with the distances to closest
 * record and the shares of exact and near copies, with what the population method implies.
 */
export function reportFidelity(fidelity: CohortFidelity, privacy: PrivacyAssessment, method: PopulationMethod): string {
  const numericTable = renderMarkdownTable(
    ["covariate", "real mean (SD)", "virtual mean (SD)", "SMD", "KS D", "real median", "virtual median", "missing real / virtual"],
    fidelity.numeric.map(numericRow),
    [1, 2, 3, 4, 5, 6, 7],
  );
  const categoryTable = renderMarkdownTable(["covariate", "level", "real", "virtual"], fidelity.categorical.flatMap(categoryRows), [2, 3]);
  return [
    "## Virtual cohort fidelity",
    "",
    `The ${fidelity.virtualCount} virtual patients against the ${fidelity.realCount} real eligible patients they were grown from. SMD is the standardized mean difference, (virtual − real mean) / √((real SD² + virtual SD²) / 2); KS D the largest gap between the two distribution functions (0: the same, 1: no overlap). fidelity.csv holds every number, with quantiles and all correlations.`,
    "",
    ...(fidelity.numeric.length === 0 ? [] : [numericTable, "", imbalanceSentence(fidelity), ""]),
    ...(fidelity.categorical.length === 0 ? [] : ["Category shares among non-missing values:", "", categoryTable, ""]),
    correlationSentence(fidelity),
    "",
    privacyParagraph(privacy, method),
  ].join("\n");
}
