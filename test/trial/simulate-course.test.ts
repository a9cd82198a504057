import { describe, expect, it } from "vitest";
import { expandRegimen, type ScheduledDose } from "../../src/dosing/index.js";
import type { Dose } from "../../src/pk/index.js";
import type { AdverseEventModel, DoseModifications, PkSection } from "../../src/spec/schema.js";
import { preparePkModel } from "../../src/trial/pk-model.js";
import { simulateCourse, type CourseDosing, type CourseInputs, type CourseTerm } from "../../src/trial/simulate-course.js";

const HOURS_PER_YEAR = 365.25 * 24;
const END_H = 84 * 24;

/** A one-compartment oral model (CL 5 L/h, V 60 L, ka 1/h, F 1): linear, so doses superpose. */
const PK = preparePkModel({ model: "one-compartment", bioavailability: 1, parameters: {} } as unknown as PkSection, ["ka_per_h", "clearance_l_per_h", "volume_l"]);
const VALUES = [1, 5, 60];

function model(overrides: Partial<AdverseEventModel>): AdverseEventModel {
  return {
    term: "tox", model: "hazard", exposure: "cavg", rate_per_year: 1, slope: 0, recurrence: false, max_occurrences: 10,
    grades: { grade_1: 0, grade_2: 0, grade_3: 1, grade_4: 0, grade_5: 0 }, serious_from_grade: 3, duration_days: { median: 5, geometric_sd: 1 }, ...overrides,
  } as AdverseEventModel;
}

function term(adverseEvent: AdverseEventModel, eventUniforms: number[], gradeUniform = 0.5, durationUniform = 0.5): CourseTerm {
  const occurrences = adverseEvent.recurrence ? adverseEvent.max_occurrences : 1;
  return {
    index: 0, model: adverseEvent, linear: 0,
    eventDraws: Float64Array.from(eventUniforms),
    gradeDraws: new Float64Array(occurrences).fill(gradeUniform),
    durationDraws: new Float64Array(occurrences).fill(durationUniform),
  };
}

function dailyDosing(levels?: number[]): CourseDosing {
  const schedule: ScheduledDose[] = expandRegimen({ route: "oral", doseMg: levels?.[0] ?? 200, intervalH: 24, doseCount: 84, loadingDosesMg: [], titration: [] });
  return {
    schedule, isTaken: () => true, levels,
    doseOf: (scheduled, factor): Dose => ({ route: "oral", timeH: scheduled.timeH, amountMg: scheduled.amountMg * factor }),
    plannedAmountOf: (scheduled) => scheduled.amountMg,
  };
}

function inputs(overrides: Partial<CourseInputs>): CourseInputs {
  return { dosing: undefined, exposures: undefined, cycleStartsH: new Float64Array(0), terms: [], rules: undefined, endH: END_H, ...overrides };
}

describe("simulateCourse: a constant hazard", () => {
  it("puts the event at −ln(U)/λ, however the dosing intervals cut the time", () => {
    for (const u of [0.9, 0.5, 0.2, 0.05]) {
      const expected = -Math.log(u) / (1 / HOURS_PER_YEAR);
      const undosed = simulateCourse(inputs({ terms: [term(model({}), [u])] }));
      const dosed = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(model({}), [u])] }));
      for (const course of [undosed, dosed]) {
        const onset = course.occurrences[0]?.onsetH ?? Infinity;
        if (expected < END_H) expect(Math.abs(onset - expected) / expected).toBeLessThan(1e-12);
        else expect(course.occurrences).toHaveLength(0);
      }
    }
  });

  it("gives an event by T to the fraction 1 − exp(−λT) of stratified uniforms (to 1/N)", () => {
    const rate = 2.5; // per year
    const n = 20000;
    let events = 0;
    for (let index = 0; index < n; index++) {
      const course = simulateCourse(inputs({ terms: [term(model({ rate_per_year: rate }), [(index + 0.5) / n])] }));
      events += course.occurrences.length;
    }
    const expected = 1 - Math.exp(-(rate * END_H) / HOURS_PER_YEAR);
    expect(Math.abs(events / n - expected)).toBeLessThanOrEqual(1 / n);
  });
});

describe("simulateCourse: dose modifications", () => {
  const reduceRule: DoseModifications = { rules: [{ term: "tox", grade_at_least: 3, action: "reduce" }] };
  // With a hazard of 1/h from time 0, a target −ln U = 240.5 puts the event at 240.5 h: day 10's interval.
  const onsetH = 240.5;
  const firstEvent = (rateAfter: number) => model({ rate_per_year: rateAfter * HOURS_PER_YEAR });

  it("a reduction halves the exposure of every later dose of a linear PK model, exactly", () => {
    // Target E = 240.5 · (1/h): the event falls 0.5 h into day 10's interval; the reduction starts with day 11's dose.
    const course = simulateCourse(inputs({ dosing: dailyDosing([200, 100]), exposures: PK.intervals?.(VALUES), terms: [term(firstEvent(1), [Math.exp(-onsetH)])], rules: reduceRule }));
    expect(course.occurrences[0]?.onsetH).toBeCloseTo(onsetH, 9);
    expect(course.occurrences[0]?.action).toBe("reduced");
    expect(course.reductions).toBe(1);
    const amounts = course.doses.map((dose) => dose.amountMg);
    expect(amounts.slice(0, 11)).toEqual(new Array(11).fill(200));
    expect(amounts.slice(11)).toEqual(new Array(73).fill(100));
    const planned = dailyDosing([200, 100]).schedule.map((scheduled): Dose => ({ route: "oral", timeH: scheduled.timeH, amountMg: 200 }));
    const before = planned.slice(0, 11);
    const times = Float64Array.from({ length: 200 }, (_, index) => 264 + index * 8.3);
    const actual = PK.concentrations(VALUES, course.doses, times);
    const plannedC = PK.concentrations(VALUES, planned, times);
    const earlier = PK.concentrations(VALUES, before, times);
    times.forEach((_, index) => {
      const later = (actual[index] as number) - (earlier[index] as number);
      const plannedLater = (plannedC[index] as number) - (earlier[index] as number);
      expect(Math.abs(later - 0.5 * plannedLater)).toBeLessThanOrEqual(1e-12 * Math.abs(plannedLater));
    });
    expect(course.deliveredMg).toBe(11 * 200 + 73 * 100);
    expect(course.plannedMg).toBe(84 * 200);
  });

  it("re-escalation: after the given days without an event that fires a rule, one level back up", () => {
    const rules: DoseModifications = { ...reduceRule, re_escalate_after_days: 10 };
    const course = simulateCourse(inputs({ dosing: dailyDosing([200, 100]), exposures: PK.intervals?.(VALUES), terms: [term(firstEvent(1), [Math.exp(-onsetH)])], rules }));
    // Reduced from day 11; 10 days after the event (240.5 h + 240 h = 480.5 h) the next dose, day 21, is back at 200 mg.
    const amounts = course.doses.map((dose) => dose.amountMg);
    expect(amounts.slice(11, 21)).toEqual(new Array(10).fill(100));
    expect(amounts.slice(21)).toEqual(new Array(63).fill(200));
    expect(course.reEscalations).toBe(1);
  });

  it("an interruption holds every dose until the event has recovered, then resumes at the same level", () => {
    const rules: DoseModifications = { rules: [{ term: "tox", grade_at_least: 3, action: "interrupt" }] };
    const course = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(firstEvent(1), [Math.exp(-onsetH)])], rules }));
    // Duration: the median, 5 days (geometric SD 1): recovered at 240.5 + 120 = 360.5 h, so days 11–15 (264–360 h) are held.
    const times = course.doses.map((dose) => dose.timeH / 24);
    expect(times.filter((day) => day >= 11 && day <= 15)).toEqual([]);
    expect(times).toContain(16);
    expect(course.doses).toHaveLength(84 - 5);
    expect(course.interruptions).toBe(1);
    expect(course.doses.every((dose) => dose.amountMg === 200)).toBe(true);
  });

  it("an interruption longer than the limit discontinues; so does a reduction below the last level", () => {
    const limited: DoseModifications = { rules: [{ term: "tox", grade_at_least: 3, action: "interrupt" }], max_interruption_days: 4 };
    const stopped = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(firstEvent(1), [Math.exp(-onsetH)])], rules: limited }));
    expect(stopped.discontinuedH).toBeCloseTo(onsetH, 9);
    expect(stopped.doses).toHaveLength(11);
    expect(stopped.occurrences[0]?.action).toBe("discontinued");
    const bottom = simulateCourse(inputs({ dosing: dailyDosing([200, 100]), exposures: PK.intervals?.(VALUES), terms: [term(model({ rate_per_year: HOURS_PER_YEAR, recurrence: true, max_occurrences: 3 }), [Math.exp(-10.5), Math.exp(-100), Math.exp(-100)])], rules: reduceRule }));
    // Events after discontinuation still happen (off drug) but change nothing.
    expect(bottom.occurrences.map((occurrence) => occurrence.action)).toEqual(["reduced", "discontinued", "none"]);
  });

  it("the n-th event that fires a rule discontinues", () => {
    const rules: DoseModifications = { rules: [{ term: "any", grade_at_least: 1, action: "interrupt" }], discontinue_after_occurrences: 2 };
    const course = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(model({ rate_per_year: HOURS_PER_YEAR, recurrence: true, max_occurrences: 3 }), [Math.exp(-10.5), Math.exp(-50), Math.exp(-50)])], rules }));
    expect(course.occurrences.map((occurrence) => occurrence.action)).toEqual(["interrupted", "discontinued", "none"]);
    // Recurrent events start their clock after recovery: 10.5 h, then 120 h later + 50 h.
    expect(course.occurrences[1]?.onsetH).toBeCloseTo(10.5 + 120 + 50, 9);
  });

  it("a grade 5 event is a death: nothing happens after it", () => {
    const fatal = model({ grades: { grade_1: 0, grade_2: 0, grade_3: 0, grade_4: 0, grade_5: 1 }, recurrence: true, max_occurrences: 5, rate_per_year: HOURS_PER_YEAR });
    const course = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(fatal, [Math.exp(-30), Math.exp(-1), Math.exp(-1), Math.exp(-1), Math.exp(-1)])] }));
    expect(course.occurrences).toHaveLength(1);
    expect(course.deathH).toBeCloseTo(30, 9);
    expect(course.followUpH).toBeCloseTo(30, 9);
    expect(course.occurrences[0]?.durationH).toBe(Infinity);
    expect(course.doses).toHaveLength(2);
  });

  it("a per-cycle model fires at the start of a cycle whose uniform is below its probability", () => {
    const perCycle = model({ model: "per-cycle", intercept: 0, rate_per_year: undefined, slope: 0 });
    const uniforms = Array.from({ length: 84 }, (_, cycle) => (cycle === 7 ? 0.4 : 0.9));
    const course = simulateCourse(inputs({ dosing: dailyDosing(), exposures: PK.intervals?.(VALUES), terms: [term(perCycle, uniforms)] }));
    expect(course.occurrences.map((occurrence) => occurrence.onsetH)).toEqual([7 * 24]);
  });
});

describe("simulateCourse: a hazard driven by the concentration through time", () => {
  // One IV bolus of 1000 mg into 40 L (C0 = 25 mg/L), CL 4 L/h (k = 0.1/h); h(t) = λ·exp(β·C(t)).
  const bolusPk = preparePkModel({ model: "one-compartment", bioavailability: 1, parameters: {} } as unknown as PkSection, ["clearance_l_per_h", "volume_l"]);
  const oneBolus: CourseDosing = {
    schedule: expandRegimen({ route: "iv-bolus", doseMg: 1000, intervalH: 72, doseCount: 1, loadingDosesMg: [], titration: [] }),
    isTaken: () => true, levels: undefined, doseOf: (scheduled): Dose => ({ route: "iv-bolus", timeH: scheduled.timeH, amountMg: scheduled.amountMg }), plannedAmountOf: (scheduled) => scheduled.amountMg,
  };
  const lambdaPerYear = 0.5 * HOURS_PER_YEAR * 0.01; // 0.005 per hour without drug
  const beta = 0.1;
  /** H(t) = ∫0^t λ·exp(β·25·e^(−0.1 s)) ds by Simpson's rule on 200,000 steps: the reference. */
  function cumulativeHazard(t: number): number {
    const steps = 200_000;
    const h = t / steps;
    const f = (s: number) => (lambdaPerYear / HOURS_PER_YEAR) * Math.exp(beta * 25 * Math.exp(-0.1 * s));
    let sum = f(0) + f(t);
    for (let index = 1; index < steps; index++) sum += (index % 2 === 1 ? 4 : 2) * f(index * h);
    return (sum * h) / 3;
  }
  const onsetWith = (exposure: "concentration" | "cavg", target: number) =>
    simulateCourse({ dosing: oneBolus, exposures: bolusPk.intervals?.([4, 40]), cycleStartsH: new Float64Array(0), endH: 72, rules: undefined, terms: [term(model({ exposure, rate_per_year: lambdaPerYear, slope: beta }), [Math.exp(-target)])] }).occurrences[0]?.onsetH ?? Number.NaN;

  it("reaches the exact cumulative hazard at the end of every sub-interval (to Jensen's second-order gap), far closer than one average per interval", () => {
    // Targets equal to the exact H at sub-interval ends (1 h apart here: 72 parts of the 72-h interval).
    // exp(β·mean C) against the mean of exp(β·C) over a part differs by about (β·|dC/dt|·Δt)²/24 = (0.1·2.5·1)²/24 = 2.6e-3.
    const gap = 1.1 * (0.1 * 2.5 * 1) ** 2 / 24;
    for (const endH of [1, 2, 5, 10, 30]) {
      const target = cumulativeHazard(endH);
      const fine = onsetWith("concentration", target);
      const coarse = onsetWith("cavg", target);
      expect(Math.abs(cumulativeHazard(fine) / target - 1)).toBeLessThan(gap);
      expect(Math.abs(cumulativeHazard(fine) / target - 1)).toBeLessThan(Math.abs(cumulativeHazard(coarse) / target - 1) / 20);
    }
  });

  it("places an event inside a sub-interval to first order: within β·max|dC/dt|·Δt/2 of the exact hazard", () => {
    // |dC/dt| ≤ k·C0 = 2.5 mg/L/h, β = 0.1, Δt = 1 h: the hazard inside a part is off by at most 12.5%.
    for (const target of [0.05, 0.2, 0.5]) {
      expect(Math.abs(cumulativeHazard(onsetWith("concentration", target)) / target - 1)).toBeLessThan(0.125);
    }
  });
});
