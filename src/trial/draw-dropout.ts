import { advanceCumulativeHazard, exponentialTarget } from "../safety/index.js";
import { streamFor } from "../rng/index.js";
import type { ContinuousOutcome, EndpointOutcome } from "./endpoint-outcome.js";
import type { ReplicateCourses } from "./patient-courses.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import type { TrialPlan } from "./trial-plan.js";

const DAYS_PER_YEAR = 365.25;

/** Why a patient left the trial early. */
export type DropoutReason = "death" | "adverse-event" | "lack-of-efficacy" | "withdrawal";

/** When each patient left the trial (day; Infinity: stayed to the end) and why (undefined: stayed). */
export interface Dropout {
  readonly day: Float64Array;
  readonly reason: readonly (DropoutReason | undefined)[];
}

function continuousOutcome(plan: TrialPlan, endpoints: readonly EndpointOutcome[], id: string | undefined): { outcome: ContinuousOutcome; visitDays: readonly number[]; primary: number } | undefined {
  if (id === undefined) return undefined;
  const index = plan.endpoints.findIndex((entry) => entry.endpoint.id === id);
  const outcome = endpoints[index];
  const endpointPlan = plan.endpoints[index];
  if (outcome?.type !== "continuous" || endpointPlan === undefined) return undefined;
  return { outcome, visitDays: endpointPlan.visitDays, primary: endpointPlan.primaryIndex };
}

/**
 * When each patient leaves the trial, and why: death (a grade 5 adverse event), stopping the
 * drug for an adverse event (with after_discontinuation), lack of efficacy at a visit, or
 * withdrawal with hazard rate · exp(a · change at the last visit (missing at random) + b ·
 * change at the primary visit (missing not at random)) — piecewise constant between the
 * visits, inverted with one uniform per patient from the stream `dropout` (one draw each,
 * whatever happens). The earliest wins. Without spec.dropout, nobody leaves but the dead.
 */
export function drawDropout(plan: TrialPlan, context: { replicate: number; endpoints: readonly EndpointOutcome[]; courses: ReplicateCourses | undefined; size: number }): Dropout | undefined {
  const section = plan.spec.dropout;
  const courses = context.courses;
  if (section === undefined && courses === undefined) return undefined;
  const endDay = plan.spec.trial.duration_days;
  const day = new Float64Array(context.size).fill(Infinity);
  const reason: (DropoutReason | undefined)[] = new Array<DropoutReason | undefined>(context.size).fill(undefined);
  const rng = section === undefined ? undefined : streamFor(plan.spec.trial.seed, STREAM_PURPOSES.dropout(context.replicate));
  const mar = continuousOutcome(plan, context.endpoints, section?.missing_at_random?.endpoint);
  const mnar = continuousOutcome(plan, context.endpoints, section?.missing_not_at_random?.endpoint);
  const futility = continuousOutcome(plan, context.endpoints, section?.lack_of_efficacy?.endpoint);
  const leave = (patient: number, at: number, why: DropoutReason) => {
    if (at < (day[patient] as number) && at < endDay) {
      day[patient] = at;
      reason[patient] = why;
    }
  };
  for (let patient = 0; patient < context.size; patient++) {
    const course = courses?.own[patient];
    if (course !== undefined && !Number.isNaN(course.deathH)) leave(patient, course.deathH / 24, "death");
    if (course !== undefined && section?.after_discontinuation === true && !Number.isNaN(course.discontinuedH)) leave(patient, course.discontinuedH / 24, "adverse-event");
    if (section === undefined || rng === undefined) continue;
    const uniform = rng.next();
    const rule = section.lack_of_efficacy;
    if (rule !== undefined && futility !== undefined) {
      const visit = futility.visitDays.indexOf(rule.visit_day);
      const change = futility.outcome.visitChanges[visit]?.[patient] ?? Number.NaN;
      if (rule.direction === "below" ? change < rule.threshold : change > rule.threshold) leave(patient, rule.visit_day, "lack-of-efficacy");
    }
    const base = (section.rate_per_year / DAYS_PER_YEAR) * Math.exp((section.missing_not_at_random?.coefficient ?? 0) * (mnar === undefined ? 0 : (mnar.outcome.visitChanges[mnar.primary]?.[patient] ?? 0)));
    if (!(base > 0)) continue;
    const clock = { cumulativeHazard: 0, targetHazard: exponentialTarget(uniform) };
    // Between visits of the missing-at-random endpoint the hazard reads the change last observed (0 before the first visit).
    const boundaries = [0, ...(mar?.visitDays ?? []).filter((visit) => visit < endDay), endDay];
    for (let piece = 0; piece + 1 < boundaries.length; piece++) {
      const lastChange = piece === 0 || mar === undefined ? 0 : (mar.outcome.visitChanges[piece - 1]?.[patient] ?? 0);
      const hazard = base * Math.exp((section.missing_at_random?.coefficient ?? 0) * lastChange);
      const onset = advanceCumulativeHazard(clock, boundaries[piece] as number, boundaries[piece + 1] as number, hazard);
      if (onset !== undefined) {
        leave(patient, onset, "withdrawal");
        break;
      }
    }
  }
  return { day, reason };
}

/** Whether each patient was still in the trial on `day` (measured there), as a mask. */
function presentOn(dropout: Dropout, day: number): Uint8Array {
  return Uint8Array.from(dropout.day, (left) => (left >= day ? 1 : 0));
}

/**
 * The outcomes the trial observes after dropout: a continuous endpoint is missing for a
 * patient who left before its primary visit, a responder endpoint with the continuous
 * endpoint it reads, logistic binary and count endpoints (measured at the end) for a patient
 * who left before the end; an event time is censored when the patient left. The complete
 * outcomes stay (each patient's and its twin's): the true effect is over every treated
 * patient, so missing data that depend on the outcome show up as bias.
 */
export function applyDropout(plan: TrialPlan, endpoints: readonly EndpointOutcome[], dropout: Dropout | undefined): EndpointOutcome[] {
  if (dropout === undefined) return [...endpoints];
  const endDay = plan.spec.trial.duration_days;
  return endpoints.map((outcome, index) => {
    const endpointPlan = plan.endpoints[index];
    if (endpointPlan === undefined) return outcome;
    switch (outcome.type) {
      case "continuous":
        return { ...outcome, observed: presentOn(dropout, endpointPlan.visitDays[endpointPlan.primaryIndex] ?? endDay) };
      case "binary": {
        const source = plan.endpoints.find((entry) => entry.endpoint.id === endpointPlan.endpoint.responder?.endpoint);
        return { ...outcome, observed: presentOn(dropout, source === undefined ? endDay : (source.visitDays[source.primaryIndex] ?? endDay)) };
      }
      case "count":
        return { ...outcome, observed: presentOn(dropout, endDay) };
      case "time-to-event": {
        const censor = (times: Float64Array, events: Uint8Array) => ({
          time: Float64Array.from(times, (time, patient) => Math.min(time, dropout.day[patient] as number)),
          event: Uint8Array.from(events, (event, patient) => (event === 1 && (times[patient] as number) <= (dropout.day[patient] as number) ? 1 : 0)),
        });
        const own = censor(outcome.timeDays, outcome.event);
        const twin = censor(outcome.twinTimeDays, outcome.twinEvent);
        return { ...outcome, timeDays: own.time, event: own.event, twinTimeDays: twin.time, twinEvent: twin.event, followUpDays: Float64Array.from(outcome.followUpDays, (days, patient) => Math.min(days, dropout.day[patient] as number)) };
      }
    }
  });
}

/**
 * A patient's course as the trial records it: nothing after the patient left (no adverse
 * events, no doses), and follow-up ends there. Its twin's course is left whole.
 */
export function observedCourses(courses: ReplicateCourses | undefined, dropout: Dropout | undefined): ReplicateCourses | undefined {
  if (courses === undefined || dropout === undefined) return courses;
  const own = courses.own.map((course, patient) => {
    const leftH = (dropout.day[patient] as number) * 24;
    if (!(leftH < course.followUpH)) return course;
    const doses = course.doses.filter((dose) => dose.timeH <= leftH);
    return {
      ...course, doses,
      occurrences: course.occurrences.filter((occurrence) => occurrence.onsetH <= leftH),
      deliveredMg: doses.reduce((sum, dose) => sum + dose.amountMg, 0),
      followUpH: leftH,
    };
  });
  return { own, twin: courses.twin };
}
