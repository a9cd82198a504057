import type { Endpoint } from "../spec/schema.js";
import type { TrialPlan } from "../trial/index.js";
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
  const driver = effect.exposure === "effect-site" ? `the effect-site concentration (mg/L; ke0 ${formatNumber(effect.ke0_per_h ?? Number.NaN)} /h)` : (DRIVER_TEXT[effect.exposure] ?? effect.exposure);
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

function endpointLines(plan: TrialPlan): string[] {
  return plan.endpoints.map(({ endpoint, visitDays, primaryIndex }) => {
    const unit = endpoint.unit === undefined ? "" : ` (${endpoint.unit})`;
    const visits = visitDays.length === 1 ? `measured on day ${formatNumber(visitDays[0] ?? Number.NaN)}` : `measured on days ${visitDays.map(formatNumber).join(", ")}, analysed on day ${formatNumber(visitDays[primaryIndex] ?? Number.NaN)}`;
    return `- **${endpoint.label ?? endpoint.id}**${unit}: change from baseline (${endpoint.baseline_column}), ${visits}; placebo response ${formatNumber(endpoint.placebo_response)}, ${modelText(endpoint)}, residual SD ${formatNumber(endpoint.residual_sd)}.`;
  });
}

function adherenceLine(plan: TrialPlan): string[] {
  const adherence = plan.spec.adherence;
  if (adherence === undefined) return [];
  if (adherence.model === "constant") return [`- Adherence: each scheduled dose is missed with probability ${formatNumber(adherence.missed_dose_probability ?? 0)}.`];
  return [`- Adherence: each patient takes a dose with its own probability, drawn from a Beta distribution with mean ${formatNumber(adherence.mean_taken ?? 1)} and precision ${formatNumber(adherence.concentration ?? 1)}; the twin misses the same doses.`];
}

function analysisLine(plan: TrialPlan): string[] {
  const { spec } = plan;
  const control = plan.arms[plan.controlIndex];
  if (control === undefined || plan.endpoints.length === 0) return [];
  const methods = spec.analysis.methods.map((method) => (method === "welch" ? "Welch two-sample t-test" : `ANCOVA adjusted for ${spec.analysis.ancova_covariates.join(", ")}`)).join("; ");
  return [`- Analysis: ${methods}; ${spec.analysis.alternative} tests at α = ${formatNumber(spec.trial.alpha)}, ${formatNumber(100 * spec.analysis.confidence_level)}% confidence intervals; each drug arm against ${control.id}, no multiplicity adjustment.`];
}

/** The "Design" section: arms, population, endpoints and analysis as specified. */
export function renderDesignSection(plan: TrialPlan): string {
  const { spec } = plan;
  const allocation = plan.arms.map((arm) => arm.size / (plan.patientCount / plan.allocationBlock.length)).join(":");
  const randomised = plan.arms.length === 1 ? "" : `, randomised ${allocation} in permuted blocks of ${plan.allocationBlock.length}`;
  const twins = plan.controlIndex < 0 ? [] : ["- Every treated patient also has a **digital twin**: the same virtual patient (same covariates, same random effects, same residuals) simulated under the control arm. The mean of (patient − twin) over a treated arm is that trial's exact true effect."];
  return [
    "## Design",
    "",
    armTable(plan),
    "",
    `- ${plan.patientCount} virtual patients per simulated trial${randomised}; treatment period ${formatNumber(spec.trial.duration_days)} days.`,
    ...twins,
    ...adherenceLine(plan),
    ...endpointLines(plan),
    ...analysisLine(plan),
    `- ${spec.trial.replicates} simulated trials, seed ${spec.trial.seed}.`,
  ].join("\n");
}
