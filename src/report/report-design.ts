import type { ArmPlan, TrialPlan } from "../trial/index.js";
import { exposureUnit } from "../trial/index.js";
import { formatNumber } from "./format-number.js";
import { renderMarkdownTable } from "./markdown-table.js";

function describeRegimen(arm: ArmPlan): string {
  const regimen = arm.regimen;
  if (regimen === undefined) return "no drug";
  return `${formatNumber(regimen.dose_mg)} mg ${regimen.route} every ${formatNumber(regimen.interval_h)} h × ${regimen.n_doses ?? 1} doses`;
}

function armTable(plan: TrialPlan): string {
  const rows = plan.arms.map((arm) => [arm.id, arm.label, arm.isControl ? "control" : "treatment", describeRegimen(arm), String(arm.size)]);
  return renderMarkdownTable(["arm", "label", "role", "regimen", "patients per trial"], rows, [4]);
}

function endpointLines(plan: TrialPlan): string[] {
  return plan.spec.endpoints.map((endpoint) => {
    const unit = endpoint.unit === undefined ? "" : ` (${endpoint.unit})`;
    const effect = endpoint.drug_effect;
    const drug =
      effect === undefined
        ? "no drug effect"
        : `drug effect Emax = ${formatNumber(effect.emax)}, EC50 = ${formatNumber(effect.ec50)} ${exposureUnit(effect.exposure)} of ${effect.exposure}, Hill ${formatNumber(effect.hill)}`;
    return `- **${endpoint.label ?? endpoint.id}**${unit}: change from baseline (${endpoint.baseline_column}); placebo response ${formatNumber(endpoint.placebo_response)}, ${drug}, residual SD ${formatNumber(endpoint.residual_sd)}.`;
  });
}

/** The "Design" section: arms, population, endpoints and analysis as specified. */
export function renderDesignSection(plan: TrialPlan): string {
  const { spec } = plan;
  const allocation = plan.arms.map((arm) => arm.size / (plan.patientCount / plan.allocationBlock.length)).join(":");
  const pk = spec.pk;
  const pkLine =
    pk === undefined
      ? "- Pharmacokinetics: none (no arm is dosed)."
      : `- Pharmacokinetics: one-compartment model with first-order absorption (F = ${formatNumber(pk.bioavailability)}); typical ka ${formatNumber(pk.parameters.ka_per_h.typical)} 1/h, CL ${formatNumber(pk.parameters.clearance_l_per_h.typical)} L/h, V ${formatNumber(pk.parameters.volume_l.typical)} L; log-normal between-patient variability (CV ${formatNumber(pk.parameters.ka_per_h.cv)}, ${formatNumber(pk.parameters.clearance_l_per_h.cv)}, ${formatNumber(pk.parameters.volume_l.cv)}). Exposure metrics over the last dosing interval, exact closed form.`;
  return [
    "## Design",
    "",
    armTable(plan),
    "",
    `- ${plan.patientCount} virtual patients per simulated trial, randomised ${allocation} in permuted blocks of ${plan.allocationBlock.length}; treatment period ${formatNumber(spec.trial.duration_days)} days.`,
    `- Every treated patient also has a **digital twin**: the same virtual patient (same covariates, same random effects, same residual) simulated under the control arm. The mean of (patient − twin) over a treated arm is that trial's exact true effect.`,
    pkLine,
    ...endpointLines(plan),
    `- Analysis: ${spec.analysis.methods.map((method) => (method === "welch" ? "Welch two-sample t-test" : `ANCOVA adjusted for ${spec.analysis.ancova_covariates.join(", ")}`)).join("; ")}; ${spec.analysis.alternative} tests at α = ${formatNumber(spec.trial.alpha)}, ${formatNumber(100 * spec.analysis.confidence_level)}% confidence intervals; each drug arm against ${plan.arms[plan.controlIndex]?.id ?? "control"}, no multiplicity adjustment.`,
    `- ${spec.trial.replicates} simulated trials, seed ${spec.trial.seed}.`,
  ].join("\n");
}
