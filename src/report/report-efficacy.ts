import type { EfficacyResult, EfficacySummary, TrialPlan } from "../trial/index.js";
import { formatFixed, formatPercent, formatPValue, formatSignificant, renderMarkdownTable } from "./markdown-table.js";

const METHOD_NAMES: Record<string, string> = { welch: "Welch t-test", ancova: "ANCOVA" };

function endpointName(plan: TrialPlan, id: string): string {
  return plan.spec.endpoints.find((endpoint) => endpoint.id === id)?.label ?? id;
}

function operatingTable(plan: TrialPlan, summaries: readonly EfficacySummary[]): string {
  const rows = summaries.map((summary) => {
    const c = summary.characteristics;
    return [
      endpointName(plan, summary.endpoint), `${summary.treatmentArm} vs ${summary.controlArm}`, METHOD_NAMES[summary.method] ?? summary.method,
      `${summary.isNull ? "type I error" : "power"} ${formatPercent(c.rejectionRate)} ± ${formatPercent(c.rejectionRateMcse)}`,
      formatSignificant(c.meanTrueEffect, 3), formatSignificant(c.meanEstimate, 3), formatSignificant(c.bias, 2), formatSignificant(c.empiricalSe, 3),
      formatSignificant(c.meanModelSe, 3), formatSignificant(c.rmse, 3), `${formatPercent(c.coverage)} ± ${formatPercent(c.coverageMcse)}`,
    ];
  });
  return renderMarkdownTable(["endpoint", "comparison", "method", "rejection rate ± MCSE", "true effect", "mean estimate", "bias", "empirical SE", "mean model SE", "RMSE", "CI coverage ± MCSE"], rows, [3, 4, 5, 6, 7, 8, 9, 10]);
}

function firstTrialTable(plan: TrialPlan, results: readonly EfficacyResult[]): string {
  const level = `${formatFixed(100 * plan.spec.analysis.confidence_level, 0)}% CI`;
  const rows = results
    .filter((result) => result.replicate === 1)
    .map((result) => {
      const e = result.estimate;
      return [
        endpointName(plan, result.endpoint), `${result.treatmentArm} vs ${result.controlArm}`, METHOD_NAMES[result.method] ?? result.method,
        formatSignificant(e.estimate, 3), formatSignificant(e.standardError, 3), `${formatSignificant(e.ciLower, 3)} to ${formatSignificant(e.ciUpper, 3)}`,
        formatPValue(e.pValue), result.rejected ? "yes" : "no", formatSignificant(result.trueEffect, 3),
      ];
    });
  return renderMarkdownTable(["endpoint", "comparison", "method", "estimate", "SE", level, "p", "significant", "true effect"], rows, [3, 4, 6, 8]);
}

/** The "Efficacy" and "Operating characteristics" sections. */
export function renderEfficacySection(plan: TrialPlan, results: readonly EfficacyResult[], summaries: readonly EfficacySummary[]): string {
  const replicates = plan.spec.trial.replicates;
  return [
    "## Efficacy in the first simulated trial",
    "",
    "Difference in mean change from baseline, drug arm minus control, as a study report would show it for one trial. The true effect is the mean difference between the treated patients and their own twins under control.",
    "",
    firstTrialTable(plan, results),
    "",
    `## Operating characteristics over ${replicates} simulated trials`,
    "",
    "Rejection rate is the power where the drug has an effect and the type I error where every true effect is exactly 0; MCSE is its Monte Carlo standard error √(p(1−p)/R). Bias is the mean of (estimate − that trial's true effect); coverage is the share of confidence intervals containing that trial's true effect (Morris, White & Crowther 2019).",
    "",
    operatingTable(plan, summaries),
  ].join("\n");
}
