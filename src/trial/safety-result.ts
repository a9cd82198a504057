import { riskDifferenceWald, type RiskDifference } from "../stats/index.js";
import type { SafetyCategory } from "./safety-categories.js";
import type { ArmPlan } from "./trial-plan.js";

/**
 * One row of safety.csv: one replicate × arm × what it counts. Incidence rows fill the
 * counts, rate and risk difference; Kaplan–Meier and dose intensity rows fill `value` (and
 * `day` for a landmark). NaN is NA.
 */
export interface SafetyResult {
  readonly replicate: number;
  readonly arm: string;
  /** The AE term, or "(any)" for rows over several terms. */
  readonly term: string;
  /** The worst grade ("any", "1" … "5") or another category (see SafetyCategory). */
  readonly grade: SafetyCategory;
  /** System organ class and preferred term of a term's rows; "(any)" over several. */
  readonly soc: string;
  readonly pt: string;
  /** Landmark day of a Kaplan–Meier row, else NaN. */
  readonly day: number;
  readonly patientsAtRisk: number;
  readonly patientsWithEvent: number;
  readonly incidence: number;
  /** Patient-years at risk. */
  readonly exposureYears: number;
  readonly ratePer100PatientYears: number;
  /** Versus the control arm (Wald CI); null on the control arm's rows and on value rows. */
  readonly riskDifference: RiskDifference | null;
  /** A Kaplan–Meier estimate or a relative dose intensity; NaN on incidence rows. */
  readonly value: number;
}

/** The columns that name a row. */
export interface SafetyRowKey {
  readonly term: string;
  readonly grade: SafetyCategory;
  readonly soc: string;
  readonly pt: string;
}

/** One replicate's patients by arm, as the safety rows read them. */
export interface SafetyArms {
  readonly replicate: number;
  readonly arms: readonly ArmPlan[];
  /** undefined in a single-arm trial. */
  readonly control: ArmPlan | undefined;
  /** The patient indexes of each arm, by arm index, in patient order. */
  readonly patients: readonly (readonly number[])[];
  readonly confidenceLevel: number;
}

/** How an incidence row counts: who had the event, and an arm's patient-years at risk. */
export interface IncidenceRule {
  readonly hasEvent: (patient: number) => boolean;
  readonly exposureYears: (arm: ArmPlan, patients: readonly number[]) => number;
}

/** Groups a replicate's patients by arm. */
export function patientsByArm(arms: readonly ArmPlan[], armOf: Int32Array): number[][] {
  const patients = arms.map((): number[] => []);
  armOf.forEach((armIndex, patient) => patients[armIndex]?.push(patient));
  return patients;
}

function countEvents(patients: readonly number[], hasEvent: (patient: number) => boolean): number {
  let count = 0;
  for (const patient of patients) if (hasEvent(patient)) count++;
  return count;
}

/**
 * One incidence row per arm: patients with the event among the arm's patients, the
 * exposure-adjusted incidence rate per 100 patient-years, and the risk difference versus
 * control with its Wald interval (riskDifferenceWald).
 */
export function incidenceRows(context: SafetyArms, key: SafetyRowKey, rule: IncidenceRule): SafetyResult[] {
  const { control, confidenceLevel } = context;
  const patientsOf = (arm: ArmPlan): readonly number[] => context.patients[arm.index] ?? [];
  const controlCount = control === undefined ? 0 : countEvents(patientsOf(control), rule.hasEvent);
  return context.arms.map((arm) => {
    const withEvent = countEvents(patientsOf(arm), rule.hasEvent);
    const exposureYears = rule.exposureYears(arm, patientsOf(arm));
    const riskDifference =
      arm.isControl || control === undefined
        ? null
        : riskDifferenceWald({ eventsTreatment: withEvent, totalTreatment: arm.size, eventsControl: controlCount, totalControl: control.size, confidenceLevel });
    return { replicate: context.replicate, arm: arm.id, ...key, day: Number.NaN, patientsAtRisk: arm.size, patientsWithEvent: withEvent, incidence: withEvent / arm.size, exposureYears, ratePer100PatientYears: (100 * withEvent) / exposureYears, riskDifference, value: Number.NaN };
  });
}

/** A row that carries one value (Kaplan–Meier, dose intensity) instead of an incidence. */
export function valueRow(context: { replicate: number; arm: ArmPlan }, key: SafetyRowKey, entry: { day?: number; patientsAtRisk: number; patientsWithEvent?: number; value: number }): SafetyResult {
  return {
    replicate: context.replicate, arm: context.arm.id, ...key, day: entry.day ?? Number.NaN, patientsAtRisk: entry.patientsAtRisk, patientsWithEvent: entry.patientsWithEvent ?? Number.NaN,
    incidence: Number.NaN, exposureYears: Number.NaN, ratePer100PatientYears: Number.NaN, riskDifference: null, value: entry.value,
  };
}
