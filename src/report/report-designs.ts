import type { Design, Endpoint } from "../spec/schema.js";
import type { DesignResult, TrialPlan } from "../trial/index.js";
import { METHOD_NAMES, MEASURE_NAMES } from "./analysis-names.js";
import { designCharacteristics } from "./design-characteristics.js";
import { formatNumber } from "./format-number.js";
import { formatFixed, formatPercent, formatSignificant, renderMarkdownTable } from "./markdown-table.js";

const KIND_NAMES: Record<Design["kind"], string> = {
  randomised: "concurrent randomised",
  "single-arm-synthetic": "single arm + synthetic control",
  "external-control": "single arm + external control",
};

function kindName(design: Design): string {
  return design.kind === "randomised" && design.prognostic_score ? "randomised + PROCOVA" : KIND_NAMES[design.kind];
}

/** What a design assumes, in words a trial designer reads. */
function assumption(design: Design, endpoint: Endpoint, plan: TrialPlan): string {
  const ratio = design.allocation === undefined ? "1:1" : plan.arms.filter((arm) => arm.isControl).concat(plan.arms.filter((arm) => !arm.isControl)).map((arm) => design.allocation?.[arm.id] ?? 1).join(":");
  switch (design.kind) {
    case "randomised":
      return design.prognostic_score
        ? `Randomised ${ratio} (control:drug) with fewer concurrent controls, analysed with PROCOVA: the twin model's prediction of each patient's outcome without drug (its prognostic score) enters the analysis as a covariate. It assumes only what randomisation guarantees: the score is fixed before treatment, so it cannot bias the comparison even if the twin model is wrong; a good model shrinks the variance by about ρ², where ρ is the correlation between score and outcome. It keeps type I error under drift because the controls are concurrent.`
        : `Randomised ${ratio} (control:drug) with concurrent controls and a standard analysis: the reference. Randomisation makes the arms comparable in every factor, measured or not; it needs the most real patients.`;
    case "single-arm-synthetic":
      return `Every trial patient gets the drug; the control arm is made of their own digital twins, simulated without drug by the twin model fitted on historical patients. It assumes the twin model is right for today's patients: every prognostic factor is in the model and outcomes without drug have not drifted since the historical data. When they have, the synthetic controls are systematically off and the test rejects too often (see Drift above).`;
    case "external-control":
      return `Every trial patient gets the drug; the controls are real historical control patients${endpoint.twin_model?.rows === undefined ? "" : ` (${endpoint.twin_model.rows.column} ∈ {${endpoint.twin_model.rows.values.join(", ")}})`}, resampled each replicate and matched 1:1 to the trial patients by ${design.matching?.method === "mahalanobis" ? "Mahalanobis distance" : "propensity score (nearest neighbour on its logit)"}${design.matching?.caliper_sd === undefined ? "" : ` within a caliper of ${formatNumber(design.matching.caliper_sd)}${design.matching.method === "mahalanobis" ? "" : " SD"}`}. It assumes no unmeasured confounding: the matched covariates explain every difference between the historical and today's patients, and care has not changed since. Drift or an unmeasured factor breaks it.${design.historical_outcomes === "twin-model" ? " Here the historical patients' outcomes are drawn from the twin model, like the trial patients': what remains is the design's own bias (matching, drift), without the model's misfit to the real records." : " The historical outcomes are the real recorded ones, while the trial patients' come from the twin model: any misfit of the model to the real data shows up as bias too (compare historical_outcomes: twin-model)."}`;
  }
}

function rejection(rate: number | undefined, mcse: number | undefined): string {
  return rate === undefined ? "—" : `${formatPercent(rate)} ± ${formatPercent(mcse ?? Number.NaN)}`;
}

function patientsText(result: DesignResult): string {
  const { entry } = result;
  if (entry.design.kind === "randomised") return `${entry.trialPatients} (${entry.concurrentControls} controls)`;
  if (entry.design.kind === "external-control") return `${entry.trialPatients} (+ ${formatFixed(result.meanMatchedPairs, 1)} matched historical)`;
  return `${entry.trialPatients} (+ ${entry.trialPatients} synthetic twins)`;
}

function mainTable(results: readonly DesignResult[], alpha: number): string {
  const rows = results.map((result) => {
    const d = designCharacteristics(result);
    const c = d.primary?.characteristics;
    const n = d.nullPrimary?.characteristics;
    const inflated = n !== undefined && n.rejectionRate > alpha + 3 * n.rejectionRateMcse;
    return [
      result.entry.design.label ?? result.entry.design.id, kindName(result.entry.design), patientsText(result), d.primary === undefined ? "—" : METHOD_NAMES[d.primary.method].name,
      rejection(c?.rejectionRate, c?.rejectionRateMcse), `${rejection(n?.rejectionRate, n?.rejectionRateMcse)}${inflated ? " ⚠" : ""}`,
      formatSignificant(c?.bias ?? Number.NaN, 2), formatSignificant(c?.empiricalSe ?? Number.NaN, 3), rejection(c?.coverage, c?.coverageMcse),
    ];
  });
  return renderMarkdownTable(["design", "kind", "real patients enrolled", "primary analysis", "power ± MCSE", "type I error ± MCSE", "bias", "empirical SE", "CI coverage ± MCSE"], rows, [4, 5, 6, 7, 8]);
}

function procovaText(results: readonly DesignResult[]): string[] {
  return results.flatMap((result) => {
    if (result.unadjusted === undefined) return [];
    const d = designCharacteristics(result);
    const name = result.entry.design.label ?? result.entry.design.id;
    const rho = result.prognosticCorrelation;
    const predicted = Number.isNaN(rho) ? " For a Cox, logistic or count model the score does not shrink the SE of a ratio; it makes the estimated (conditional) effect larger, which is where the power comes from." : ` The prognostic score correlates with the outcome in the control arm with ρ = ${formatFixed(rho, 3)}, so n(1 − ρ²) predicts that ${formatPercent(d.predictedVarianceRatio)} of the patients give the same precision.`;
    return [`**${name}.** With the prognostic score the estimate's empirical variance is ${formatPercent(d.observedVarianceRatio)} of the same trials' variance without it (empirical SE ${formatSignificant(d.primary?.characteristics.empiricalSe ?? Number.NaN, 3)} vs ${formatSignificant(d.unadjustedPrimary?.characteristics.empiricalSe ?? Number.NaN, 3)}).${predicted}`, ""];
  });
}

function balanceText(results: readonly DesignResult[]): string[] {
  return results.flatMap((result) => {
    if (result.entry.design.kind !== "external-control" || result.balance.length === 0) return [];
    const name = result.entry.design.label ?? result.entry.design.id;
    const rows = result.balance.map((entry) => [entry.term, formatFixed(entry.before, 3), formatFixed(entry.after, 3)]);
    const failures = result.propensityFailures === 0 ? "" : ` In ${result.propensityFailures} replicates the propensity model could not be fitted and Mahalanobis matching was used.`;
    return [
      `**${name}: balance.** Mean standardized differences (trial − historical) over the replicates; |SMD| < 0.1 is the usual threshold of balance (Austin 2009). On average ${formatFixed(result.meanMatchedPairs, 1)} of ${result.entry.trialPatients} trial patients found a match; unmatched patients are left out of the analysis.${failures}`,
      "",
      renderMarkdownTable(["covariate", "SMD before matching", "SMD after matching"], rows, [1, 2]),
      "",
    ];
  });
}

function driftText(endpoint: Endpoint): string {
  const drift = endpoint.drift;
  if (drift === undefined || (drift.shift === 0 && drift.unmeasured_sd === 0)) return "The trial's patients follow the same model as the historical data (no drift): the setting in which borrowing is safe.";
  const scale = endpoint.type === "continuous" ? "change" : endpoint.type === "binary" ? "log odds" : endpoint.type === "count" ? "log rate" : "log hazard";
  const parts = [
    ...(drift.shift === 0 ? [] : [`a shift of ${formatNumber(drift.shift)} on the ${scale}`]),
    ...(drift.unmeasured_sd === 0 ? [] : [`an unmeasured prognostic factor with SD ${formatNumber(drift.unmeasured_sd)} on the ${scale}`]),
  ];
  return `**Drift.** Today's patients differ from the historical data behind the twin model and the external controls by ${parts.join(" and ")}, in both arms. Concurrent controls share it; synthetic twins and historical controls do not — which is why those designs can lose type I error control.`;
}

/**
 * The design comparison of report.md: one row per design (patients, power, type I error from
 * the null run, bias, empirical SE, coverage), what each design assumes, the PROCOVA variance
 * reduction against 1 − ρ², the external controls' balance, and the drift that was simulated.
 */
export function renderDesignComparison(plan: TrialPlan, results: readonly DesignResult[]): string {
  const designs = plan.spec.designs;
  const endpoint = plan.spec.endpoints.find((candidate) => candidate.id === designs?.endpoint) ?? plan.spec.endpoints[0];
  if (designs === undefined || endpoint === undefined) return "";
  const measure = designCharacteristics(results[0] as DesignResult).primary?.measure;
  const scale = measure === undefined ? "" : ` Bias and SE are on the ${MEASURE_NAMES[measure].stored} scale.`;
  const lines = [
    "## Design comparison",
    "",
    `Every design below ran on the same virtual patients in each of the ${plan.spec.trial.replicates} replicates, on the endpoint ${endpoint.label ?? endpoint.id}. Each patient is simulated both on drug and as its own twin without drug, so the true effect in each simulated trial is known exactly; bias is measured against it. Type I error comes from a null run of the same trials in which the drug does nothing (${designs.null_run ? "every treated patient shows its twin's outcome" : "not run: designs.null_run is false"}); ⚠ marks a type I error above α = ${formatNumber(plan.spec.trial.alpha)} by more than 3 Monte Carlo SEs.${scale}`,
    "",
    mainTable(results, plan.spec.trial.alpha),
    "",
    driftText(endpoint),
    "",
    ...procovaText(results),
    ...balanceText(results),
    "### What each design assumes",
    "",
    ...results.flatMap((result) => [`- **${result.entry.design.label ?? result.entry.design.id}** (${kindName(result.entry.design)}): ${assumption(result.entry.design, endpoint, plan)}`]),
  ];
  return lines.join("\n");
}
