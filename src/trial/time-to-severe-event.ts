import { firstOnsetH } from "./course-incidence.js";
import { ANY_TERM, KM_FREE_CATEGORY, KM_MEDIAN_CATEGORY } from "./safety-categories.js";
import { valueRow, type SafetyArms, type SafetyResult } from "./safety-result.js";
import { safetyLandmarkDays } from "./safety-landmarks.js";
import type { PatientCourse } from "./simulate-course.js";
import { armSurvival, survivalPoint } from "./survival-by-arm.js";

const HOURS_PER_DAY = 24;
const SEVERE_GRADE = 3;

/** Time to a patient's first grade ≥ 3 event (days), or censored at the end of its follow-up. */
export function timeToSevereEventDays(course: PatientCourse): { timeDays: number; event: number } {
  const onsetH = firstOnsetH(course, (occurrence) => occurrence.grade >= SEVERE_GRADE);
  return Number.isNaN(onsetH) ? { timeDays: course.followUpH / HOURS_PER_DAY, event: 0 } : { timeDays: onsetH / HOURS_PER_DAY, event: 1 };
}

function countEventsBy(times: readonly number[], events: readonly number[], day: number): number {
  let count = 0;
  times.forEach((time, index) => {
    if (events[index] === 1 && time <= day) count++;
  });
  return count;
}

/**
 * Kaplan–Meier time to the first grade ≥ 3 event of any time-driven term, each arm of one
 * replicate: the probability of no such event by each landmark day (safetyLandmarkDays) with
 * the patients still at risk and the events so far, then the median (days; NaN: not
 * reached). A death is a grade 5 event; patients without an event are censored at the end of
 * the trial.
 */
export function timeToSevereEventRows(context: SafetyArms, input: { courses: readonly PatientCourse[]; durationDays: number }): SafetyResult[] {
  const key = { term: ANY_TERM, soc: ANY_TERM, pt: ANY_TERM };
  const arms = context.arms.flatMap((arm) => {
    const patients = context.patients[arm.index] ?? [];
    if (patients.length === 0) return [];
    const data = patients.map((patient) => timeToSevereEventDays(input.courses[patient] as PatientCourse));
    const times = data.map((entry) => entry.timeDays);
    const events = data.map((entry) => entry.event);
    return [{ arm, times, events, survival: armSurvival(arm.label, times, events, context.confidenceLevel) }];
  });
  const landmarkRows = safetyLandmarkDays(input.durationDays).flatMap((day) =>
    arms.map(({ arm, times, events, survival }) => {
      const point = survivalPoint(survival, day, context.confidenceLevel);
      return valueRow({ replicate: context.replicate, arm }, { ...key, grade: KM_FREE_CATEGORY }, { day, patientsAtRisk: point.atRisk, patientsWithEvent: countEventsBy(times, events, day), value: point.survival });
    }),
  );
  const medianRows = arms.map(({ arm, survival }) =>
    valueRow({ replicate: context.replicate, arm }, { ...key, grade: KM_MEDIAN_CATEGORY }, { patientsAtRisk: survival.patients, patientsWithEvent: survival.events, value: survival.median.median }),
  );
  return [...landmarkRows, ...medianRows];
}
