import type { DesignResult, EfficacySummary, FamilySummary } from "../trial/index.js";
import { comparisonLabel } from "./render-efficacy.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const SUMMARY_COLUMNS = [
  "design", "endpoint", "comparison", "treatment_arm", "control_arm", "method", "primary", "measure", "adjustment", "replicates", "quantity",
  "rejection_rate", "rejection_rate_mcse", "mean_estimate", "true_effect", "bias", "bias_mcse",
  "empirical_se", "mean_model_se", "rmse", "coverage", "coverage_mcse", "failed_analyses", "mean_events",
];

/** The endpoint column of the family-wise rows (no endpoint id can contain parentheses). */
export const FAMILY_ENDPOINT = "(family)";

function summaryRow(summary: EfficacySummary, design = "rct"): CsvCell[] {
  const c = summary.characteristics;
  return [
    design, summary.endpoint, comparisonLabel(summary.treatmentArm, summary.controlArm), summary.treatmentArm, summary.controlArm, summary.method, summary.primary, summary.measure, summary.adjustment,
    c.replicates, summary.isNull ? "type_i_error" : "power",
    c.rejectionRate, c.rejectionRateMcse, c.meanEstimate, c.meanTrueEffect, c.bias, c.biasMcse,
    c.empiricalSe, c.meanModelSe, c.rmse, c.coverage, c.coverageMcse, c.failedAnalyses, summary.meanEvents,
  ];
}

function familyRow(family: FamilySummary, comparison: string, quantity: string, rate: number): CsvCell[] {
  const mcse = Math.sqrt((rate * (1 - rate)) / family.replicates);
  return ["rct", FAMILY_ENDPOINT, comparison, null, null, family.method, true, null, family.method, family.replicates, quantity, rate, mcse, ...new Array<null>(11).fill(null)];
}

/** The family-wise rows: any and all hypotheses rejected, and the family-wise error over the null hypotheses. */
function familyRows(family: FamilySummary | undefined): CsvCell[][] {
  if (family === undefined) return [];
  const rows = [familyRow(family, "any-rejected", "power", family.anyRejected), familyRow(family, "all-rejected", "power", family.allRejected)];
  if (family.nullHypotheses.length > 0) rows.push(familyRow(family, "any-null-rejected", "familywise_error", family.familywiseError));
  return rows;
}

/** What summary.csv reads of a design's result (a DesignResult, or its plain copy in a sweep shard). */
export interface DesignRowsSource {
  readonly entry: { readonly design: { readonly id: string } };
  readonly alternative: readonly EfficacySummary[];
  readonly nullRun: readonly EfficacySummary[] | undefined;
}

/** Each design's rows: its analyses with the spec's drug effect, then (null run) without, whose quantity is type_i_error. */
function designRows(designs: readonly DesignRowsSource[]): CsvCell[][] {
  return designs.flatMap(({ entry, alternative, nullRun }) => [...alternative, ...(nullRun ?? [])].map((summary) => summaryRow(summary, entry.design.id)));
}

/**
 * summary.csv: operating characteristics per endpoint × comparison × method × design. The
 * arms' own trial is design "rct"; quantity says whether the rejection rate is a power or,
 * when every replicate's true effect is exactly 0, a type I error. With two or more
 * hypotheses in the multiplicity family, rows with endpoint "(family)" follow: the share of
 * trials rejecting any (comparison any-rejected) and all (all-rejected) of them, and, when
 * some are null, the family-wise error rate (any-null-rejected). Then the rows of each
 * design of spec.designs (its id in the design column), with and without the drug effect.
 */
export function renderSummary(summaries: readonly EfficacySummary[], family?: FamilySummary, designs: readonly DesignResult[] = []): string {
  return renderCsv(SUMMARY_COLUMNS, summaryRows(summaries, family, designs));
}

/** The rows of summary.csv (SUMMARY_COLUMNS), before formatting. */
export function summaryRows(summaries: readonly EfficacySummary[], family?: FamilySummary, designs: readonly DesignRowsSource[] = []): CsvCell[][] {
  return [...summaries.map((summary) => summaryRow(summary)), ...familyRows(family), ...designRows(designs)];
}
