import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";
import { hasTwin } from "./render-patients.js";

export const VISIT_COLUMNS = ["replicate", "patient_id", "arm", "is_twin", "endpoint", "visit_day", "baseline", "value", "change"];

function* patientVisitRows(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, isTwin: boolean): Generator<CsvCell[]> {
  const arm = plan.arms[isTwin ? plan.controlIndex : (simulation.arm[patient] as number)]?.id ?? null;
  for (const [index, endpointPlan] of plan.endpoints.entries()) {
    const outcome = simulation.endpoints[index];
    if (outcome?.type !== "continuous") continue;
    const baseline = outcome.baseline[patient] as number;
    const changes = isTwin ? outcome.twinVisitChanges : outcome.visitChanges;
    for (const [visit, day] of endpointPlan.visitDays.entries()) {
      const change = changes[visit]?.[patient] ?? Number.NaN;
      yield [simulation.replicate, patient + 1, arm, isTwin, endpointPlan.endpoint.id, day, baseline, baseline + change, change];
    }
  }
}

function* visitRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) {
      yield* patientVisitRows(plan, simulation, patient, false);
      if (hasTwin(plan, simulation, patient)) yield* patientVisitRows(plan, simulation, patient, true);
    }
  }
}

/** visits.csv: every endpoint at every visit, for each patient (and twin) of the kept replicates. */
export function renderVisits(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderCsv(VISIT_COLUMNS, visitRows(plan, kept));
}
