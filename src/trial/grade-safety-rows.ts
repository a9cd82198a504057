import { gradeShares } from "../spec/adverse-event-rules.js";
import type { AdverseEventModel } from "../spec/schema.js";
import { groupBySoc, ptOf, socOf } from "./adverse-event-class.js";
import { courseRule } from "./course-incidence.js";
import { ANY_TERM, GRADE_ROWS, type GradeRow } from "./safety-categories.js";
import { incidenceRows, type IncidenceRule, type SafetyArms, type SafetyResult } from "./safety-result.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";

const DAYS_PER_YEAR = 365.25;

/** What the grade rows read of a replicate. */
export type GradeSimulation = Pick<ReplicateSimulation, "adverseEvents" | "courses">;

/** The highest grade a model can give: 5 with a proportional-odds model, else the last grade of its split with a share. */
function highestGradeOf(model: AdverseEventModel): number {
  if (model.ordinal !== undefined) return 5;
  return model.grades === undefined ? 1 : gradeShares(model.grades).length;
}

/**
 * The grade rows of some terms: "any" and worst grades 1–3 always (the original table), 4 and 5
 * only when one of the models can give them.
 */
function gradeRowsOf(models: readonly AdverseEventModel[]): readonly GradeRow[] {
  const highest = Math.max(3, ...models.map(highestGradeOf));
  return GRADE_ROWS.slice(0, highest + 1);
}

/** Whether a worst grade (0: no event) falls in a grade row: any grade, or exactly that grade. */
function isInGrade(worst: number, grade: GradeRow): boolean {
  return grade === "any" ? worst > 0 : worst === Number(grade);
}

/** The worst grade over some terms of a patient (0: none), own arm. */
function worstGradeOf(simulation: GradeSimulation, terms: readonly number[], patient: number): number {
  let worst = 0;
  for (const term of terms) worst = Math.max(worst, simulation.adverseEvents[term]?.grade[patient] ?? 0);
  return worst;
}

/**
 * Worst-grade rows of a set of terms (one term, or an organ class) on the patients' courses:
 * a patient counts in the row of its worst grade over those terms, and is at risk until the
 * first occurrence of that grade among them (of any grade for "any"), else to the end of its
 * follow-up.
 */
function gradeRule(simulation: GradeSimulation, terms: readonly number[], grade: GradeRow): IncidenceRule {
  const courses = simulation.courses?.own ?? [];
  return courseRule(
    courses,
    (patient) => isInGrade(worstGradeOf(simulation, terms, patient), grade),
    (occurrence) => terms.includes(occurrence.term) && (grade === "any" || occurrence.grade === Number(grade)),
  );
}

/**
 * A term's rows, "any" then each worst grade (gradeRowsOf). A logistic term, having no onset,
 * is at risk for the whole planned treatment period (arm size × duration); a time-driven term
 * has its real time at risk (gradeRule).
 */
export function termRows(context: SafetyArms, simulation: GradeSimulation, input: { model: AdverseEventModel; index: number; durationDays: number }): SafetyResult[] {
  const { model, index } = input;
  const key = { term: model.term, soc: socOf(model), pt: ptOf(model) };
  const grades = gradeRowsOf([model]);
  if (model.model === "logistic" || simulation.courses === undefined) {
    const worst = simulation.adverseEvents[index]?.grade ?? new Int8Array(0);
    const years = input.durationDays / DAYS_PER_YEAR;
    return grades.flatMap((grade) =>
      incidenceRows(context, { ...key, grade }, { hasEvent: (patient) => isInGrade(worst[patient] as number, grade), exposureYears: (arm) => arm.size * years }),
    );
  }
  return grades.flatMap((grade) => incidenceRows(context, { ...key, grade }, gradeRule(simulation, [index], grade)));
}

/**
 * Rows of each system organ class (spec order of first appearance): a patient counts once per
 * class, at its worst grade over the class's terms.
 */
export function socRows(context: SafetyArms, simulation: GradeSimulation, models: readonly AdverseEventModel[]): SafetyResult[] {
  return groupBySoc(models).flatMap(({ soc, terms }) =>
    gradeRowsOf(terms.map((term) => models[term] as AdverseEventModel)).flatMap((grade) => incidenceRows(context, { term: ANY_TERM, grade, soc, pt: ANY_TERM }, gradeRule(simulation, terms, grade))),
  );
}
