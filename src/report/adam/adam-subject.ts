import type { ArmPlan, ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import type { AdamVariable } from "./adam-variable.js";

/**
 * One subject: a virtual patient of a kept replicate under its allocated arm. Twins (the same
 * patient simulated under control) are counterfactual, not subjects a trial could observe:
 * the ADaM datasets leave them out (patients.csv has them).
 */
export interface SubjectKey {
  readonly simulation: ReplicateSimulation;
  /** 0-based index in the replicate; SUBJID is patient + 1, patients.csv's patient_id. */
  readonly patient: number;
}

/** Every subject of the kept replicates, replicate by replicate, in patient order. */
export function* subjectsOf(kept: readonly ReplicateSimulation[]): Generator<SubjectKey> {
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) yield { simulation, patient };
  }
}

/**
 * The unique subject id across the kept replicates: trial id, replicate, patient number. It
 * comes from the replicate index and patient order, never from a clock.
 *
 * @example uniqueSubjectId("pbc-phase2", 2, 17) // "pbc-phase2-R2-17"
 */
export function uniqueSubjectId(trialId: string, replicate: number, patientNumber: number): string {
  return `${trialId}-R${replicate}-${patientNumber}`;
}

/**
 * The CDISC study day of a time after the first dose: day 1 is the first 24 h from the first
 * dose, and there is no day 0.
 *
 * @example studyDayOf(30) // 2
 */
export function studyDayOf(hoursAfterFirstDose: number): number {
  return Math.floor(hoursAfterFirstDose / 24) + 1;
}

/** The subject's allocated arm. */
export function armOf(plan: TrialPlan, key: SubjectKey): ArmPlan | undefined {
  return plan.arms[key.simulation.arm[key.patient] as number];
}

/** STUDYID, USUBJID, SUBJID and SIMREP: what identifies a subject in every dataset. */
export function identifierVariables(plan: TrialPlan): AdamVariable<SubjectKey>[] {
  const id = plan.spec.trial.id;
  return [
    { name: "STUDYID", label: "Study Identifier", type: "text", values: id, derivation: "trial.id of the spec", cell: () => id },
    { name: "USUBJID", label: "Unique Subject Identifier", type: "text", values: "", derivation: `\`<STUDYID>-R<SIMREP>-<SUBJID>\`, e.g. \`${uniqueSubjectId(id, 1, 1)}\`: unique across the kept replicates`, cell: ({ simulation, patient }) => uniqueSubjectId(id, simulation.replicate, patient + 1) },
    { name: "SUBJID", label: "Subject Identifier for the Study", type: "text", values: "", derivation: "patient number within the replicate (patients.csv patient_id)", cell: ({ patient }) => patient + 1 },
    { name: "SIMREP", label: "Simulated Trial (Replicate) Number", type: "integer", values: "", derivation: "the replicate the subject belongs to (patients.csv replicate): the first outputs.keep_replicates simulated trials", cell: ({ simulation }) => simulation.replicate },
  ];
}

/** The arms as a codelist: "1 = placebo (Placebo), 2 = …". */
function armCodelist(plan: TrialPlan): string {
  return plan.arms.map((arm) => `${arm.index + 1} = ${arm.id} (${arm.label})`).join("; ");
}

/** Planned or actual treatment of a subject: the arm's label, id or number. Nobody is misallocated, so planned and actual agree. */
export function armVariable(plan: TrialPlan, variable: { name: string; label: string; show: "label" | "id" | "number" }): AdamVariable<SubjectKey> {
  const { name, label, show } = variable;
  if (show === "number") return { name, label, type: "integer", values: armCodelist(plan), derivation: "1-based position of the subject's arm in the spec's arms", cell: (key) => (armOf(plan, key)?.index ?? Number.NaN) + 1 };
  if (show === "id") return { name, label, type: "text", values: plan.arms.map((arm) => arm.id).join(", "), derivation: "id of the subject's arm (patients.csv arm)", cell: (key) => armOf(plan, key)?.id ?? null };
  return { name, label, type: "text", values: plan.arms.map((arm) => arm.label).join("; "), derivation: "label of the subject's arm (arms[].label, else its id)", cell: (key) => armOf(plan, key)?.label ?? null };
}

/** TRTP, TRTPN, TRTA, TRTAN: the treatment of a BDS or occurrence dataset row. */
export function rowTreatmentVariables(plan: TrialPlan, which: readonly ("planned" | "actual")[]): AdamVariable<SubjectKey>[] {
  return which.flatMap((kind) => {
    const letter = kind === "planned" ? "P" : "A";
    const word = kind === "planned" ? "Planned" : "Actual";
    return [armVariable(plan, { name: `TRT${letter}`, label: `${word} Treatment`, show: "label" }), armVariable(plan, { name: `TRT${letter}N`, label: `${word} Treatment (N)`, show: "number" })];
  });
}
