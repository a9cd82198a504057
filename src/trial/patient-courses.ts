import { isDoseTaken, type PatientAdherence } from "../dosing/index.js";
import type { VirtualPopulation } from "../population/index.js";
import { streamFor } from "../rng/index.js";
import type { AdverseEventModel } from "../spec/schema.js";
import { amountScale, patientAmountMg, scheduledDose, type ArmDosing } from "./arm-dosing.js";
import type { IndividualParameters } from "./individual-parameters.js";
import { linearPredictor } from "./linear-predictor.js";
import { courseDrawCounts, simulateCourse, type CourseDosing, type CourseTerm, type PatientCourse } from "./simulate-course.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import type { TrialPlan } from "./trial-plan.js";

/** Every patient's course under its own arm and, as its twin, under control (undefined without time-driven AE models). */
export interface ReplicateCourses {
  readonly own: readonly PatientCourse[];
  readonly twin: readonly PatientCourse[];
}

interface TermDraws {
  readonly model: AdverseEventModel;
  readonly index: number;
  readonly events: Float64Array[];
  readonly grades: Float64Array[];
  readonly durations: Float64Array[];
}

/** Each patient's draws of each time-driven term, read in patient order: a fixed count per patient, whatever happens. */
function drawTerms(plan: TrialPlan, size: number, replicate: number): TermDraws[] {
  const cycles = Math.max(1, plan.cycleStartsH.length);
  return plan.timedTerms.map((index) => {
    const model = plan.spec.adverse_events[index] as AdverseEventModel;
    const counts = courseDrawCounts(model, cycles);
    const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.adverseEvent(replicate, model.term));
    const take = (count: number) => Float64Array.from({ length: count }, () => rng.next());
    const events: Float64Array[] = [];
    const grades: Float64Array[] = [];
    const durations: Float64Array[] = [];
    for (let patient = 0; patient < size; patient++) {
      events.push(take(counts.events));
      grades.push(take(counts.grades));
      durations.push(take(counts.durations));
    }
    return { model, index, events, grades, durations };
  });
}

function courseDosing(dosing: ArmDosing, context: { population: VirtualPopulation; patient: number; adherence: PatientAdherence | undefined }): CourseDosing {
  const scale = amountScale(dosing, patientAmountMg(dosing, context.population, context.patient));
  return {
    schedule: dosing.scheduled,
    isTaken: (index) => isDoseTaken(context.adherence, index),
    doseOf: (scheduled, factor) => scheduledDose(dosing, scheduled, scale, factor),
    plannedAmountOf: (scheduled) => scheduledDose(dosing, scheduled, scale, 1).amountMg,
    levels: dosing.regimen.dose_levels_mg,
  };
}

/**
 * Simulates every patient of a replicate through time under its own arm and, as its twin,
 * under control (the same draws: common random numbers), when the spec has time-driven
 * adverse event models; see simulateCourse. Returns undefined otherwise, so a spec without
 * them takes no draws and no time here.
 */
export function simulatePatientCourses(plan: TrialPlan, context: { replicate: number; population: VirtualPopulation; arm: Int32Array; parameters: IndividualParameters | undefined; adherence: readonly (PatientAdherence | undefined)[] }): ReplicateCourses | undefined {
  if (plan.timedTerms.length === 0) return undefined;
  const { population, arm, parameters } = context;
  const terms = drawTerms(plan, population.size, context.replicate);
  const endH = plan.spec.trial.duration_days * 24;
  const own: PatientCourse[] = [];
  const twin: PatientCourse[] = [];
  for (let patient = 0; patient < population.size; patient++) {
    const courseTerms: CourseTerm[] = terms.map((term) => ({
      index: term.index, model: term.model, linear: linearPredictor(term.model.covariates ?? [], population, patient),
      eventDraws: term.events[patient] as Float64Array, gradeDraws: term.grades[patient] as Float64Array, durationDraws: term.durations[patient] as Float64Array,
    }));
    const values = parameters === undefined ? undefined : parameters.values.map((column) => column[patient] as number);
    const exposures = values === undefined ? undefined : plan.pkModel?.intervals?.(values);
    const under = (armIndex: number): PatientCourse => {
      const dosing = plan.arms[armIndex]?.dosing;
      return simulateCourse({
        dosing: dosing === undefined ? undefined : courseDosing(dosing, { population, patient, adherence: context.adherence[patient] }),
        exposures, cycleStartsH: plan.cycleStartsH, terms: courseTerms, rules: plan.spec.dose_modifications, endH,
      });
    };
    const armIndex = arm[patient] as number;
    const ownCourse = under(armIndex);
    own.push(ownCourse);
    twin.push(armIndex === plan.controlIndex || plan.controlIndex < 0 ? ownCourse : under(plan.controlIndex));
  }
  return { own, twin };
}
