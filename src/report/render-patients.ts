import type { ExposureMetrics } from "../pk/index.js";
import type { ReplicateSimulation, TrialPlan } from "../trial/index.js";
import { renderCsv, type CsvCell } from "./render-csv.js";

const EXPOSURE_COLUMNS = ["cmax_mg_per_l", "tmax_after_dose_h", "cmin_mg_per_l", "ctrough_mg_per_l", "auc_tau_mg_h_per_l", "cavg_mg_per_l", "auc_cumulative_mg_h_per_l"];

/** Column names of patients.csv for a plan (covariates, endpoints and AE terms vary by spec). */
export function patientColumns(plan: TrialPlan): string[] {
  return [
    "replicate", "patient_id", "source_row", "source_id", "arm", "is_twin",
    ...plan.columns.map((column) => column.name),
    "ka_per_h", "clearance_l_per_h", "volume_l", "doses_planned", "dose_mg",
    ...EXPOSURE_COLUMNS,
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

function exposureCells(metrics: ExposureMetrics | null, lastDoseH: number): CsvCell[] {
  if (metrics === null) return EXPOSURE_COLUMNS.map(() => 0);
  // Steady-state convention: Tmax counted from the last dose, not from the first.
  return [metrics.cmaxMgPerL, metrics.tmaxH - lastDoseH, metrics.cminMgPerL, metrics.ctroughMgPerL, metrics.aucTauMgHPerL, metrics.cavgMgPerL, metrics.aucCumulativeMgHPerL];
}

function patientRow(plan: TrialPlan, simulation: ReplicateSimulation, patient: number, isTwin: boolean): CsvCell[] {
  const armIndex = isTwin ? plan.controlIndex : (simulation.arm[patient] as number);
  const arm = plan.arms[armIndex];
  const exposure = (isTwin ? simulation.twinExposure : simulation.exposure)[patient] ?? null;
  const sourceRow = simulation.population.sourceRow[patient] as number;
  const endpointCells = simulation.endpoints.flatMap((outcome) => {
    const baseline = outcome.baseline[patient] as number;
    const change = (isTwin ? outcome.twinChange : outcome.change)[patient] as number;
    return [baseline, baseline + change, change];
  });
  const grades = simulation.adverseEvents.map((outcome) => (isTwin ? outcome.twinGrade : outcome.grade)[patient] as number);
  return [
    simulation.replicate, patient + 1, plan.sourceRowNumbers[sourceRow] ?? null, plan.sourceIds[sourceRow] ?? null, arm?.id ?? null, isTwin,
    ...covariateCells(plan, simulation, patient),
    simulation.pk.absorptionRatePerH[patient] as number, simulation.pk.clearanceLPerH[patient] as number, simulation.pk.volumeL[patient] as number,
    arm?.regimen?.n_doses ?? 0, arm?.regimen?.dose_mg ?? 0,
    ...exposureCells(exposure, arm?.doses[arm.doses.length - 1]?.timeH ?? 0),
    ...endpointCells,
    ...grades,
    grades.reduce((worst, grade) => Math.max(worst, grade), 0), 0, "none",
  ];
}

function* patientRows(plan: TrialPlan, kept: readonly ReplicateSimulation[]): Generator<CsvCell[]> {
  for (const simulation of kept) {
    for (let patient = 0; patient < simulation.population.size; patient++) {
      yield patientRow(plan, simulation, patient, false);
      if (simulation.arm[patient] !== plan.controlIndex) yield patientRow(plan, simulation, patient, true);
    }
  }
}

/**
 * patients.csv: one row per virtual patient × arm for the kept replicates: the patient
 * under its allocated arm, then (for drug arms) its twin under control (is_twin = true),
 * which shares every covariate and random draw.
 */
export function renderPatients(plan: TrialPlan, kept: readonly ReplicateSimulation[]): string {
  return renderCsv(patientColumns(plan), patientRows(plan, kept));
}
