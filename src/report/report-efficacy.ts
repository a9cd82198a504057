import type { Endpoint } from "../spec/schema.js";
import type { EfficacyResult, EfficacySummary, FamilySummary, ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { METHOD_NAMES, MEASURE_NAMES } from "./analysis-names.js";
import { formatNumber } from "./format-number.js";
import { formatFixed, formatPercent, formatPValue, formatSignificant, renderMarkdownTable } from "./markdown-table.js";
import { renderArmTable } from "./report-arms.js";
import { renderSurvivalComparison } from "./report-survival.js";
import { figureMarkdown, type Figure } from "./figures/figure.js";
import type { TrialFigures } from "./figures/trial-figures.js";

const TYPE_NAMES: Record<Endpoint["type"], string> = { continuous: "continuous", binary: "binary", "time-to-event": "time to event", count: "count" };

function endpointName(plan: TrialPlan, id: string): string {
  return plan.spec.endpoints.find((endpoint) => endpoint.id === id)?.label ?? id;
}

/** A ratio is shown as the ratio (exp of the stored log), a difference as it is. */
function shown(result: { measure: EfficacyResult["measure"] }, value: number): string {
  return formatSignificant(MEASURE_NAMES[result.measure].ratio ? Math.exp(value) : value, 3);
}

function hasAdjustment(plan: TrialPlan, family: FamilySummary | undefined): boolean {
  return family !== undefined && plan.spec.analysis.multiplicity.method !== "none";
}

function comparisonTable(plan: TrialPlan, results: readonly EfficacyResult[], adjusted: boolean): string {
  const level = `${formatFixed(100 * plan.spec.analysis.confidence_level, 0)}% CI`;
  const rows = results.map((result) => {
    const e = result.estimate;
    return [
      `${result.treatmentArm} vs ${result.controlArm}`, `${METHOD_NAMES[result.method].name}${result.primary ? " (primary)" : ""}`, MEASURE_NAMES[result.measure].shown,
      shown(result, e.estimate), `${shown(result, e.ciLower)} to ${shown(result, e.ciUpper)}`, formatPValue(e.pValue),
      ...(adjusted ? [Number.isNaN(result.pAdjusted) ? "—" : formatPValue(result.pAdjusted)] : []), result.rejected ? "yes" : "no", shown(result, result.trueEffect),
    ];
  });
  const header = ["comparison", "analysis", "effect", "estimate", level, "p", ...(adjusted ? ["adjusted p"] : []), "significant", "true effect"];
  return renderMarkdownTable(header, rows, adjusted ? [3, 5, 6, 8] : [3, 5, 7]);
}

function endpointSubsection(plan: TrialPlan, endpoint: Endpoint, index: number, context: { results: readonly EfficacyResult[]; first: ReplicateSimulation | undefined; adjusted: boolean; figures: TrialFigures | undefined }): string {
  const outcome = context.first?.endpoints[index];
  const unit = endpoint.unit === undefined ? "" : `, ${endpoint.unit}`;
  const lines = [`### ${endpoint.label ?? endpoint.id} (${TYPE_NAMES[endpoint.type]}${unit})`, ""];
  if (context.first !== undefined && outcome !== undefined) lines.push(renderArmTable(plan, context.first, endpoint, outcome), "");
  lines.push(comparisonTable(plan, context.results.filter((result) => result.endpoint === endpoint.id), context.adjusted));
  if (context.first !== undefined && outcome?.type === "time-to-event") lines.push("", renderSurvivalComparison(plan, context.first, endpoint, outcome));
  for (const figure of context.figures?.byEndpoint.get(endpoint.id) ?? []) lines.push("", figureMarkdown(figure));
  return lines.join("\n");
}

function operatingTable(plan: TrialPlan, summaries: readonly EfficacySummary[]): string {
  const withEvents = summaries.some((summary) => !Number.isNaN(summary.meanEvents));
  const rows = summaries.map((summary) => {
    const c = summary.characteristics;
    return [
      endpointName(plan, summary.endpoint), `${summary.treatmentArm} vs ${summary.controlArm}`, `${METHOD_NAMES[summary.method].name}${summary.primary ? " (primary)" : ""}`, MEASURE_NAMES[summary.measure].stored,
      `${summary.isNull ? "type I error" : "power"} ${formatPercent(c.rejectionRate)} ± ${formatPercent(c.rejectionRateMcse)}`,
      formatSignificant(c.meanTrueEffect, 3), formatSignificant(c.meanEstimate, 3), formatSignificant(c.bias, 2), formatSignificant(c.empiricalSe, 3),
      formatSignificant(c.meanModelSe, 3), formatSignificant(c.rmse, 3), `${formatPercent(c.coverage)} ± ${formatPercent(c.coverageMcse)}`,
      ...(withEvents ? [Number.isNaN(summary.meanEvents) ? "" : formatSignificant(summary.meanEvents, 4)] : []),
    ];
  });
  const header = ["endpoint", "comparison", "analysis", "scale", "rejection rate ± MCSE", "true effect", "mean estimate", "bias", "empirical SE", "mean model SE", "RMSE", "CI coverage ± MCSE", ...(withEvents ? ["mean events"] : [])];
  return renderMarkdownTable(header, rows, withEvents ? [4, 5, 6, 7, 8, 9, 10, 11, 12] : [4, 5, 6, 7, 8, 9, 10, 11]);
}

const MULTIPLICITY_NAMES: Record<FamilySummary["method"], string> = {
  none: "no adjustment (each at the full α)",
  bonferroni: "Bonferroni",
  holm: "Holm's step-down procedure",
  hochberg: "Hochberg's step-up procedure",
  "fixed-sequence": "fixed-sequence (hierarchical) testing in the order listed",
};

function familySubsection(plan: TrialPlan, family: FamilySummary): string {
  const mcse = (rate: number) => formatPercent(Math.sqrt((rate * (1 - rate)) / family.replicates));
  const rows = [
    ["at least one hypothesis rejected (disjunctive power)", `${formatPercent(family.anyRejected)} ± ${mcse(family.anyRejected)}`],
    ["every hypothesis rejected (conjunctive power)", `${formatPercent(family.allRejected)} ± ${mcse(family.allRejected)}`],
  ];
  if (family.nullHypotheses.length > 0) rows.push([`a true null hypothesis rejected (family-wise error; null: ${family.nullHypotheses.join(", ")})`, `${formatPercent(family.familywiseError)} ± ${mcse(family.familywiseError)}`]);
  const alpha = formatNumber(plan.spec.trial.alpha);
  const how = family.method === "none"
    ? `The primary analysis of each hypothesis (${family.hypotheses.join(", ")}) is tested at α = ${alpha} without a multiplicity adjustment; the family-wise rates show how often at least one, or all, of them reject.`
    : `The primary analysis of each hypothesis (${family.hypotheses.join(", ")}) is tested by ${MULTIPLICITY_NAMES[family.method]} at family-wise α = ${alpha}; "significant" and the rejection rates above are after this adjustment (${family.method === "fixed-sequence" ? "adjusted p: the running maximum of the p values in testing order" : `R: \`p.adjust(p, "${family.method}")\``}). Secondary analyses are not adjusted.`;
  return [
    "### Multiplicity",
    "",
    how,
    "",
    renderMarkdownTable(["family-wise outcome", "share of trials ± MCSE"], rows, [1]),
  ].join("\n");
}

/** The "Efficacy" and "Operating characteristics" sections. */
/** Which estimand the analyses target when adverse events change the doses (intercurrent events). */
function estimandText(plan: TrialPlan): string {
  if (plan.spec.analysis.estimand === "composite")
    return "**Estimand: composite.** Stopping the drug for an adverse event is part of the outcome: such a patient counts with its endpoint's composite_value (e.g. as a non-responder) whatever it would have shown, and other patients with the outcome after the doses they really received. Its twin, under control, never stops: the true effect includes the stopping.";
  if (plan.spec.analysis.estimand === "hypothetical")
    return "**Estimand: hypothetical.** Adverse events interrupt, reduce and stop doses (see Safety), but efficacy is simulated as if every patient had stayed on the planned dose: the effect the drug would have without those intercurrent events. Its true value is known exactly from each treated patient's own outcome on the planned dose and its twin's under control; the estimates and true effects above are of it.";
  return "**Estimand: treatment policy.** Efficacy follows the doses each patient really received, after the interruptions, reductions and discontinuations that adverse events caused (see Safety): the effect of being assigned to the drug, whatever happened on it. The true effect is each treated patient's outcome after its own course against its twin's under control. Set analysis.estimand: hypothetical for the effect had every patient stayed on the planned dose.";
}

export function renderEfficacySection(plan: TrialPlan, results: readonly EfficacyResult[], summaries: readonly EfficacySummary[], extra: { first: ReplicateSimulation | undefined; family: FamilySummary | undefined; figures?: TrialFigures }): string {
  const replicates = plan.spec.trial.replicates;
  const adjusted = hasAdjustment(plan, extra.family);
  const context = { results: results.filter((result) => result.replicate === 1), first: extra.first?.replicate === 1 ? extra.first : undefined, adjusted, figures: extra.figures };
  const sections = [
    "## Efficacy in the first simulated trial",
    "",
    "Each drug arm against control, as a study report shows one trial: differences as drug − control, ratios as drug / control (efficacy.csv stores ratios on the log scale). The true effect is the same quantity computed from the treated patients' own outcomes and their digital twins' under control.",
    ...plan.spec.endpoints.flatMap((endpoint, index) => ["", endpointSubsection(plan, endpoint, index, context)]),
    "",
    `## Operating characteristics over ${replicates} simulated trials`,
    "",
    "Rejection rate is the power where the drug has an effect and the type I error where every true effect is exactly 0; MCSE is its Monte Carlo standard error √(p(1−p)/R). Bias is the mean of (estimate − that trial's true effect) on the stored scale (log for ratios); coverage is the share of confidence intervals containing that trial's true effect (Morris, White & Crowther 2019).",
    "",
    operatingTable(plan, summaries),
    ...(extra.figures?.forest ?? []).flatMap((figure: Figure) => ["", figureMarkdown(figure)]),
  ];
  if (plan.timedTerms.length > 0) sections.push("", estimandText(plan));
  if (summaries.some((summary) => MEASURE_NAMES[summary.measure].ratio && summary.measure !== "log-risk-ratio" && summary.measure !== "log-rate-ratio"))
    sections.push("", "Hazard and odds ratios are not collapsible: the true effect of an unadjusted analysis is the marginal ratio among the treated patients, which lies closer to 1 than the drug effect the spec gives each patient whenever prognostic covariates vary; an adjusted analysis targets the ratio conditional on its covariates. A hazard ratio that changes over time is also averaged over the follow-up the trial observes, so the true effect uses each patient's own follow-up.");
  if (extra.family !== undefined) sections.push("", familySubsection(plan, extra.family));
  return sections.join("\n");
}
