import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const CONCENTRATION_COLUMNS = ["replicate", "patient_id", "arm", "time_h", "concentration_mg_per_l", "observed_mg_per_l"];

function* concentrationRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  for (const simulation of kept) {
    const sampled = simulation.concentrations;
    if (sampled === undefined) continue;
    for (let patient = 0; patient < simulation.population.size; patient++) {
      const truth = sampled.trueMgPerL[patient];
      const observed = sampled.observedMgPerL[patient];
      if (truth === null || truth === undefined) continue;
      const arm = plan.arms[simulation.arm[patient] as number]?.id ?? null;
      for (let index = 0; index < plan.samplingTimesH.length; index++) {
        yield [simulation.replicate, patient + 1, arm, plan.samplingTimesH[index] as number, truth[index] as number, observed?.[index] ?? null];
      }
    }
  }
}

/**
 * concentrations.csv: the drug concentration of every dosed patient of the kept
 * replicates at the spec's sampling times: the true value and the observed one (with the
 * residual error model).
 */
export function renderConcentrations(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderCsv(CONCENTRATION_COLUMNS, concentrationRows(plan, kept));
}
