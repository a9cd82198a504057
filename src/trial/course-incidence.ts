import { sum } from "../stats/index.js";
import type { IncidenceRule } from "./safety-result.js";
import type { AdverseEventOccurrence, PatientCourse } from "./simulate-course.js";

export const HOURS_PER_YEAR = 365.25 * 24;

/** Onset (h) of a course's first occurrence that counts, NaN if none (occurrences are in time order). */
export function firstOnsetH(course: PatientCourse, isCounted: (occurrence: AdverseEventOccurrence) => boolean): number {
  return course.occurrences.find(isCounted)?.onsetH ?? Number.NaN;
}

/**
 * The time a patient is at risk of a kind of event (h): until its first counted occurrence if
 * it had the event, else to the end of its follow-up (the end of the trial, or death). A
 * patient whose event has no onset (a logistic term's) is at risk for its whole follow-up.
 */
export function timeAtRiskH(course: PatientCourse, hasEvent: boolean, isCounted: (occurrence: AdverseEventOccurrence) => boolean): number {
  const onsetH = hasEvent ? firstOnsetH(course, isCounted) : Number.NaN;
  return Number.isNaN(onsetH) ? course.followUpH : onsetH;
}

/**
 * An incidence rule on patient courses with the real time at risk: the exposure-adjusted
 * incidence rate is patients with the event / Σ time at risk (timeAtRiskH), in patient-years.
 */
export function courseRule(courses: readonly PatientCourse[], hasEvent: (patient: number) => boolean, isCounted: (occurrence: AdverseEventOccurrence) => boolean): IncidenceRule {
  return {
    hasEvent,
    exposureYears: (_arm, patients) => sum(patients.map((patient) => timeAtRiskH(courses[patient] as PatientCourse, hasEvent(patient), isCounted))) / HOURS_PER_YEAR,
  };
}
