import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../src/stats/kaplan-meier.js";
import { loadSurvivalExtrasReference, loadSurvivalReference, selectArm } from "../helpers/survival-reference.js";

/** Patients with integer times 0..15 (so ties are common) and random censoring. */
const patients = fc.array(fc.record({ time: fc.integer({ min: 0, max: 15 }), event: fc.boolean() }), { minLength: 1, maxLength: 60 });

describe("kaplanMeier preconditions", () => {
  it("checks its data (see checkSurvivalData)", () => {
    expect(() => kaplanMeier({ times: [], events: [] })).toThrow(new RangeError("kaplanMeier requires at least one patient"));
    expect(() => kaplanMeier({ times: [1, -2], events: [1, 1] })).toThrow(
      new RangeError("kaplanMeier requires finite non-negative times, got -2 at index 1"),
    );
  });
});

describe("kaplanMeier", () => {
  it("doc example: 3/4, then × 2/3 with a tied censoring, then × 0/1", () => {
    const curve = kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] });
    expect(Array.from(curve.times)).toEqual([1, 2, 3]);
    expect(Array.from(curve.atRisk)).toEqual([4, 3, 1]);
    expect(Array.from(curve.eventCounts)).toEqual([1, 1, 1]);
    expect(Array.from(curve.censoredCounts)).toEqual([0, 1, 0]);
    expect(Array.from(curve.survival)).toEqual([0.75, 0.5, 0]);
    // Greenwood: 1/(4·3), + 1/(3·2) = 1/4, + 1/(1·0) = ∞ (everyone at risk died; R's std.err is Inf too).
    expect(curve.logSurvivalVariance[0]).toBeCloseTo(1 / 12, 15);
    expect(curve.logSurvivalVariance[1]).toBeCloseTo(1 / 4, 15);
    expect(curve.logSurvivalVariance[2]).toBe(Infinity);
    expect([curve.patients, curve.events]).toEqual([4, 3]);
  });

  it("without events is flat at 1 with zero variance", () => {
    const curve = kaplanMeier({ times: [4, 2, 9], events: [false, false, false] });
    expect(Array.from(curve.survival)).toEqual([1, 1, 1]);
    expect(Array.from(curve.logSurvivalVariance)).toEqual([0, 0, 0]);
    expect(curve.events).toBe(0);
  });

  it("with every event at one time drops to 0 at once", () => {
    const curve = kaplanMeier({ times: [5, 5, 5], events: [1, 1, 1] });
    expect(Array.from(curve.times)).toEqual([5]);
    expect(Array.from(curve.atRisk)).toEqual([3]);
    expect(Array.from(curve.survival)).toEqual([0]);
  });

  it("with one patient: a single step", () => {
    const curve = kaplanMeier({ times: [0], events: [true] });
    expect(Array.from(curve.survival)).toEqual([0]);
    expect(Array.from(kaplanMeier({ times: [3], events: [0] }).survival)).toEqual([1]);
  });

  it("reproduces R's patient and event counts per arm (stats.json → survival.counts, models.json → kaplan_meier)", () => {
    // R 4.2.2 survival 3.5-3: pbc, death; treatment n = 158 (65 deaths), control n = 154 (60 deaths).
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    for (const arm of ["treatment", "control"] as const) {
      const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(event, treat, arm) });
      expect([curve.patients, curve.events]).toEqual([reference.counts[arm].n, reference.counts[arm].events]);
    }
    const extras = loadSurvivalExtrasReference();
    for (const [endpoint, isEvent] of [["death", (s: number) => s === 2], ["death_or_transplant", (s: number) => s >= 1]] as const) {
      const events = extras.inputs.status.map((status) => (isEvent(status) ? 1 : 0));
      for (const arm of ["treatment", "control"] as const) {
        const curve = kaplanMeier({ times: selectArm(extras.inputs.time, extras.inputs.treat, arm), events: selectArm(events, extras.inputs.treat, arm) });
        const expected = extras.kaplan_meier[endpoint][arm];
        expect([curve.patients, curve.events], `${endpoint} ${arm}`).toEqual([expected.n, expected.events]);
      }
    }
  });

  propTest.prop([patients])("survival is non-increasing in [0, 1] and the counts add up", (data) => {
    const curve = kaplanMeier({ times: data.map((p) => p.time), events: data.map((p) => p.event) });
    let previous = 1;
    for (const value of curve.survival) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(previous);
      previous = value;
    }
    const last = curve.times.length - 1;
    expect((curve.atRisk[last] ?? 0) - (curve.eventCounts[last] ?? 0) - (curve.censoredCounts[last] ?? 0)).toBe(0);
    expect(curve.atRisk[0]).toBe(data.length);
  });

  const permuted = patients.chain((data) =>
    fc.tuple(fc.constant(data), fc.shuffledSubarray(data, { minLength: data.length, maxLength: data.length })),
  );
  propTest.prop([permuted])("a permutation of the patients changes nothing", ([data, shuffled]) => {
    const curve = kaplanMeier({ times: data.map((p) => p.time), events: data.map((p) => p.event) });
    const other = kaplanMeier({ times: shuffled.map((p) => p.time), events: shuffled.map((p) => p.event) });
    expect(other).toEqual(curve);
  });
});
