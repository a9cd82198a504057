import { termRows, socRows } from "./grade-safety-rows.js";
import { overviewRows } from "./overview-safety-rows.js";
import { doseIntensityRows } from "./relative-dose-intensity.js";
import { patientsByArm, type SafetyArms, type SafetyResult } from "./safety-result.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import { timeToSevereEventRows } from "./time-to-severe-event.js";
import type { TrialPlan } from "./trial-plan.js";

export { SAFETY_GRADES, type SafetyCategory, type SafetyGrade } from "./safety-categories.js";
export type { SafetyResult } from "./safety-result.js";

/** What the safety analysis reads of a plan. */
export type SafetyPlan = Pick<TrialPlan, "arms" | "controlIndex"> & { readonly spec: Pick<TrialPlan["spec"], "adverse_events" | "analysis" | "trial"> };

/** What the safety analysis reads of a replicate. */
export type SafetySimulation = Pick<ReplicateSimulation, "replicate" | "arm" | "adverseEvents" | "courses">;

/**
 * Safety table of one replicate (rows of safety.csv). For each AE term, arm and grade: the
 * patients at risk and with the event (worst grade per patient), incidence, the
 * exposure-adjusted incidence rate per 100 patient-years and the risk difference versus
 * control with its Wald CI. A logistic term's rows are "any" and grades 1–3, at risk for the
 * planned period. With time-driven AE models (patient courses) the rows also cover grades 4
 * and 5 of those terms with their real time at risk, then each system organ class, the
 * overview (any event, grade ≥ 3, serious, leading to interruption, reduction or
 * discontinuation, death), Kaplan–Meier time to the first grade ≥ 3 event and the relative
 * dose intensity of each dosed arm.
 */
export function analyseSafety(plan: SafetyPlan, simulation: SafetySimulation): SafetyResult[] {
  const context: SafetyArms = {
    replicate: simulation.replicate,
    arms: plan.arms,
    control: plan.arms[plan.controlIndex],
    patients: patientsByArm(plan.arms, simulation.arm),
    confidenceLevel: plan.spec.analysis.confidence_level,
  };
  const models = plan.spec.adverse_events;
  const durationDays = plan.spec.trial.duration_days;
  const terms = models.flatMap((model, index) => termRows(context, simulation, { model, index, durationDays }));
  const courses = simulation.courses?.own;
  if (courses === undefined) return terms;
  return [...terms, ...socRows(context, simulation, models), ...overviewRows(context, simulation), ...timeToSevereEventRows(context, { courses, durationDays }), ...doseIntensityRows(context, courses)];
}
