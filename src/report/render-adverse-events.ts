import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const ADVERSE_EVENT_COLUMNS = ["replicate", "patient_id", "arm", "is_twin", "term", "label", "grade", "serious", "onset_h", "action_taken"];

function* eventRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) {
      const isControl = simulation.arm[patient] === plan.controlIndex;
      for (const isTwin of isControl ? [false] : [false, true]) {
        const arm = plan.arms[isTwin ? plan.controlIndex : (simulation.arm[patient] as number)];
        for (const [index, model] of plan.spec.adverse_events.entries()) {
          const outcome = simulation.adverseEvents[index];
          const grade = (isTwin ? outcome?.twinGrade : outcome?.grade)?.[patient] ?? 0;
          // The logistic incidence model says whether and how severe, not when nor whether
          // serious: onset and seriousness are NA until time-driven AE models exist.
          if (grade > 0) yield [simulation.replicate, patient + 1, arm?.id ?? null, isTwin, model.term, model.label ?? model.term, grade, null, null, "none"];
        }
      }
    }
  }
}

/** adverse_events.csv: one row per adverse event occurrence in the kept replicates. */
export function renderAdverseEvents(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderCsv(ADVERSE_EVENT_COLUMNS, eventRows(plan, kept));
}
