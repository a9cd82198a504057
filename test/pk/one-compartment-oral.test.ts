import { describe, expect, it } from "vitest";
import { buildRegularSchedule, concentrationsAt } from "../../src/pk/index.js";
import type { DoseEvent, OneCompartmentOralParameters } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const REFERENCE: OneCompartmentOralParameters = { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 };
const TIMES_H = [0.1, 0.5, 1, 2, 3.7, 8, 12, 24, 47.5, 100];

/** Gibaldi & Perrier ch. 1: C = F·D·ka / (V (ka − k)) · (e^(−k t) − e^(−ka t)), for ka ≠ k. */
function batemanMgPerL(parameters: OneCompartmentOralParameters, doseMg: number, timeH: number): number {
  const { absorptionRatePerH: ka, clearanceLPerH, volumeL, bioavailability } = parameters;
  const k = clearanceLPerH / volumeL;
  return ((bioavailability * doseMg * ka) / (volumeL * (ka - k))) * (Math.exp(-k * timeH) - Math.exp(-ka * timeH));
}

describe("concentrationsAt: edge cases", () => {
  it("returns an empty array for no times and zeros for no doses (a placebo arm)", () => {
    expect(concentrationsAt(REFERENCE, [{ timeH: 0, amountMg: 1 }], [])).toEqual(new Float64Array(0));
    expect(Array.from(concentrationsAt(REFERENCE, [], [0, 5, 10]))).toEqual([0, 0, 0]);
  });

  it("is 0 before the first dose and at the first dose (an oral dose adds nothing at that instant)", () => {
    const doses = [{ timeH: 10, amountMg: 100 }];
    expect(Array.from(concentrationsAt(REFERENCE, doses, [-5, 0, 9.999, 10]))).toEqual([0, 0, 0, 0]);
  });

  it("accepts times in any order and repeated times", () => {
    const doses = buildRegularSchedule({ doseMg: 100, intervalH: 8, doseCount: 4 });
    const sorted = concentrationsAt(REFERENCE, doses, [1, 7, 8, 20, 40]);
    const shuffled = concentrationsAt(REFERENCE, doses, [40, 8, 1, 20, 7, 8]);
    expect(Array.from(shuffled)).toEqual([sorted[4], sorted[2], sorted[0], sorted[3], sorted[1], sorted[2]]);
  });

  // The profile is continuous at an oral dose: the new dose is in the depot, not yet absorbed.
  it("is continuous at a dose time (dose first changes nothing for an oral dose)", () => {
    const doses = buildRegularSchedule({ doseMg: 100, intervalH: 12, doseCount: 2 });
    const [justBefore, at] = concentrationsAt(REFERENCE, doses, [12 - 1e-9, 12]);
    expectRelativeClose(justBefore as number, at as number, 1e-9, "C(12 h − 1 ns) vs C(12 h)");
  });
});

describe("concentrationsAt: closed form", () => {
  // pk.json a_one_cmt_oral conc_closed_form at 0.5 h = 5.1486018385349.
  it("doc example: one 320 mg dose, 0.5 h later", () => {
    const concentrations = concentrationsAt(REFERENCE, [{ timeH: 0, amountMg: 320 }], [0.5]);
    expect(concentrations[0]).toBe(5.148601838534906);
    expectRelativeClose(concentrations[0] as number, 5.1486018385349, 1e-13, "C(0.5 h)");
  });

  it.each([
    ["reference", REFERENCE],
    ["F = 0.6, slow absorption (flip-flop)", { absorptionRatePerH: 0.05, clearanceLPerH: 10, volumeL: 20, bioavailability: 0.6 }],
    ["fast absorption", { absorptionRatePerH: 12, clearanceLPerH: 0.5, volumeL: 250, bioavailability: 0.85 }],
  ] as const)("matches the Bateman equation for a single dose: %s", (_, parameters) => {
    const got = concentrationsAt(parameters, [{ timeH: 2, amountMg: 250 }], TIMES_H.map((timeH) => timeH + 2));
    TIMES_H.forEach((timeH, index) => {
      expectRelativeClose(got[index] as number, batemanMgPerL(parameters, 250, timeH), 1e-12, `C(${timeH} h after the dose)`);
    });
  });

  // Limit ka = k: C = F·D·ka/V · t·e^(−k t). Near it the exact value is that times
  // (1 − x/2 + x²/6), x = (ka − k)·t (series exact to rounding for |x| ≤ 1e-8); the plain limit
  // is off from it by x/2 ≤ 5e-9 at 100 h, hence 1e-8 against the limit itself.
  it.each([0, 1e-9, -1e-9])("is exact at and near ka = k (ka = k · (1 + %s))", (relativeGap) => {
    const k = 0.1;
    const parameters = { absorptionRatePerH: k * (1 + relativeGap), clearanceLPerH: 2, volumeL: 20, bioavailability: 0.8 };
    const got = concentrationsAt(parameters, [{ timeH: 0, amountMg: 500 }], TIMES_H);
    TIMES_H.forEach((timeH, index) => {
      const limitMgPerL = ((0.8 * 500 * parameters.absorptionRatePerH) / 20) * timeH * Math.exp(-k * timeH);
      const x = (parameters.absorptionRatePerH - k) * timeH;
      expectRelativeClose(got[index] as number, limitMgPerL * (1 - x / 2 + (x * x) / 6), 1e-14, `C(${timeH} h) vs series`);
      expectRelativeClose(got[index] as number, limitMgPerL, 1e-8, `C(${timeH} h) vs limit`);
    });
  });

  it("is the sum of single-dose profiles (superposition), including two doses at the same time", () => {
    const doses: DoseEvent[] = [{ timeH: 0, amountMg: 200 }, { timeH: 5.3, amountMg: 75 }, { timeH: 5.3, amountMg: 25 }];
    const timesH = [1, 5.3, 6, 9.9, 30];
    const together = concentrationsAt(REFERENCE, doses, timesH);
    const parts = doses.map((dose) => concentrationsAt(REFERENCE, [dose], timesH));
    timesH.forEach((timeH, index) => {
      const sumMgPerL = parts.reduce((sum, part) => sum + (part[index] as number), 0);
      expectRelativeClose(together[index] as number, sumMgPerL, 1e-13, `C(${timeH} h)`);
    });
  });
});

describe("concentrationsAt: preconditions", () => {
  const doses = [{ timeH: 0, amountMg: 100 }];
  it.each([
    ["concentrationsAt requires a positive absorptionRatePerH, got -1.5", { ...REFERENCE, absorptionRatePerH: -1.5 }, doses, [1]],
    ["concentrationsAt requires a positive clearanceLPerH, got 0", { ...REFERENCE, clearanceLPerH: 0 }, doses, [1]],
    ["concentrationsAt requires a positive volumeL, got NaN", { ...REFERENCE, volumeL: Number.NaN }, doses, [1]],
    ["concentrationsAt requires a bioavailability in (0, 1], got 1.5", { ...REFERENCE, bioavailability: 1.5 }, doses, [1]],
    ["concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1", REFERENCE, [{ timeH: 12, amountMg: 1 }, { timeH: 0, amountMg: 1 }], [1]],
    ["concentrationsAt requires a non-negative amountMg for every dose, got -100 at index 0", REFERENCE, [{ timeH: 0, amountMg: -100 }], [1]],
    ["concentrationsAt requires a finite timeH for every dose, got NaN at index 0", REFERENCE, [{ timeH: Number.NaN, amountMg: 100 }], [1]],
    ["concentrationsAt requires finite timesH, got NaN at index 2", REFERENCE, doses, [1, 2, Number.NaN]],
    ["concentrationsAt requires finite timesH, got -Infinity at index 0", REFERENCE, doses, [-Infinity]],
  ] as const)("throws %s", (message, parameters, schedule, timesH) => {
    expect(() => concentrationsAt(parameters, schedule, timesH)).toThrow(new RangeError(message));
  });
});
