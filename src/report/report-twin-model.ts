import type { TwinModelFit, TwinModelKind } from "../twin/index.js";
import { formatFixed, formatPValue, formatSignificant, renderMarkdownTable } from "./markdown-table.js";

const MODEL_NAMES: Record<TwinModelKind, string> = {
  linear: "linear model of the change, least squares (R `lm`)",
  logistic: "logistic regression of the event, maximum likelihood (R `glm`, binomial)",
  weibull: "Weibull regression of the time to event, maximum likelihood (R `survreg`, accelerated failure time), with its proportional-hazards form",
  exponential: "exponential regression of the time to event, maximum likelihood (R `survreg`), with its proportional-hazards form",
};

const DIGITS = 4;

function percentLabel(level: number): string {
  return `${formatFixed(100 * level, 0)}% CI`;
}

function rowsText(fit: TwinModelFit): string {
  const dropped = fit.droppedCount === 0 ? "none dropped" : `${fit.droppedCount} dropped for a missing value`;
  const events = fit.eventCount === null ? "" : `, ${fit.eventCount} events`;
  return `Fitted on ${fit.fittedCount} real patients (${fit.selection}: ${fit.selectedCount} eligible, ${dropped}${events}): ${MODEL_NAMES[fit.model]}.`;
}

function coefficientTable(fit: TwinModelFit): string {
  const statistic = fit.model === "linear" ? "t" : "z";
  const rows = fit.coefficients.map((row) => [
    row.name, formatSignificant(row.estimate, DIGITS), formatSignificant(row.standardError, DIGITS), formatFixed(row.statistic, 2), formatPValue(row.pValue),
    `${formatSignificant(row.ciLower, DIGITS)} to ${formatSignificant(row.ciUpper, DIGITS)}`,
  ]);
  return renderMarkdownTable(["term", "estimate", "SE", statistic, "p", percentLabel(fit.confidenceLevel)], rows, [1, 2, 3, 4]);
}

function hazardRatioTable(fit: TwinModelFit): string {
  const rows = fit.hazardRatios.map((row) => [
    row.name, formatSignificant(row.hazardRatio, DIGITS), `${formatSignificant(row.ciLower, DIGITS)} to ${formatSignificant(row.ciUpper, DIGITS)}`,
    formatSignificant(row.logHazardRatio, DIGITS), formatSignificant(row.standardError, DIGITS),
  ]);
  return renderMarkdownTable(["covariate (per unit)", "hazard ratio", percentLabel(fit.confidenceLevel), "log hazard ratio", "SE"], rows, [1, 3, 4]);
}

/** What the simulator's twins start from: the reference patient and where each covariate is centred. */
function referenceText(fit: TwinModelFit): string {
  const { filled } = fit;
  const centres = (filled.covariates ?? []).map((term) => `${term.transform === "log" ? `log(${term.column})` : term.column} ${formatSignificant(term.reference, DIGITS)}`);
  const centred = centres.length === 0 ? "" : ` Covariates are centred at their means over the fitting patients: ${centres.join(", ")}.`;
  const hazard = filled.baseline_hazard;
  const reference =
    fit.model === "linear" ? `placebo response ${formatSignificant(filled.placebo_response ?? Number.NaN, DIGITS)}, residual SD ${formatSignificant(fit.residualSd ?? Number.NaN, DIGITS)}`
    : fit.model === "logistic" ? `log odds ${formatSignificant(filled.logistic?.intercept ?? Number.NaN, DIGITS)} (probability ${formatSignificant(1 / (1 + Math.exp(-(filled.logistic?.intercept ?? Number.NaN))), 3)})`
    : hazard?.model === "weibull" ? `Weibull scale ${formatSignificant(hazard.scale_days ?? Number.NaN, DIGITS)} days, shape ${formatSignificant(hazard.shape ?? Number.NaN, DIGITS)} (median ${formatSignificant((hazard.scale_days ?? Number.NaN) * Math.pow(Math.LN2, 1 / (hazard.shape ?? Number.NaN)), DIGITS)} days)`
    : `hazard ${formatSignificant(hazard?.rate_per_day ?? Number.NaN, DIGITS)} per day (median ${formatSignificant(Math.LN2 / (hazard?.rate_per_day ?? Number.NaN), DIGITS)} days)`;
  return `Without drug, the reference patient has ${reference}.${centred} Log-likelihood ${formatSignificant(fit.logLikelihood, 6)}.`;
}

function endpointSubsection(fit: TwinModelFit): string {
  const lines = [`### ${fit.endpoint}`, "", rowsText(fit), "", coefficientTable(fit)];
  const shape = fit.model === "exponential" ? "constant hazard" : `shape ${formatSignificant(fit.shape ?? Number.NaN, DIGITS)}`;
  if (fit.hazardRatios.length > 0) lines.push("", `Proportional-hazards form (hazard ratio per unit of each covariate, delta-method SE; ${shape}):`, "", hazardRatioTable(fit));
  lines.push("", referenceText(fit));
  return lines.join("\n");
}

/**
 * The "Twin model" section: for every endpoint whose outcome without drug was fitted on real
 * patients (twin_model), which rows were fitted (selected, dropped, events), the coefficient
 * table with standard errors on the fitted scale, for time-to-event endpoints the hazard
 * ratios per unit with their intervals, and the reference patient the simulator starts from.
 * Undefined when no endpoint has a twin model.
 */
export function renderTwinModelSection(fits: readonly TwinModelFit[]): string | undefined {
  if (fits.length === 0) return undefined;
  return [
    "## Twin model",
    "",
    "Each patient's twin (its outcome without drug) and the control arm are simulated from a model fitted by maximum likelihood on real patients of the cohort, in place of stated parameters. The drug effect is added to it.",
    "",
    fits.map(endpointSubsection).join("\n\n"),
  ].join("\n");
}
