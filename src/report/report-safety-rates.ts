import { ptOf, socOf, type SafetySummary, type TrialPlan } from "../trial/index.js";
import { formatFixed, formatPercent, renderMarkdownTable } from "./markdown-table.js";
import { lookupSafetySummaries, type SafetySummaryQuery } from "./safety-summary-lookup.js";

const ANY = "(any)";

/** The overview categories whose rates the report shows, before the terms. */
const RATE_ROWS: readonly (readonly [SafetySummary["grade"], string])[] = [
  ["any_ae", "any adverse event"],
  ["grade_3_or_worse", "grade ≥ 3"],
  ["serious", "serious"],
  ["death", "death"],
];

/**
 * Exposure-adjusted incidence rates: for each event and arm the mean patients with the event
 * and patient-years at risk per trial, and the rate per 100 patient-years pooled over the
 * trials (Σ patients with the event / Σ patient-years).
 */
export function renderSafetyRates(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  const find = lookupSafetySummaries(summaries);
  const events: { label: string; query: Omit<SafetySummaryQuery, "arm"> }[] = [
    ...RATE_ROWS.map(([grade, label]) => ({ label, query: { term: ANY, soc: ANY, grade } })),
    ...plan.spec.adverse_events.map((model) => ({ label: `${ptOf(model)}, any grade`, query: { term: model.term, soc: socOf(model), grade: "any" as const } })),
  ];
  const rows = events.flatMap(({ label, query }) =>
    plan.arms.map((arm, index) => {
      const summary = find({ ...query, arm: arm.id });
      return [index === 0 ? label : "", arm.label, formatFixed(summary?.meanPatientsWithEvent ?? Number.NaN, 1), formatFixed(summary?.meanExposureYears ?? Number.NaN, 1), formatFixed(summary?.ratePer100PatientYears ?? Number.NaN, 1)];
    }),
  );
  return renderMarkdownTable(["event", "arm", "patients with the event", "patient-years at risk", "per 100 patient-years"], rows, [2, 3, 4]);
}

/**
 * Relative dose intensity of each dosed arm: the mean over the simulated trials of each
 * trial's mean and median over the arm's patients; undefined without a dosed arm.
 */
export function renderDoseIntensity(plan: TrialPlan, summaries: readonly SafetySummary[]): string | undefined {
  const find = lookupSafetySummaries(summaries);
  const rows = plan.arms.flatMap((arm) => {
    const mean = find({ arm: arm.id, term: ANY, soc: ANY, grade: "relative_dose_intensity_mean" });
    const median = find({ arm: arm.id, term: ANY, soc: ANY, grade: "relative_dose_intensity_median" });
    if (mean === undefined || median === undefined) return [];
    return [[arm.label, formatFixed(mean.meanPatientsAtRisk, 1), formatPercent(mean.meanValue), formatPercent(median.meanValue)]];
  });
  if (rows.length === 0) return undefined;
  return renderMarkdownTable(["arm", "patients dosed", "mean relative dose intensity", "median relative dose intensity"], rows, [1, 2, 3]);
}
