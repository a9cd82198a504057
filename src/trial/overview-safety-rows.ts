import { courseRule } from "./course-incidence.js";
import { ANY_TERM, OVERVIEW_CATEGORIES, type OverviewCategory } from "./safety-categories.js";
import { incidenceRows, type SafetyArms, type SafetyResult } from "./safety-result.js";
import type { AdverseEventOccurrence, PatientCourse } from "./simulate-course.js";
import type { GradeSimulation } from "./grade-safety-rows.js";

const SEVERE_GRADE = 3;

/** Which occurrences make a patient count in each overview category (time-driven terms). */
const COUNTED: Record<OverviewCategory, (occurrence: AdverseEventOccurrence) => boolean> = {
  any_ae: () => true,
  grade_3_or_worse: (occurrence) => occurrence.grade >= SEVERE_GRADE,
  serious: (occurrence) => occurrence.serious,
  led_to_interruption: (occurrence) => occurrence.action === "interrupted" || occurrence.action === "interrupted-reduced",
  led_to_reduction: (occurrence) => occurrence.action === "reduced" || occurrence.action === "interrupted-reduced",
  led_to_discontinuation: (occurrence) => occurrence.action === "discontinued",
  death: (occurrence) => occurrence.grade >= 5,
};

/** The worst grade over every term of a patient (0: none), own arm: logistic terms count too. */
function worstGradeOf(simulation: GradeSimulation, patient: number): number {
  return simulation.adverseEvents.reduce((worst, outcome) => Math.max(worst, outcome.grade[patient] ?? 0), 0);
}

/**
 * Whether a patient counts in an overview category. Any event and grade ≥ 3 read the worst
 * grades, so logistic terms count; seriousness, dose actions and death exist only on the
 * time-driven terms' occurrences.
 */
function hasEventIn(simulation: GradeSimulation, courses: readonly PatientCourse[], category: OverviewCategory): (patient: number) => boolean {
  if (category === "any_ae") return (patient) => worstGradeOf(simulation, patient) > 0;
  if (category === "grade_3_or_worse") return (patient) => worstGradeOf(simulation, patient) >= SEVERE_GRADE;
  return (patient) => (courses[patient] as PatientCourse).occurrences.some(COUNTED[category]);
}

/**
 * The overview rows of a study report's safety section, each arm: patients with any adverse
 * event, with one of grade ≥ 3, a serious one, one leading to a dose interruption, a dose
 * reduction or discontinuation, and deaths; at risk until the first such event (courseRule).
 */
export function overviewRows(context: SafetyArms, simulation: GradeSimulation): SafetyResult[] {
  const courses = simulation.courses?.own ?? [];
  return OVERVIEW_CATEGORIES.flatMap((category) =>
    incidenceRows(context, { term: ANY_TERM, grade: category, soc: ANY_TERM, pt: ANY_TERM }, courseRule(courses, hasEventIn(simulation, courses, category), COUNTED[category])),
  );
}
