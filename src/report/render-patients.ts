import type { ExposureMetrics, PatientArmExposure, ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

const EXPOSURE_COLUMNS = ["cmax_mg_per_l", "tmax_after_dose_h", "cmin_mg_per_l", "ctrough_mg_per_l", "auc_tau_mg_h_per_l", "cavg_mg_per_l", "auc_cumulative_mg_h_per_l"];

/** Column names of patients.csv for a plan (covariates, parameters, endpoints and AE terms vary by spec). */
export function patientColumns(plan: TrialPlan): string[] {
  return [
    "replicate", "patient_id", "source_row", "source_id", "arm", "is_twin",
    ...plan.columns.map((column) => column.name),
    ...(plan.parameterModel?.names ?? []),
    "doses_planned", "doses_taken", "missed_doses", "dose_mg",
    ...EXPOSURE_COLUMNS,
    ...(plan.spec.pk?.threshold_mg_per_l === undefined ? [] : ["time_above_threshold_h"]),
    ...plan.spec.endpoints.flatMap((endpoint) => [`${endpoint.id}_baseline`, `${endpoint.id}_value`, `${endpoint.id}_change`]),
    ...plan.spec.adverse_events.map((event) => `ae_${event.term}_grade`),
    "worst_ae_grade", "dose_modifications", "dropout",
  ];
}

function covariateCells(plan: TrialPlan, simulation: ReplicateSimulation, patient: number): CsvCell[] {
  return plan.columns.map((column): CsvCell => {
    if (column.type === "category") {
      const code = simulation.population.categorical.get(column.name)?.[patient] ?? -1;
      return code < 0 ? null : (plan.levels.get(column.name)?.[code] ?? null);
    }
    const value = simulation.population.numeric.get(column.name)?.[patient] ?? Number.NaN;
    if (Number.isNaN(value)) return null;
    return column.type === "boolean" ? value === 1 : value;
  });
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

function patientRow(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, isTwin: boolean): CsvCell[] {
  const armIndex = isTwin ? plan.controlIndex : (simulation.arm[patient] as number);
  const exposure = (isTwin ? simulation.twinExposure : simulation.exposure)[patient] ?? null;
  const sourceRow = simulation.population.sourceRow[patient] as number;
  const endpointCells = simulation.endpoints.flatMap((outcome) => {
    const baseline = outcome.baseline[patient] as number;
    const change = (isTwin ? outcome.twinChange : outcome.change)[patient] as number;
    return [baseline, baseline + change, change];
  });
  const grades = simulation.adverseEvents.map((outcome) => (isTwin ? outcome.twinGrade : outcome.grade)[patient] as number);
  return [
    simulation.replicate, patient + 1, plan.sourceRowNumbers[sourceRow] ?? null, plan.sourceIds[sourceRow] ?? null, plan.arms[armIndex]?.id ?? null, isTwin,
    ...covariateCells(plan, simulation, patient),
    ...(simulation.parameters?.values.map((values) => values[patient] as number) ?? []),
    ...doseCells(plan, armIndex, exposure),
    ...exposureCells(exposure?.metrics),
    ...(plan.spec.pk?.threshold_mg_per_l === undefined ? [] : [exposure?.metrics.timeAboveThresholdH ?? 0]),
    ...endpointCells,
    ...grades,
    grades.reduce((worst, grade) => Math.max(worst, grade), 0), 0, "none",
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
