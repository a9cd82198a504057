import type { AdverseEventModel } from "../../spec/schema.js";
import { ptOf, socOf, type ReplicateSimulation, type TrialPlan } from "../../trial/index.js";
import { termEvents, type EventRow } from "../render-adverse-events.js";
import { identifierVariables, rowTreatmentVariables, studyDayOf, subjectsOf, type SubjectKey } from "./adam-subject.js";
import { renderAdamDataset, type AdamDataset, type AdamVariable } from "./adam-variable.js";

/** One adverse event occurrence of a subject (adverse_events.csv's row, twins left out). */
export interface AdverseEventRow extends SubjectKey {
  readonly model: AdverseEventModel;
  readonly event: EventRow;
  /** 1-based within the subject, in adverse_events.csv's order (spec term order, then time). */
  readonly sequence: number;
}

/** The CDISC ACN term of each dose action (AEACN); an interruption followed by a reduction is two actions: MULTIPLE. */
const ACTIONS: Readonly<Record<string, string>> = {
  none: "DOSE NOT CHANGED",
  interrupted: "DRUG INTERRUPTED",
  reduced: "DOSE REDUCED",
  "interrupted-reduced": "MULTIPLE",
  discontinued: "DRUG WITHDRAWN",
};

function eventVariables(): AdamVariable<AdverseEventRow>[] {
  return [
    { name: "AESEQ", label: "Sequence Number", type: "integer", values: "", derivation: "1, 2, … over the subject's rows, in adverse_events.csv's order (spec term order, then onset)", cell: (row) => row.sequence },
    { name: "AETERM", label: "Reported Term for the Adverse Event", type: "text", values: "", derivation: "adverse_events.csv label: the term's label in the spec (else its id)", cell: (row) => row.model.label ?? row.model.term },
    { name: "AEDECOD", label: "Dictionary-Derived Term", type: "text", values: "", derivation: "adverse_events.csv pt: the term's pt in the spec, else its label (MedDRA-style, from the spec: no dictionary is shipped)", cell: (row) => ptOf(row.model) },
    { name: "AEBODSYS", label: "Body System or Organ Class", type: "text", values: "", derivation: "adverse_events.csv soc: the term's soc in the spec, else Unclassified", cell: (row) => socOf(row.model) },
    { name: "AETOXGR", label: "Standard Toxicity Grade", type: "text", values: "1, 2, 3, 4, 5 (CTCAE)", derivation: "adverse_events.csv grade: the grade of the occurrence (a logistic term: the patient's worst grade)", cell: (row) => row.event.grade },
    { name: "AESER", label: "Serious Event", type: "text", values: "Y, N", derivation: "adverse_events.csv serious (grade ≥ serious_from_grade): true → Y, false → N; NA for a logistic term, which says whether and how severe, not whether serious", cell: (row) => (row.event.serious === null ? null : row.event.serious ? "Y" : "N") },
    { name: "AEACN", label: "Action Taken with Study Treatment", type: "text", values: Object.values(ACTIONS).join(", "), derivation: "adverse_events.csv action_taken: none → DOSE NOT CHANGED, interrupted → DRUG INTERRUPTED, reduced → DOSE REDUCED, interrupted-reduced → MULTIPLE, discontinued → DRUG WITHDRAWN", cell: (row) => ACTIONS[row.event.action] ?? row.event.action },
  ];
}

function timingVariables(): AdamVariable<AdverseEventRow>[] {
  const onsetH = (row: AdverseEventRow): number | null => row.event.onsetH;
  const durationH = (row: AdverseEventRow): number | null => row.event.durationH;
  return [
    { name: "ASTDY", label: "Analysis Start Relative Day", type: "integer", values: "", derivation: "floor(AONSETH / 24) + 1 (day 1 = the day of the first dose); NA for a logistic term", cell: (row) => { const onset = onsetH(row); return onset === null ? null : studyDayOf(onset); } },
    { name: "AENDY", label: "Analysis End Relative Day", type: "integer", values: "", derivation: "floor((AONSETH + ADURN) / 24) + 1; NA without a duration (a death, a logistic term)", cell: (row) => { const onset = onsetH(row); const duration = durationH(row); return onset === null || duration === null ? null : studyDayOf(onset + duration); } },
    { name: "AONSETH", label: "Onset Time Since First Dose", type: "number", values: "h", derivation: "adverse_events.csv onset_h; NA for a logistic term", cell: onsetH },
    { name: "ADURN", label: "Analysis Duration (N)", type: "number", values: "", derivation: "adverse_events.csv duration_h: until the grade is back to ≤ 1; NA for a death and for a logistic term", cell: durationH },
    { name: "ADURU", label: "Analysis Duration Units", type: "text", values: "HOURS", derivation: "HOURS where ADURN has a value, else NA", cell: (row) => (durationH(row) === null ? null : "HOURS") },
    { name: "TRTEMFL", label: "Treatment Emergent Analysis Flag", type: "text", values: "Y", derivation: "Y: the simulation has no events before the first dose", cell: () => "Y" },
  ];
}

/** ADAE's variables for a plan. */
export function adaeDataset(plan: TrialPlan): AdamDataset<AdverseEventRow> {
  return { name: "ADAE", file: "adae.csv", label: "Adverse Events Analysis Dataset", structure: "one row per adverse event occurrence of a subject (adverse_events.csv without the twin rows); keys SIMREP, USUBJID, AESEQ", variables: [...identifierVariables(plan), ...rowTreatmentVariables(plan, ["actual"]), ...eventVariables(), ...timingVariables()] };
}

/** Every subject's events, in adverse_events.csv's order (its own arm's rows; twins left out). */
export function* adverseEventRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<AdverseEventRow> {
  for (const key of subjectsOf(kept)) {
    const { simulation, patient } = key;
    const course = simulation.courses?.own[patient];
    let sequence = 0;
    for (const [index, model] of plan.spec.adverse_events.entries()) {
      const grade = simulation.adverseEvents[index]?.grade[patient] ?? 0;
      for (const event of termEvents(model, { grade, course, index })) yield { ...key, model, event, sequence: ++sequence };
    }
  }
}

/** adam/adae.csv: the adverse events of the kept replicates' subjects. */
export function renderAdae(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderAdamDataset(adaeDataset(plan), adverseEventRows(plan, kept));
}
