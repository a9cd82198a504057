import type { AdverseEventModel } from "../spec/schema.js";
import { ptOf, socOf, type PatientCourse, type ReplicateSimulation, type TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

export const ADVERSE_EVENT_COLUMNS = ["replicate", "patient_id", "arm", "is_twin", "term", "label", "grade", "serious", "onset_h", "action_taken"];

/** Columns a run with time-driven AE models adds: organ class, preferred term and how long the event lasted. */
export const TIMED_ADVERSE_EVENT_COLUMNS = ["soc", "pt", "duration_h"];

/** One event of a patient under one arm, before it becomes cells. */
export interface EventRow {
  readonly grade: number;
  readonly serious: boolean | null;
  readonly onsetH: number | null;
  readonly action: string;
  readonly durationH: number | null;
}

/**
 * The events of one term of one patient. A logistic model says whether and how severe, not
 * when nor whether serious: one row at the worst grade, onset and seriousness NA. A
 * time-driven model gives each occurrence in time order, with its onset, seriousness, the
 * dose action it caused and its duration until back to grade ≤ 1 (NA for a death).
 */
export function termEvents(model: AdverseEventModel, event: { grade: number; course: PatientCourse | undefined; index: number }): EventRow[] {
  if (event.course === undefined || model.model === "logistic") return event.grade > 0 ? [{ grade: event.grade, serious: null, onsetH: null, action: "none", durationH: null }] : [];
  return event.course.occurrences
    .filter((occurrence) => occurrence.term === event.index)
    .map((occurrence) => ({ grade: occurrence.grade, serious: occurrence.serious, onsetH: occurrence.onsetH, action: occurrence.action, durationH: Number.isFinite(occurrence.durationH) ? occurrence.durationH : null }));
}

function* eventRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  const isTimed = plan.timedTerms.length > 0;
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) {
      const isControl = simulation.arm[patient] === plan.controlIndex;
      for (const isTwin of isControl ? [false] : [false, true]) {
        const arm = plan.arms[isTwin ? plan.controlIndex : (simulation.arm[patient] as number)];
        const course = (isTwin ? simulation.courses?.twin : simulation.courses?.own)?.[patient];
        for (const [index, model] of plan.spec.adverse_events.entries()) {
          const outcome = simulation.adverseEvents[index];
          const grade = (isTwin ? outcome?.twinGrade : outcome?.grade)?.[patient] ?? 0;
          for (const row of termEvents(model, { grade, course, index })) {
            const cells: CsvCell[] = [simulation.replicate, patient + 1, arm?.id ?? null, isTwin, model.term, model.label ?? model.term, row.grade, row.serious, row.onsetH, row.action];
            yield isTimed ? [...cells, socOf(model), ptOf(model), row.durationH] : cells;
          }
        }
      }
    }
  }
}

/**
 * adverse_events.csv: one row per adverse event occurrence in the kept replicates, each
 * patient under its own arm, then (drug arms) its twin under control. With time-driven AE
 * models three columns follow: soc, pt and duration_h.
 */
export function renderAdverseEvents(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  const columns = plan.timedTerms.length > 0 ? [...ADVERSE_EVENT_COLUMNS, ...TIMED_ADVERSE_EVENT_COLUMNS] : ADVERSE_EVENT_COLUMNS;
  return renderCsv(columns, eventRows(plan, kept));
}
