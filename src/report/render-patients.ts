import type { Endpoint } from "../spec/schema.js";
import { relativeDoseIntensity, type EndpointOutcome, type ExposureMetrics, type PatientArmExposure, type ReplicateSimulation, type TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

/** Columns of a patient's course under time-driven AE models: dose delivered / planned, and when the drug was stopped for good. */
const TIMED_COURSE_COLUMNS = ["relative_dose_intensity", "discontinued_h"];

const EXPOSURE_COLUMNS = ["cmax_mg_per_l", "tmax_after_dose_h", "cmin_mg_per_l", "ctrough_mg_per_l", "auc_tau_mg_h_per_l", "cavg_mg_per_l", "auc_cumulative_mg_h_per_l"];

/** Column names of patients.csv for a plan (covariates, parameters, endpoints and AE terms vary by spec). */
export function patientColumns(plan: TrialPlan): string[] {
  return [
    "replicate", "patient_id", "source_row", "source_id", "arm", "is_twin", "entry_day",
    ...plan.columns.map((column) => column.name),
    ...(plan.parameterModel?.names ?? []),
    "doses_planned", "doses_taken", "missed_doses", "dose_mg",
    ...EXPOSURE_COLUMNS,
    ...(plan.spec.pk?.threshold_mg_per_l === undefined ? [] : ["time_above_threshold_h"]),
    ...plan.spec.endpoints.flatMap(endpointColumns),
    ...plan.spec.adverse_events.map((event) => `ae_${event.term}_grade`),
    "worst_ae_grade", "dose_modifications", "dropout",
    ...(plan.timedTerms.length > 0 ? TIMED_COURSE_COLUMNS : []),
    ...(hasDropout(plan) ? ["dropout_day"] : []),
  ];
}

/** The columns of one endpoint: by type. */
function endpointColumns(endpoint: Endpoint): string[] {
  const id = endpoint.id;
  if (endpoint.type === "binary") return [`${id}_response`];
  if (endpoint.type === "time-to-event") return [`${id}_time_days`, `${id}_event`];
  if (endpoint.type === "count") return [`${id}_count`, `${id}_exposure_years`];
  return [`${id}_baseline`, `${id}_value`, `${id}_change`];
}

function endpointCells(outcome: EndpointOutcome, patient: number, isTwin: boolean): CsvCell[] {
  if (outcome.type === "binary") return [(isTwin ? outcome.twinResponse : outcome.response)[patient] as number];
  if (outcome.type === "time-to-event") return [(isTwin ? outcome.twinTimeDays : outcome.timeDays)[patient] as number, (isTwin ? outcome.twinEvent : outcome.event)[patient] === 1];
  if (outcome.type === "count") return [(isTwin ? outcome.twinCount : outcome.count)[patient] as number, outcome.exposureYears[patient] as number];
  const baseline = outcome.baseline[patient] as number;
  const change = (isTwin ? outcome.twinChange : outcome.change)[patient] as number;
  return [baseline, baseline + change, change];
}

/** A patient's value of one cohort column as patients.csv writes it: the level of a category, true/false, a number; null when missing. */
export function covariateCell(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, column: TrialPlan["columns"][number]): CsvCell {
  if (column.type === "category") {
    const code = simulation.population.categorical.get(column.name)?.[patient] ?? -1;
    return code < 0 ? null : (plan.levels.get(column.name)?.[code] ?? null);
  }
  const value = simulation.population.numeric.get(column.name)?.[patient] ?? Number.NaN;
  if (Number.isNaN(value)) return null;
  return column.type === "boolean" ? value === 1 : value;
}

function covariateCells(plan: TrialPlan, simulation: ReplicateSimulation, patient: number): CsvCell[] {
  return plan.columns.map((column) => covariateCell(plan, simulation, patient, column));
}

function exposureCells(metrics: ExposureMetrics | undefined): CsvCell[] {
  if (metrics === undefined) return EXPOSURE_COLUMNS.map(() => 0);
  return [metrics.cmaxMgPerL, metrics.tmaxAfterDoseH, metrics.cminMgPerL, metrics.ctroughMgPerL, metrics.aucTauMgHPerL, metrics.cavgMgPerL, metrics.aucCumulativeMgHPerL];
}

function doseCells(plan: TrialPlan, armIndex: number, exposure: PatientArmExposure | null): CsvCell[] {
  const planned = plan.arms[armIndex]?.dosing?.scheduled.length ?? 0;
  if (exposure === null) return [planned, 0, "", 0];
  // Missed doses by number, 1 = the first dose of the regimen.
  return [planned, exposure.doses.length, exposure.missedIndexes.map((index) => index + 1).join(";"), exposure.amountMg];
}

/** Whether patients can leave the trial early: a dropout section, or time-driven AE models (a death ends follow-up). */
function hasDropout(plan: TrialPlan): boolean {
  return plan.spec.dropout !== undefined || plan.timedTerms.length > 0;
}

/**
 * What adverse events did to a patient's treatment, and whether it left the trial: the number
 * of events that changed the dose (an interruption, a reduction or both, or discontinuation:
 * one each), the dropout reason (death, adverse-event, lack-of-efficacy, withdrawal, else
 * "none"; a twin, the same patient under control in the same trial, does not leave), then with
 * time-driven AE models the relative dose intensity and the time of discontinuation, and the
 * day the patient left (NA: stayed).
 */
function courseCells(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, isTwin: boolean): CsvCell[] {
  const course = (isTwin ? simulation.courses?.twin : simulation.courses?.own)?.[patient];
  const modifications = course?.occurrences.filter((occurrence) => occurrence.action !== "none").length ?? 0;
  const reason = isTwin ? undefined : simulation.dropout?.reason[patient];
  const timed = plan.timedTerms.length === 0 ? [] : [course === undefined ? null : relativeDoseIntensity(course), course?.discontinuedH ?? null];
  const left = isTwin ? Infinity : (simulation.dropout?.day[patient] ?? Infinity);
  return [modifications, reason ?? "none", ...timed, ...(hasDropout(plan) ? [Number.isFinite(left) ? left : null] : [])];
}

function patientRow(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, isTwin: boolean): CsvCell[] {
  const armIndex = isTwin ? plan.controlIndex : (simulation.arm[patient] as number);
  const exposure = (isTwin ? simulation.twinExposure : simulation.exposure)[patient] ?? null;
  const sourceRow = simulation.population.sourceRow[patient] as number;
  const grades = simulation.adverseEvents.map((outcome) => (isTwin ? outcome.twinGrade : outcome.grade)[patient] as number);
  return [
    // A copula patient (sourceRow −1) is nobody's copy: no source row or id.
    simulation.replicate, patient + 1, sourceRow < 0 ? null : (plan.sourceRowNumbers[sourceRow] ?? null), sourceRow < 0 ? null : (plan.sourceIds[sourceRow] ?? null), plan.arms[armIndex]?.id ?? null, isTwin, simulation.entryDays[patient] as number,
    ...covariateCells(plan, simulation, patient),
    ...(simulation.parameters?.values.map((values) => values[patient] as number) ?? []),
    ...doseCells(plan, armIndex, exposure),
    ...exposureCells(exposure?.metrics),
    ...(plan.spec.pk?.threshold_mg_per_l === undefined ? [] : [exposure?.metrics.timeAboveThresholdH ?? 0]),
    ...simulation.endpoints.flatMap((outcome) => endpointCells(outcome, patient, isTwin)),
    ...grades,
    grades.reduce((worst, grade) => Math.max(worst, grade), 0),
    ...courseCells(plan, simulation, patient, isTwin),
  ];
}

/** Whether patient i of a replicate also has a twin row (drug arms of a trial with a control). */
export function hasTwin(plan: TrialPlan, simulation: ReplicateSimulation, patient: number): boolean {
  return plan.controlIndex >= 0 && simulation.arm[patient] !== plan.controlIndex;
}

function* patientRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) {
      yield patientRow(plan, simulation, patient, false);
      if (hasTwin(plan, simulation, patient)) yield patientRow(plan, simulation, patient, true);
    }
  }
}

/**
 * patients.csv: one row per virtual patient × arm for the kept replicates: the patient
 * under its allocated arm, then (for drug arms) its twin under control (is_twin = true),
 * which shares every covariate and random draw. Endpoint values are at the primary visit.
 */
export function renderPatients(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderCsv(patientColumns(plan), patientRows(plan, kept));
}
