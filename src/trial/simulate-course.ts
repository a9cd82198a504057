import type { ScheduledDose } from "../dosing/index.js";
import type { Dose } from "../pk/index.js";
import { advanceCumulativeHazard, exponentialTarget, gradeOf, logisticProbability, logNormalDuration, proportionalOddsGrade, type CumulativeHazardState } from "../safety/index.js";
import { gradeShares } from "../spec/adverse-event-rules.js";
import type { AdverseEventModel, DoseModifications } from "../spec/schema.js";
import type { IntervalExposures } from "./pk-model-types.js";

const HOURS_PER_YEAR = 365.25 * 24;

/**
 * A hazard driven by the concentration reads each dosing interval in sub-intervals of at most
 * this length (and at least CONCENTRATION_MIN_PARTS of them): the hazard on each is exp(slope ×
 * its average concentration), so the cumulative hazard over whole sub-intervals is exact to
 * second order in their length, and an event inside one is placed to first order.
 */
export const CONCENTRATION_PART_H = 1;
export const CONCENTRATION_MIN_PARTS = 16;

function partsOf(interval: { readonly startH: number; readonly endH: number }): number {
  return Math.max(CONCENTRATION_MIN_PARTS, Math.ceil((interval.endH - interval.startH) / CONCENTRATION_PART_H));
}

/** What a dose modification rule did on an event. */
export type DoseAction = "none" | "interrupted" | "reduced" | "interrupted-reduced" | "discontinued";

/** One occurrence of an adverse event in a patient's course. */
export interface AdverseEventOccurrence {
  /** Index of the term in spec.adverse_events. */
  readonly term: number;
  readonly onsetH: number;
  /** CTCAE grade 1–5 (5: death). */
  readonly grade: number;
  readonly serious: boolean;
  /** Until the grade is back to ≤ 1 (h); Infinity for a death. */
  readonly durationH: number;
  readonly action: DoseAction;
}

/** A patient's course under one arm: its adverse events and the doses it really got. */
export interface PatientCourse {
  readonly occurrences: readonly AdverseEventOccurrence[];
  /** The doses given, after interruptions, reductions and discontinuation (and missed doses). */
  readonly doses: readonly Dose[];
  /** Sum of the scheduled amounts at the starting level (mg): the planned dose. */
  readonly plannedMg: number;
  /** Sum of the amounts given (mg). */
  readonly deliveredMg: number;
  readonly interruptions: number;
  readonly reductions: number;
  /** Steps back up a dose level (dose_modifications.re_escalate_after_days). */
  readonly reEscalations: number;
  /** Time of permanent discontinuation (h), NaN if none. */
  readonly discontinuedH: number;
  /** Time of death (a grade 5 event, h), NaN if none. */
  readonly deathH: number;
  /** Time under observation (h): the planned period, or until death. */
  readonly followUpH: number;
}

/** A time-driven adverse event model for one patient, with its draws. */
export interface CourseTerm {
  readonly index: number;
  readonly model: AdverseEventModel;
  /** The patient's covariate terms of the log hazard or log odds. */
  readonly linear: number;
  /** hazard: one uniform per occurrence (its exponential target); per-cycle: one uniform per cycle. */
  readonly eventDraws: Float64Array;
  /** One uniform per occurrence for the grade, one for the duration. */
  readonly gradeDraws: Float64Array;
  readonly durationDraws: Float64Array;
}

/** How a patient's doses are given under its arm (undefined: no drug). */
export interface CourseDosing {
  readonly schedule: readonly ScheduledDose[];
  readonly isTaken: (index: number) => boolean;
  /** The dose of a scheduled administration at a level factor (reduced level / starting level). */
  readonly doseOf: (scheduled: ScheduledDose, levelFactor: number) => Dose;
  /** Amount of a scheduled administration at the starting level (mg). */
  readonly plannedAmountOf: (scheduled: ScheduledDose) => number;
  readonly levels: readonly number[] | undefined;
}

export interface CourseInputs {
  readonly dosing: CourseDosing | undefined;
  readonly exposures: IntervalExposures | undefined;
  /** Cycle starts (h) of per-cycle models for a patient without its own schedule. */
  readonly cycleStartsH: ArrayLike<number>;
  readonly terms: readonly CourseTerm[];
  readonly rules: DoseModifications | undefined;
  readonly endH: number;
}

interface Interval {
  readonly startH: number;
  readonly endH: number;
  /** The scheduled administration at its start, if any. */
  readonly scheduled: ScheduledDose | undefined;
}

function intervalsOf(inputs: CourseInputs): Interval[] {
  const starts = inputs.dosing?.schedule ?? Array.from(inputs.cycleStartsH, (timeH) => ({ timeH }) as ScheduledDose);
  const list: Interval[] = [];
  if ((starts[0]?.timeH ?? 0) > 0) list.push({ startH: 0, endH: starts[0]?.timeH ?? inputs.endH, scheduled: undefined });
  starts.forEach((start, index) => {
    if (start.timeH >= inputs.endH) return;
    const next = starts[index + 1]?.timeH ?? inputs.endH;
    list.push({ startH: start.timeH, endH: Math.min(next, inputs.endH), scheduled: inputs.dosing === undefined ? undefined : start });
  });
  if (list.length === 0) list.push({ startH: 0, endH: inputs.endH, scheduled: undefined });
  return list;
}

function maxOccurrences(model: AdverseEventModel): number {
  return model.recurrence ? model.max_occurrences : 1;
}

/** The number of draws a term takes per patient, whatever happens (streams stay aligned). */
export function courseDrawCounts(model: AdverseEventModel, cycles: number): { events: number; grades: number; durations: number } {
  const occurrences = maxOccurrences(model);
  return { events: model.model === "per-cycle" ? cycles : occurrences, grades: occurrences, durations: occurrences };
}

/** A candidate event of one interval, before the dose rules see it. */
interface Candidate {
  readonly term: CourseTerm;
  readonly onsetH: number;
  readonly grade: number;
  readonly durationH: number;
}

class TermState {
  occurrences = 0;
  atRiskFromH = 0;
  readonly clock: CumulativeHazardState;
  constructor(readonly term: CourseTerm) {
    this.clock = { cumulativeHazard: 0, targetHazard: term.model.model === "hazard" ? exponentialTarget(term.eventDraws[0] as number) : 0 };
  }

  get done(): boolean {
    return this.occurrences >= maxOccurrences(this.term.model);
  }
}

/**
 * Simulates one patient through time, dosing interval by dosing interval, so that an adverse
 * event at time t changes the doses after t. At the start of each interval the scheduled dose
 * is given unless the patient is discontinued, interrupted (an event not yet recovered) or
 * misses it, at the current dose level. Each time-driven AE model then reads the interval's
 * exposure (given the doses so far): a hazard model accumulates rate · exp(slope · x + covariates)
 * over the interval and fires when the cumulative hazard reaches the next exponential target
 * (inversion of a piecewise-constant hazard: exact for the interval exposure), a per-cycle
 * model fires at the interval's start with its logistic probability. A patient is at risk again
 * after an event has recovered (recurrence). Events are then taken in time order and the first
 * dose modification rule that fits each one acts on the doses from the next interval on.
 * Grade 5 is death: the course ends there.
 */
export function simulateCourse(inputs: CourseInputs): PatientCourse {
  const { dosing, rules } = inputs;
  const states = inputs.terms.map((term) => new TermState(term));
  const occurrences: AdverseEventOccurrence[] = [];
  const doses: Dose[] = [];
  let plannedMg = 0;
  let deliveredMg = 0;
  let level = 0;
  let resumeH = -Infinity;
  let discontinuedH = Number.NaN;
  let deathH = Number.NaN;
  let interruptions = 0;
  let reductions = 0;
  let triggered = 0;
  let reEscalations = 0;
  // When the dose level last changed or a rule last fired: re-escalation counts from there.
  let quietSinceH = 0;
  const reEscalateAfterH = rules?.re_escalate_after_days === undefined ? Infinity : rules.re_escalate_after_days * 24;
  const intervals = intervalsOf(inputs);
  const boundariesH = [...intervals.map((interval) => interval.startH), inputs.endH];
  const needsCmax = inputs.terms.some((term) => term.model.exposure === "cmax");
  const needsConcentration = inputs.terms.some((term) => term.model.exposure === "concentration");
  // The concentration-driven hazard reads each interval in CONCENTRATION_SUBSTEPS equal parts.
  const partCounts = needsConcentration ? intervals.map(partsOf) : [];
  const firstPart = partCounts.reduce<number[]>((firsts, count, index) => [...firsts, (firsts[index] as number) + count], [0]);
  const fineBoundariesH = needsConcentration ? [...intervals.flatMap((interval, index) => Array.from({ length: partCounts[index] as number }, (_, part) => interval.startH + ((interval.endH - interval.startH) * part) / (partCounts[index] as number))), inputs.endH] : [];
  let fineAverage: Float64Array | undefined;
  // The exposure of every interval, from one walk over the doses given so far and those still
  // to come if nothing else happens; walked again only after an event changes the doses.
  let series: { readonly auc: Float64Array; readonly cmax: Float64Array; readonly aucBefore: Float64Array } | undefined;
  let stale = true;
  const levelFactor = (): number => (dosing?.levels === undefined ? 1 : (dosing.levels[level] as number) / (dosing.levels[0] as number));
  const givenAt = (interval: Interval): boolean => dosing !== undefined && interval.scheduled !== undefined && Number.isNaN(discontinuedH) && interval.startH >= resumeH && dosing.isTaken(interval.scheduled.index);
  for (const [cycle, interval] of intervals.entries()) {
    if (!Number.isNaN(deathH)) break;
    const { startH, endH, scheduled } = interval;
    if (level > 0 && Number.isNaN(discontinuedH) && startH >= resumeH && startH - quietSinceH >= reEscalateAfterH) {
      level -= 1;
      reEscalations += 1;
      quietSinceH = startH;
      stale = true;
    }
    if (dosing !== undefined && scheduled !== undefined) {
      plannedMg += dosing.plannedAmountOf(scheduled);
      if (givenAt(interval)) {
        const dose = dosing.doseOf(scheduled, levelFactor());
        doses.push(dose);
        deliveredMg += dose.amountMg;
      }
    }
    if (stale && inputs.exposures !== undefined) {
      const projected = [...doses];
      for (const later of intervals.slice(cycle + 1)) if (dosing !== undefined && later.scheduled !== undefined && givenAt(later)) projected.push(dosing.doseOf(later.scheduled, levelFactor()));
      const walked = inputs.exposures.series(projected, boundariesH, needsCmax);
      const aucBefore = new Float64Array(intervals.length);
      for (let index = 1; index < intervals.length; index++) aucBefore[index] = (aucBefore[index - 1] as number) + (walked.aucMgHPerL[index - 1] as number);
      series = { auc: walked.aucMgHPerL, cmax: walked.cmaxMgPerL, aucBefore };
      if (needsConcentration) {
        const fine = inputs.exposures.series(projected, fineBoundariesH, false).aucMgHPerL;
        fineAverage = fine.map((auc, part) => auc / ((fineBoundariesH[part + 1] as number) - (fineBoundariesH[part] as number)));
      }
      stale = false;
    }
    const exposureOf = (driver: string): number => {
      if (series === undefined) return 0;
      if (driver === "cmax") return series.cmax[cycle] as number;
      if (driver === "auc_cumulative") return series.aucBefore[cycle] as number;
      const auc = series.auc[cycle] as number;
      return driver === "auc_tau" ? auc : auc / (endH - startH);
    };
    const candidates: Candidate[] = [];
    const from = firstPart[cycle] ?? 0;
    const to = firstPart[cycle + 1] ?? 0;
    const parts = fineAverage === undefined ? undefined : { startsH: fineBoundariesH.slice(from, to + 1), averages: fineAverage.subarray(from, to) };
    for (const state of states) collectEvents(state, { startH, endH, cycle, exposureOf, parts, candidates });
    candidates.sort((a, b) => a.onsetH - b.onsetH || a.term.index - b.term.index);
    for (const candidate of candidates) {
      if (!Number.isNaN(deathH)) break;
      const { onsetH, grade, durationH, term } = candidate;
      let action: DoseAction = "none";
      const rule = rules?.rules.find((entry) => (entry.term === "any" || entry.term === term.model.term) && grade >= entry.grade_at_least);
      if (rule !== undefined && Number.isNaN(discontinuedH) && dosing !== undefined) {
        triggered += 1;
        quietSinceH = onsetH;
        let kind: string = rule.action;
        if (rules?.discontinue_after_occurrences !== undefined && triggered >= rules.discontinue_after_occurrences) kind = "discontinue";
        const interrupts = kind === "interrupt" || kind === "interrupt-then-reduce";
        if (interrupts && rules?.max_interruption_days !== undefined && durationH > rules.max_interruption_days * 24) kind = "discontinue";
        const reduces = kind === "reduce" || kind === "interrupt-then-reduce";
        if (reduces && (dosing.levels === undefined || level + 1 >= dosing.levels.length)) kind = "discontinue";
        if (kind === "discontinue") {
          discontinuedH = onsetH;
          action = "discontinued";
        } else {
          if (interrupts) {
            resumeH = Math.max(resumeH, onsetH + durationH);
            interruptions += 1;
          }
          if (reduces) {
            level += 1;
            reductions += 1;
          }
          action = interrupts && reduces ? "interrupted-reduced" : interrupts ? "interrupted" : "reduced";
        }
      }
      if (action !== "none") stale = true;
      occurrences.push({ term: term.index, onsetH, grade, serious: grade >= term.model.serious_from_grade, durationH, action });
      if (grade >= 5) deathH = onsetH;
    }
  }
  return { occurrences, doses, plannedMg, deliveredMg, interruptions, reductions, reEscalations, discontinuedH, deathH, followUpH: Number.isNaN(deathH) ? inputs.endH : deathH };
}

function gradeAndDuration(state: TermState, x: number): { grade: number; durationH: number } {
  const { term } = state;
  const model = term.model;
  const at = state.occurrences;
  const uniform = term.gradeDraws[at] as number;
  const grade = model.ordinal !== undefined ? proportionalOddsGrade(uniform, model.ordinal, x) : gradeOf(uniform, model.grades === undefined ? [1] : gradeShares(model.grades));
  const duration = model.duration_days;
  const durationH = grade >= 5 ? Infinity : logNormalDuration(term.durationDraws[at] as number, (duration?.median ?? 1) * 24, duration?.geometric_sd ?? 1);
  return { grade, durationH };
}

/** The average concentration of each sub-interval of one dosing interval (concentration-driven hazards). */
interface IntervalParts {
  readonly startsH: readonly number[];
  readonly averages: Float64Array;
}

function collectEvents(state: TermState, context: { startH: number; endH: number; cycle: number; exposureOf: (driver: string) => number; parts: IntervalParts | undefined; candidates: Candidate[] }): void {
  const { term } = state;
  const model = term.model;
  const { startH, endH } = context;
  if (state.done || state.atRiskFromH >= endH) return;
  if (model.exposure === "concentration" && context.parts !== undefined) {
    const { startsH, averages } = context.parts;
    for (let part = 0; part < averages.length; part++) collectHazardEvents(state, context.candidates, { fromH: startsH[part] as number, toH: startsH[part + 1] as number, x: averages[part] as number });
    return;
  }
  const x = context.exposureOf(model.exposure);
  const eta = term.linear + model.slope * x;
  if (model.model === "per-cycle") {
    if (state.atRiskFromH > startH) return;
    const probability = logisticProbability((model.intercept ?? 0) + eta, 0, 0);
    if (!((term.eventDraws[context.cycle] as number) < probability)) return;
    record(state, context.candidates, startH, x);
    return;
  }
  collectHazardEvents(state, context.candidates, { fromH: startH, toH: endH, x });
}

/** Events of a hazard model on [fromH, toH) at a constant exposure x (the patient at risk from atRiskFromH). */
function collectHazardEvents(state: TermState, candidates: Candidate[], piece: { fromH: number; toH: number; x: number }): void {
  const { term } = state;
  const model = term.model;
  const { toH, x } = piece;
  const hazardPerH = ((model.rate_per_year ?? 0) / HOURS_PER_YEAR) * Math.exp(term.linear + model.slope * x);
  let fromH = Math.max(piece.fromH, state.atRiskFromH);
  while (!state.done && fromH < toH) {
    const onsetH = advanceCumulativeHazard(state.clock, fromH, toH, hazardPerH);
    if (onsetH === undefined) return;
    record(state, candidates, onsetH, x);
    // At risk again once the event has recovered, with a fresh exponential target.
    if (!state.done) state.clock.targetHazard = exponentialTarget(term.eventDraws[state.occurrences] as number);
    fromH = state.atRiskFromH;
  }
}

function record(state: TermState, candidates: Candidate[], onsetH: number, x: number): void {
  const { grade, durationH } = gradeAndDuration(state, x);
  candidates.push({ term: state.term, onsetH, grade, durationH });
  state.occurrences += 1;
  state.atRiskFromH = onsetH + durationH;
}
