import { methodsOf } from "../spec/endpoint-type-rules.js";
import type { AnalysisMethod, Endpoint } from "../spec/schema.js";
import { familyOf, type TrialPlan } from "../trial/index.js";
import { METHOD_NAMES } from "./analysis-names.js";
import { describeRegimen } from "./describe-regimen.js";
import { formatNumber } from "./format-number.js";
import { renderMarkdownTable } from "./markdown-table.js";

function armTable(plan: TrialPlan): string {
  const role = (isControl: boolean): string => (isControl ? "control" : plan.arms.length === 1 ? "single arm" : "treatment");
  const rows = plan.arms.map((arm) => [arm.id, arm.label, role(arm.isControl), describeRegimen(arm.regimen), String(arm.size)]);
  return renderMarkdownTable(["arm", "label", "role", "regimen", "patients per trial"], rows, [4]);
}

const DRIVER_TEXT: Record<string, string> = {
  auc_tau: "AUC over the last dosing interval (mg·h/L)",
  auc_cumulative: "cumulative AUC (mg·h/L)",
  cavg: "average concentration over the last dosing interval (mg/L)",
  cmax: "Cmax over the last dosing interval (mg/L)",
  cmin: "Cmin over the last dosing interval (mg/L)",
  ctrough: "trough concentration (mg/L)",
  concentration: "the concentration at the visit (mg/L)",
};

function drugEffectText(endpoint: Endpoint): string {
  const effect = endpoint.drug_effect;
  if (effect === undefined) return "no direct drug effect";
  if (effect.model === "constant") return `drug effect ${formatNumber(effect.value ?? Number.NaN)} for every patient on drug`;
  const exposure = effect.exposure ?? "auc_tau";
  const driver = exposure === "effect-site" ? `the effect-site concentration (mg/L; ke0 ${formatNumber(effect.ke0_per_h ?? Number.NaN)} /h)` : (DRIVER_TEXT[exposure] ?? exposure);
  const form =
    effect.model === "linear" ? `linear model (slope ${formatNumber(effect.slope ?? Number.NaN)})`
    : effect.model === "log-linear" ? `log-linear model (slope ${formatNumber(effect.slope ?? Number.NaN)}, offset ${formatNumber(effect.offset)})`
    : `${effect.model === "emax" ? "Emax model" : `sigmoid Emax model (Hill ${formatNumber(effect.hill)}`}${effect.model === "emax" ? " (" : ", "}Emax ${formatNumber(effect.emax ?? Number.NaN)}, EC50 ${formatNumber(effect.ec50 ?? Number.NaN)})`;
  return `drug effect: ${form} on ${driver}`;
}

function modelText(endpoint: Endpoint): string {
  if (endpoint.model === "indirect-response") {
    const model = endpoint.indirect_response;
    const type = ["", "drug inhibits production", "drug inhibits loss", "drug stimulates production", "drug stimulates loss"][model?.type ?? 0];
    return `indirect response type ${model?.type} (${type}), kout ${formatNumber(model?.kout_per_h ?? Number.NaN)} /h`;
  }
  if (endpoint.model === "disease-progression") {
    const progression = endpoint.progression;
    return `disease progression (${progression?.model}, ${formatNumber(progression?.rate_per_day ?? Number.NaN)} per day), drug ${progression?.drug_action === "protective" ? "slows progression" : "offsets the value"}; ${drugEffectText(endpoint)}`;
  }
  return drugEffectText(endpoint);
}

function covariateText(endpoint: Endpoint): string {
  const covariates = endpoint.covariates ?? [];
  if (covariates.length === 0) return "";
  const terms = covariates.map((term, index) => {
    const sign = term.coefficient < 0 ? " − " : index === 0 ? "" : " + ";
    return `${index === 0 && term.coefficient < 0 ? "−" : sign}${formatNumber(Math.abs(term.coefficient))}·(${term.transform === "log" ? `ln ${term.column}` : term.column} − ${formatNumber(term.reference)})`;
  });
  return `, covariates ${terms.join("")}`;
}

function cutoffText(plan: TrialPlan): string {
  const cutoff = plan.spec.analysis.cutoff;
  if (cutoff?.events !== undefined) return `analysed when ${cutoff.events} events have occurred`;
  return `analysed on day ${formatNumber(cutoff?.day ?? plan.spec.trial.duration_days)} after the first patient entered`;
}

/** A constant effect on a log scale, also as the ratio it makes. */
function ratioNote(endpoint: Endpoint, ratio: string): string {
  const effect = endpoint.drug_effect;
  return effect?.model === "constant" && effect.value !== undefined ? ` (${ratio} ${formatNumber(Number(Math.exp(effect.value).toPrecision(6)))})` : "";
}

function typeText(plan: TrialPlan, endpoint: Endpoint): string {
  if (endpoint.type === "binary") {
    const responder = endpoint.responder;
    if (responder !== undefined) return `responder if the change in ${responder.endpoint} is ${responder.direction === "above" ? "≥" : "≤"} ${formatNumber(responder.threshold)} at its primary visit`;
    return `event with probability logistic(${formatNumber(endpoint.logistic?.intercept ?? Number.NaN)}${covariateText(endpoint)} + drug effect on the log-odds), ${drugEffectText(endpoint)}${ratioNote(endpoint, "odds ratio")}`;
  }
  if (endpoint.type === "time-to-event") {
    const hazard = endpoint.baseline_hazard;
    const form = hazard?.model === "weibull" ? `Weibull (shape ${formatNumber(hazard.shape ?? Number.NaN)}${hazard.median_days === undefined ? `, scale ${formatNumber(hazard.scale_days ?? Number.NaN)} days` : `, median ${formatNumber(hazard.median_days)} days`})` : `exponential (${hazard?.median_days === undefined ? `rate ${formatNumber(hazard?.rate_per_day ?? Number.NaN)} per day` : `median ${formatNumber(hazard.median_days)} days`})`;
    return `time to event: ${form} baseline hazard${covariateText(endpoint)}, proportional hazards with ${drugEffectText(endpoint)} on the log hazard${ratioNote(endpoint, "hazard ratio")}; random dropout ${formatNumber(endpoint.dropout_rate_per_year ?? 0)} per year; ${cutoffText(plan)}`;
  }
  return `count over the treatment period: ${endpoint.count_model === "negative-binomial" ? `negative binomial (θ ${formatNumber(endpoint.dispersion ?? Number.NaN)})` : "Poisson"}, ${formatNumber(endpoint.rate_per_year ?? Number.NaN)} per year${covariateText(endpoint)}, ${drugEffectText(endpoint)} on the log rate${ratioNote(endpoint, "rate ratio")}`;
}

function endpointLines(plan: TrialPlan): string[] {
  return plan.endpoints.map(({ endpoint, visitDays, primaryIndex }) => {
    const unit = endpoint.unit === undefined ? "" : ` (${endpoint.unit})`;
    if (endpoint.type !== "continuous") return `- **${endpoint.label ?? endpoint.id}**${unit}: ${typeText(plan, endpoint)}.`;
    const visits = visitDays.length === 1 ? `measured on day ${formatNumber(visitDays[0] ?? Number.NaN)}` : `measured on days ${visitDays.map(formatNumber).join(", ")}, analysed on day ${formatNumber(visitDays[primaryIndex] ?? Number.NaN)}`;
    return `- **${endpoint.label ?? endpoint.id}**${unit}: change from baseline (${endpoint.baseline_column}), ${visits}; placebo response ${formatNumber(endpoint.placebo_response ?? 0)}, ${modelText(endpoint)}, residual SD ${formatNumber(endpoint.residual_sd ?? Number.NaN)}.`;
  });
}

function adherenceLine(plan: TrialPlan): string[] {
  const adherence = plan.spec.adherence;
  if (adherence === undefined) return [];
  if (adherence.model === "constant") return [`- Adherence: each scheduled dose is missed with probability ${formatNumber(adherence.missed_dose_probability ?? 0)}.`];
  return [`- Adherence: each patient takes a dose with its own probability, drawn from a Beta distribution with mean ${formatNumber(adherence.mean_taken ?? 1)} and precision ${formatNumber(adherence.concentration ?? 1)}; the twin misses the same doses.`];
}

function methodText(spec: TrialPlan["spec"], method: AnalysisMethod): string {
  const { analysis } = spec;
  const name = METHOD_NAMES[method].name;
  const adjusted = analysis.adjustment_covariates.length === 0 ? "" : ` adjusted for ${analysis.adjustment_covariates.join(", ")}`;
  const strata = analysis.strata.length === 0 ? "" : ` stratified by ${analysis.strata.join(", ")}`;
  switch (method) {
    case "ancova":
      return `${name} adjusted for ${analysis.ancova_covariates.join(", ")}`;
    case "logistic":
    case "poisson":
    case "negative-binomial":
      return `${name}${adjusted}`;
    case "logrank":
      return `${name}${strata} (hazard ratio from the unadjusted Cox model)`;
    case "cox":
      return `${name}${adjusted}${strata}, ${analysis.cox_ties === "efron" ? "Efron" : "Breslow"} ties`;
    default:
      return name;
  }
}

function enrolmentLine(plan: TrialPlan): string[] {
  const periods = plan.spec.enrolment?.periods;
  if (periods === undefined) return [];
  const text = periods.map((period) => `${formatNumber(period.patients_per_month)} per month${period.months === undefined ? "" : ` for ${formatNumber(period.months)} months`}`).join(", then ");
  return [`- Enrolment: patients enter as a Poisson process, ${text} (months of 30.4375 days), until all ${plan.patientCount} have entered.`];
}

function analysisLine(plan: TrialPlan): string[] {
  const { spec } = plan;
  const control = plan.arms[plan.controlIndex];
  if (control === undefined || plan.endpoints.length === 0) return [];
  const perEndpoint = spec.endpoints.map((endpoint) => {
    const methods = methodsOf(spec, endpoint).map((method, index) => `${methodText(spec, method)}${index === 0 ? " (primary)" : ""}`);
    const alternative = endpoint.alternative ?? spec.analysis.alternative;
    const sides = alternative === "two-sided" ? "two-sided tests" : `one-sided tests (${alternative === "greater" ? "drug > control" : "drug < control"})`;
    return `  - ${endpoint.label ?? endpoint.id}: ${methods.join("; ")}; ${sides}.`;
  });
  const { multiplicity } = spec.analysis;
  const family = familyOf(plan);
  const adjustment = family.length < 2 || multiplicity.method === "none" ? "no multiplicity adjustment" : `primary analyses adjusted by ${multiplicity.method} over ${family.join(", ")}`;
  return [`- Analysis: each drug arm against ${control.id} at α = ${formatNumber(spec.trial.alpha)}, ${formatNumber(100 * spec.analysis.confidence_level)}% confidence intervals, ${adjustment}.`, ...perEndpoint];
}

/** The "Design" section: arms, population, endpoints and analysis as specified. */
export function renderDesignSection(plan: TrialPlan): string {
  const { spec } = plan;
  const allocation = plan.arms.map((arm) => arm.size / (plan.patientCount / plan.allocationBlock.length)).join(":");
  const randomised = plan.arms.length === 1 ? "" : `, randomised ${allocation} in permuted blocks of ${plan.allocationBlock.length}`;
  const twins = plan.controlIndex < 0 ? [] : ["- Every treated patient also has a **digital twin**: the same virtual patient (same covariates, same random effects, same residuals) simulated under the control arm. Each analysis applied to the treated patients' own outcomes and their twins' gives that trial's true effect (for a difference in means: the mean of patient − twin)."];
  return [
    "## Design",
    "",
    armTable(plan),
    "",
    `- ${plan.patientCount} virtual patients per simulated trial${randomised}; treatment period ${formatNumber(spec.trial.duration_days)} days.`,
    ...twins,
    ...adherenceLine(plan),
    ...enrolmentLine(plan),
    ...endpointLines(plan),
    ...analysisLine(plan),
    `- ${spec.trial.replicates} simulated trials, seed ${spec.trial.seed}.`,
  ].join("\n");
}
