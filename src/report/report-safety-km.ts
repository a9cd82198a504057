import type { SafetySummary, TrialPlan } from "../trial/index.js";
import { formatFixed, formatPercent, renderMarkdownTable } from "./markdown-table.js";
import { lookupSafetySummaries } from "./safety-summary-lookup.js";

const ANY = "(any)";

/** A day as the table shows it: whole days as they are, quarters of a trial to one decimal. */
function dayText(day: number): string {
  return Number.isInteger(day) ? String(day) : formatFixed(day, 1);
}

function medianText(summary: SafetySummary | undefined): string {
  if (summary === undefined || Number.isNaN(summary.medianValue)) return "—";
  return summary.medianValue === Infinity ? "NR" : formatFixed(summary.medianValue, 1);
}

/**
 * Time to the first grade ≥ 3 adverse event by arm: at each landmark day the mean over the
 * simulated trials of each trial's Kaplan–Meier probability of no such event [mean patients
 * at risk], then the median over the trials of each trial's median (NR: not reached in at
 * least half of them). The landmarks are the days the analysis wrote, in order.
 */
export function renderTimeToSevereEvent(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  const find = lookupSafetySummaries(summaries);
  const days = [...new Set(summaries.filter((summary) => summary.grade === "km_free_of_grade_3_or_worse").map((summary) => summary.day))].sort((a, b) => a - b);
  const rows = days.map((day) => [
    `day ${dayText(day)}`,
    ...plan.arms.map((arm) => {
      const summary = find({ arm: arm.id, term: ANY, soc: ANY, grade: "km_free_of_grade_3_or_worse", day });
      return summary === undefined ? "—" : `${formatPercent(summary.meanValue)} [${formatFixed(summary.meanPatientsAtRisk, 1)}]`;
    }),
  ]);
  rows.push(["median, days", ...plan.arms.map((arm) => medianText(find({ arm: arm.id, term: ANY, soc: ANY, grade: "km_median_days_to_grade_3_or_worse" })))]);
  return renderMarkdownTable(["time", ...plan.arms.map((arm) => arm.label)], rows, plan.arms.map((_, index) => index + 1));
}
