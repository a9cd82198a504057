import { riskDifferenceWald, type RiskDifference } from "../stats/index.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/** Rows of the safety table: any grade, then each grade by worst grade per patient. */
export const SAFETY_GRADES = ["any", "1", "2", "3"] as const;
export type SafetyGrade = (typeof SAFETY_GRADES)[number];

const DAYS_PER_YEAR = 365.25;

/** One arm × AE term × grade of one replicate (a row of safety.csv). */
export interface SafetyResult {
  readonly replicate: number;
  readonly arm: string;
  readonly term: string;
  readonly grade: SafetyGrade;
  readonly patientsAtRisk: number;
  readonly patientsWithEvent: number;
  readonly incidence: number;
  readonly exposureYears: number;
  readonly ratePer100PatientYears: number;
  /** Versus the control arm (Wald CI); null on the control arm's rows. */
  readonly riskDifference: RiskDifference | null;
}

function countWithGrade(grades: Int8Array, arm: Int32Array, armIndex: number, grade: SafetyGrade): number {
  let count = 0;
  for (let patient = 0; patient < arm.length; patient++) {
    if (arm[patient] !== armIndex) continue;
    const worst = grades[patient] as number;
    if (grade === "any" ? worst > 0 : worst === Number(grade)) count++;
  }
  return count;
}

/**
 * Safety table of one replicate: for each arm, AE term and grade the patients at risk and
 * with the event (worst grade per patient), incidence, the exposure-adjusted incidence rate
 * per 100 patient-years (planned treatment period; no dropout yet) and the risk difference
 * versus control with its Wald CI.
 */
export function analyseSafety(plan: TrialPlan, simulation: ReplicateSimulation): SafetyResult[] {
  const results: SafetyResult[] = [];
  const control = plan.arms[plan.controlIndex];
  const confidenceLevel = plan.spec.analysis.confidence_level;
  const years = plan.spec.trial.duration_days / DAYS_PER_YEAR;
  plan.spec.adverse_events.forEach((model, termIndex) => {
    const grades = simulation.adverseEvents[termIndex]?.grade ?? new Int8Array(0);
    for (const grade of SAFETY_GRADES) {
      const controlCount = control === undefined ? 0 : countWithGrade(grades, simulation.arm, control.index, grade);
      for (const arm of plan.arms) {
        const withEvent = countWithGrade(grades, simulation.arm, arm.index, grade);
        const exposureYears = arm.size * years;
        const riskDifference =
          arm.isControl || control === undefined
            ? null
            : riskDifferenceWald({ eventsTreatment: withEvent, totalTreatment: arm.size, eventsControl: controlCount, totalControl: control.size, confidenceLevel });
        results.push({ replicate: simulation.replicate, arm: arm.id, term: model.term, grade, patientsAtRisk: arm.size, patientsWithEvent: withEvent, incidence: withEvent / arm.size, exposureYears, ratePer100PatientYears: (100 * withEvent) / exposureYears, riskDifference });
      }
    }
  });
  return results;
}
