import { mean, quantileType7 } from "../stats/index.js";
import { ANY_TERM, RDI_CATEGORIES } from "./safety-categories.js";
import { valueRow, type SafetyArms, type SafetyResult } from "./safety-result.js";
import type { PatientCourse } from "./simulate-course.js";

/**
 * Relative dose intensity of a course: the dose delivered over the dose planned at the
 * starting level for the planned treatment period (up to death), so missed doses,
 * interruptions, reductions and discontinuation all lower it. NaN without a planned dose.
 *
 * @example relativeDoseIntensity({ plannedMg: 1200, deliveredMg: 900 }) // 0.75
 */
export function relativeDoseIntensity(course: Pick<PatientCourse, "plannedMg" | "deliveredMg">): number {
  return course.plannedMg > 0 ? course.deliveredMg / course.plannedMg : Number.NaN;
}

/**
 * The mean and the median relative dose intensity over the patients of each dosed arm of one
 * replicate (patients_at_risk: those with a planned dose). Arms without a regimen have none.
 */
export function doseIntensityRows(context: SafetyArms, courses: readonly PatientCourse[]): SafetyResult[] {
  const arms = context.arms.flatMap((arm) => {
    if (arm.dosing === undefined) return [];
    const values = (context.patients[arm.index] ?? []).map((patient) => relativeDoseIntensity(courses[patient] as PatientCourse)).filter((value) => !Number.isNaN(value));
    return values.length === 0 ? [] : [{ arm, values, sorted: [...values].sort((a, b) => a - b) }];
  });
  const [meanCategory, medianCategory] = RDI_CATEGORIES;
  const key = { term: ANY_TERM, soc: ANY_TERM, pt: ANY_TERM };
  return [
    ...arms.map(({ arm, values }) => valueRow({ replicate: context.replicate, arm }, { ...key, grade: meanCategory }, { patientsAtRisk: values.length, value: mean(values) })),
    ...arms.map(({ arm, sorted }) => valueRow({ replicate: context.replicate, arm }, { ...key, grade: medianCategory }, { patientsAtRisk: sorted.length, value: quantileType7(sorted, 0.5) })),
  ];
}
