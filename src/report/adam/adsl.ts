import type { ReplicateSimulation, TrialPlan } from "../../trial/index.js";
import { armVariable, identifierVariables, studyDayOf, subjectsOf, type SubjectKey } from "./adam-subject.js";
import { flag, renderAdamDataset, type AdamDataset, type AdamVariable } from "./adam-variable.js";
import { covariateVariables } from "./adsl-covariates.js";
import { DISCONTINUATION_REASONS, dropoutOf, hasSimulatedDoses, isFirstEndpointObserved, isTreated, lastTreatmentDay } from "./subject-treatment.js";

function sourceVariables(plan: TrialPlan): AdamVariable<SubjectKey>[] {
  const sourceRow = ({ simulation, patient }: SubjectKey): number => simulation.population.sourceRow[patient] as number;
  return [
    { name: "SRCROW", label: "Row of the Real Patient in the Cohort CSV", type: "integer", values: "", derivation: "patients.csv source_row: the cohort row (header = row 1) the virtual patient was grown from; NA for a gaussian-copula patient", cell: (key) => (sourceRow(key) < 0 ? null : (plan.sourceRowNumbers[sourceRow(key)] ?? null)) },
    { name: "SRCID", label: "Id of the Real Patient in the Cohort", type: "text", values: "", derivation: "patients.csv source_id (cohort.id_column); NA for a gaussian-copula patient", cell: (key) => (sourceRow(key) < 0 ? null : (plan.sourceIds[sourceRow(key)] ?? null)) },
  ];
}

function treatmentVariables(plan: TrialPlan): AdamVariable<SubjectKey>[] {
  return [
    armVariable(plan, { name: "ARM", label: "Description of Planned Arm", show: "label" }),
    armVariable(plan, { name: "ARMCD", label: "Planned Arm Code", show: "id" }),
    armVariable(plan, { name: "ACTARM", label: "Description of Actual Arm", show: "label" }),
    armVariable(plan, { name: "ACTARMCD", label: "Actual Arm Code", show: "id" }),
    armVariable(plan, { name: "TRT01P", label: "Planned Treatment for Period 01", show: "label" }),
    armVariable(plan, { name: "TRT01PN", label: "Planned Treatment for Period 01 (N)", show: "number" }),
    armVariable(plan, { name: "TRT01A", label: "Actual Treatment for Period 01", show: "label" }),
    armVariable(plan, { name: "TRT01AN", label: "Actual Treatment for Period 01 (N)", show: "number" }),
  ];
}

function populationVariables(plan: TrialPlan): AdamVariable<SubjectKey>[] {
  return [
    { name: "RANDFL", label: "Randomized Population Flag", type: "text", values: "Y", derivation: "every virtual patient is randomised", cell: () => "Y" },
    { name: "ITTFL", label: "Intent-To-Treat Population Flag", type: "text", values: "Y", derivation: "every randomised patient", cell: () => "Y" },
    { name: "SAFFL", label: "Safety Population Flag", type: "text", values: "Y, N", derivation: "Y when the patient took at least one dose (patients.csv doses_taken > 0); placebo, and arms whose doses are not simulated (no pk section), count as treated", cell: (key) => flag(isTreated(plan, key)) },
    { name: "EFFFL", label: "Efficacy Population Flag", type: "text", values: "Y, N", derivation: "Y when SAFFL is Y and the trial observes the spec's first endpoint (the patient did not leave before its primary visit; always for a time-to-event endpoint)", cell: (key) => flag(isTreated(plan, key) && isFirstEndpointObserved(key)) },
  ];
}

function timingVariables(plan: TrialPlan): AdamVariable<SubjectKey>[] {
  const lastDay = (key: SubjectKey) => lastTreatmentDay(plan, key);
  return [
    { name: "ENTRYDY", label: "Calendar Day of Entry", type: "number", values: "days", derivation: "patients.csv entry_day: days from the trial's opening to the patient's entry (0 without an enrolment section); not a study day", cell: ({ simulation, patient }) => simulation.entryDays[patient] as number },
    { name: "TRTSDY", label: "Study Day of Start of Treatment", type: "integer", values: "", derivation: "1 (the day of the first dose) when SAFFL is Y, else NA. Study days replace TRTSDT: a simulation has no calendar dates", cell: (key) => (isTreated(plan, key) ? 1 : null) },
    { name: "TRTEDY", label: "Study Day of End of Treatment", type: "integer", values: "", derivation: "day of the last dose taken (floor(time in h / 24) + 1) when doses are simulated, else of the end of planned treatment; no later than the day the patient left or the analysis cutoff; NA when SAFFL is N", cell: lastDay },
    { name: "TRTDURD", label: "Total Treatment Duration (Days)", type: "integer", values: "days", derivation: "TRTEDY − TRTSDY + 1 (TRTSDY is 1)", cell: lastDay },
    { name: "NDOSEPL", label: "Number of Doses Planned", type: "integer", values: "", derivation: "patients.csv doses_planned: the administrations of the arm's regimen (0 without one)", cell: (key) => plan.arms[key.simulation.arm[key.patient] as number]?.dosing?.scheduled.length ?? 0 },
    { name: "NDOSETK", label: "Number of Doses Taken", type: "integer", values: "", derivation: "patients.csv doses_taken: after missed doses and dose modifications; NA when the doses are not simulated (no pk section), 0 without a regimen", cell: (key) => (hasSimulatedDoses(plan, key) ? (key.simulation.exposure[key.patient]?.doses.length ?? 0) : plan.arms[key.simulation.arm[key.patient] as number]?.dosing === undefined ? 0 : null) },
  ];
}

function dispositionVariables(): AdamVariable<SubjectKey>[] {
  const reasons = Object.values(DISCONTINUATION_REASONS).join(", ");
  return [
    { name: "EOSSTT", label: "End of Study Status", type: "text", values: "COMPLETED, DISCONTINUED", derivation: "DISCONTINUED when the patient left the trial early (patients.csv dropout other than none), else COMPLETED", cell: (key) => (dropoutOf(key) === undefined ? "COMPLETED" : "DISCONTINUED") },
    { name: "DCSREAS", label: "Reason for Discontinuation from Study", type: "text", values: reasons, derivation: "patients.csv dropout: death → DEATH, adverse-event → ADVERSE EVENT, lack-of-efficacy → LACK OF EFFICACY, withdrawal → WITHDRAWAL BY SUBJECT; NA when completed", cell: (key) => { const left = dropoutOf(key); return left === undefined ? null : DISCONTINUATION_REASONS[left.reason]; } },
    { name: "EOSDY", label: "Study Day of Discontinuation from Study", type: "integer", values: "", derivation: "floor(patients.csv dropout_day) + 1; NA when completed", cell: (key) => { const left = dropoutOf(key); return left === undefined ? null : studyDayOf(left.day * 24); } },
    { name: "DTHFL", label: "Subject Death Flag", type: "text", values: "Y", derivation: "Y when the patient died of a grade 5 adverse event (patients.csv dropout death), else NA", cell: (key) => (dropoutOf(key)?.reason === "death" ? "Y" : null) },
  ];
}

/** ADSL's variables for a plan: identifiers, source patient, arm, population flags, baseline covariates, treatment days, disposition. */
export function adslDataset(plan: TrialPlan): AdamDataset<SubjectKey> {
  const fixed = [...identifierVariables(plan), ...sourceVariables(plan), ...treatmentVariables(plan), ...populationVariables(plan)];
  const after = [...timingVariables(plan), ...dispositionVariables()];
  const covariates = covariateVariables(plan, new Set([...fixed, ...after].map((variable) => variable.name)));
  return { name: "ADSL", file: "adsl.csv", label: "Subject-Level Analysis Dataset", structure: "one row per subject (virtual patient of a kept replicate, under its allocated arm); keys SIMREP, USUBJID", variables: [...fixed, ...covariates, ...after] };
}

/** adam/adsl.csv: one row per subject of the kept replicates. */
export function renderAdsl(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderAdamDataset(adslDataset(plan), subjectsOf(kept));
}
