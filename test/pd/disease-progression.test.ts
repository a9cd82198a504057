import { describe, expect, it } from "vitest";
import { followNaturalCourse, simulateDiseaseProgression, type NaturalProgression } from "../../src/pd/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const LINEAR: NaturalProgression = { kind: "linear", baseline: 20, slopePerH: 0.01 };
const EXPONENTIAL: NaturalProgression = { kind: "exponential", baseline: 10, ratePerH: 0.002 };
const TIMES_H = [0, 24, 100, 500];
const TIGHT = { relative: 1e-11, absolute: 1e-13 };
// A waning effect E(t) = 0.6·e^(−0.01 t): Λ(t) = ∫ (1 − E) = t − 60·(1 − e^(−0.01 t)).
const waning = (timeH: number) => 0.6 * Math.exp(-0.01 * timeH);
const unprotectedH = (timeH: number) => timeH - 60 * (1 - Math.exp(-0.01 * timeH));

describe("followNaturalCourse", () => {
  it("is S0 + slope·τ or S0·e^(rate·τ) (the doc example: doubling every 24 h, 40 after 48 h)", () => {
    expect(followNaturalCourse({ kind: "exponential", baseline: 10, ratePerH: Math.log(2) / 24 }, 48)).toBeCloseTo(40, 12);
    expect(followNaturalCourse(LINEAR, 100)).toBe(21);
  });
});

describe("simulateDiseaseProgression", () => {
  it("gives the natural course without drug", () => {
    expect([...simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "none" }, outputTimesH: TIMES_H })]).toEqual(TIMES_H.map((t) => 20 + 0.01 * t));
  });

  it("subtracts a symptomatic effect, which vanishes with the drug", () => {
    const got = simulateDiseaseProgression({ progression: EXPONENTIAL, drug: { kind: "symptomatic", effectAt: waning }, outputTimesH: TIMES_H });
    TIMES_H.forEach((t, index) => expect(got[index]).toBeCloseTo(10 * Math.exp(0.002 * t) - waning(t), 12));
  });

  it("slows the progression rate by a constant protective effect, exactly (the doc example: 20.5)", () => {
    expect(simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "protective-constant", effect: 0.5 }, outputTimesH: [100] })[0]).toBe(20.5);
    const got = simulateDiseaseProgression({ progression: EXPONENTIAL, drug: { kind: "protective-constant", effect: 0.25 }, outputTimesH: TIMES_H, startH: 0 });
    TIMES_H.forEach((t, index) => expect(got[index]).toBeCloseTo(10 * Math.exp(0.002 * 0.75 * t), 12));
  });

  it("integrates a varying protective effect with the ODE solver, matching ∫(1 − E) in closed form", () => {
    for (const progression of [LINEAR, EXPONENTIAL]) {
      const got = simulateDiseaseProgression({ progression, drug: { kind: "protective", effectAt: waning }, outputTimesH: TIMES_H, tolerances: TIGHT });
      TIMES_H.forEach((t, index) => expectRelativeClose(got[index]!, followNaturalCourse(progression, unprotectedH(t)), 1e-10, `${progression.kind} at ${t} h`));
    }
  });

  it("agrees between a constant effect given exactly and as a time course, and counts time from startH", () => {
    const drug = { kind: "protective", effectAt: () => 0.3 } as const;
    const numeric = simulateDiseaseProgression({ progression: LINEAR, drug, outputTimesH: [48, 148], startH: 48, tolerances: TIGHT });
    const exact = simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "protective-constant", effect: 0.3 }, outputTimesH: [48, 148], startH: 48 });
    expect(exact[0]).toBe(20);
    expectRelativeClose(numeric[1]!, exact[1]!, 1e-12, "S(148 h)");
    expect(exact[1]).toBeCloseTo(20 + 0.01 * 0.7 * 100, 12);
  });

  it("refuses output times before startH and a non-finite effect", () => {
    expect(() => simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "none" }, outputTimesH: [1], startH: 2 })).toThrow(
      new RangeError("simulateDiseaseProgression requires finite outputTimesH ≥ startH (2 h)"),
    );
    expect(() => simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "protective-constant", effect: Number.NaN }, outputTimesH: [1] })).toThrow(
      new RangeError("simulateDiseaseProgression requires a finite effect, got NaN"),
    );
    expect(() => simulateDiseaseProgression({ progression: LINEAR, drug: { kind: "symptomatic", effectAt: () => Infinity }, outputTimesH: [1] })).toThrow(
      new RangeError("simulateDiseaseProgression requires a finite time course, got Infinity at t = 1 h"),
    );
  });
});
