import type { SafetySummary, TrialPlan } from "../trial/index.js";
import { formatPercent, renderMarkdownTable } from "./markdown-table.js";
import { renderTimedSafetySection } from "./report-timed-safety.js";
import { signedPercentText } from "./safety-summary-lookup.js";

/**
 * The "Safety" section: mean incidence of each AE term by arm across the simulated trials,
 * any grade and grade 3, with the mean risk difference versus control. With time-driven AE
 * models, the study-report layout of renderTimedSafetySection instead.
 */
export function renderSafetySection(plan: TrialPlan, summaries: readonly SafetySummary[]): string {
  if (plan.spec.adverse_events.length === 0) return "## Safety\n\nNo adverse reaction models in the spec.";
  if (plan.timedTerms.length > 0) return renderTimedSafetySection(plan, summaries);
  const find = (arm: string, term: string, grade: string): SafetySummary | undefined =>
    summaries.find((summary) => summary.arm === arm && summary.term === term && summary.grade === grade);
  const rows = plan.spec.adverse_events.flatMap((model) =>
    plan.arms.map((arm) => {
      const any = find(arm.id, model.term, "any");
      const severe = find(arm.id, model.term, "3");
      return [model.label ?? model.term, arm.id, formatPercent(any?.meanIncidence ?? Number.NaN), formatPercent(severe?.meanIncidence ?? Number.NaN), signedPercentText(any?.meanRiskDifference ?? null, formatPercent)];
    }),
  );
  return [
    "## Safety",
    "",
    `Mean over ${plan.spec.trial.replicates} simulated trials of the share of patients with the event (worst grade per patient). Incidence follows a logistic model on exposure; grades follow the spec's split. Per-trial counts, exposure-adjusted rates per 100 patient-years and risk differences with Wald CIs are in safety.csv.`,
    "",
    renderMarkdownTable(["adverse event", "arm", "any grade", "grade 3", "risk difference vs control (any grade)"], rows, [2, 3, 4]),
  ].join("\n");
}
