import { describeRegimen, formatNumber } from "../report/index.js";
import { methodsOf } from "../spec/endpoint-type-rules.js";
import type { ArmPlan, TrialPlan } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { prepareTrial } from "./prepare-trial.js";

function describeArm(arm: ArmPlan, singleArm: boolean): string {
  const role = arm.isControl ? "control" : singleArm ? "single arm" : "treatment";
  return `  ${arm.id} (${role}): ${describeRegimen(arm.regimen)}, ${arm.size} patients per trial`;
}

/** What a run of this plan would do, in a few lines. */
export function renderPlan(plan: TrialPlan, specFile: string): string {
  const { spec, eligible } = plan;
  const excluded = eligible.attrition.slice(1).filter((step) => step.excluded > 0).map((step) => `${step.criterion}: −${step.excluded}`);
  const lines = [
    `${specFile}: ok`,
    `trial ${spec.trial.id}: ${spec.trial.title}`,
    `cohort ${spec.cohort.file}: ${eligible.cohort.rowCount} patients, ${plan.table.rowCount} eligible${excluded.length > 0 ? ` (${excluded.join("; ")})` : ""}`,
    `population: ${spec.population.method}, ${plan.patientCount} virtual patients per trial, each treated patient with a twin under control`,
    "arms:",
    ...plan.arms.map((arm) => describeArm(arm, plan.arms.length === 1)),
    `endpoints: ${spec.endpoints.map((endpoint) => `${endpoint.id} (${endpoint.type}: ${methodsOf(spec, endpoint).join(", ")}; ${endpoint.alternative ?? spec.analysis.alternative})`).join(", ")}; alpha ${formatNumber(spec.trial.alpha)}, multiplicity ${spec.analysis.multiplicity.method}`,
    `adverse events: ${spec.adverse_events.length === 0 ? "none" : spec.adverse_events.map((event) => event.term).join(", ")}`,
    ...plan.twinFits.map((fit) => `twin model of ${fit.endpoint}: ${fit.model}, fitted on ${fit.fittedCount} real patients (${fit.selection})`),
    ...(spec.designs === undefined ? [] : [`designs on ${spec.designs.endpoint ?? spec.endpoints[0]?.id}: ${spec.designs.candidates.map((design) => `${design.id} (${design.kind}${design.prognostic_score ? " + prognostic score" : ""}, ${design.n_total ?? design.n_treated} trial patients)`).join(", ")}`]),
    `replicates: ${spec.trial.replicates}, seed ${spec.trial.seed}, results folder: results/${spec.trial.id}`,
  ];
  return `${lines.join("\n")}\n`;
}

export interface ValidateOptions {
  readonly seed?: string;
  readonly replicates?: string;
  readonly json: boolean;
}

/** `twin-trial validate`: checks spec and cohort and says what a run would do. */
export function validateCommand(specFile: string, options: ValidateOptions, io: CliIo): void {
  const { plan } = prepareTrial(specFile, options);
  if (!options.json) {
    io.stdout.write(renderPlan(plan, specFile));
    return;
  }
  const { spec } = plan;
  const summary = {
    ok: true,
    trial: spec.trial.id,
    eligible_patients: plan.table.rowCount,
    cohort_patients: plan.eligible.cohort.rowCount,
    patients_per_trial: plan.patientCount,
    arms: plan.arms.map((arm) => ({ id: arm.id, control: arm.isControl, patients: arm.size, dose_mg: arm.regimen?.dose_mg ?? null, interval_h: arm.regimen?.interval_h ?? null, doses: arm.regimen?.n_doses ?? 0 })),
    replicates: spec.trial.replicates,
    seed: spec.trial.seed,
  };
  io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
