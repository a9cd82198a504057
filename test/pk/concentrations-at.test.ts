import { describe, expect, it } from "vitest";
import { concentrationsAt, preparePkSystem } from "../../src/pk/index.js";
import type { Dose, LinearPkParameters } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { gridH, ONE_CMT_ORAL, ORAL_MODELS, regularDoses, THREE_CMT, TWO_CMT } from "./model-fixtures.js";

const ORAL = preparePkSystem(ONE_CMT_ORAL);
const TIMES_H = [0.1, 0.5, 1, 2, 3.7, 8, 12, 24, 47.5, 100];
const oral = (timeH: number, amountMg: number): Dose => ({ route: "oral", timeH, amountMg });
const bolus = (timeH: number, amountMg: number): Dose => ({ route: "iv-bolus", timeH, amountMg });

/** Gibaldi & Perrier ch. 1: C = F·D·ka / (V (ka − k)) · (e^(−k t) − e^(−ka t)), for ka ≠ k. */
function batemanMgPerL(parameters: LinearPkParameters, doseMg: number, timeH: number): number {
  const ka = parameters.absorptionRatePerH as number;
  const k = parameters.clearanceLPerH / parameters.centralVolumeL;
  return ((parameters.bioavailability * doseMg * ka) / (parameters.centralVolumeL * (ka - k))) * (Math.exp(-k * timeH) - Math.exp(-ka * timeH));
}

describe("concentrationsAt: edge cases", () => {
  it("returns an empty array for no times and zeros for no doses (a placebo arm)", () => {
    expect(concentrationsAt(ORAL, [oral(0, 1)], [])).toEqual(new Float64Array(0));
    expect(Array.from(concentrationsAt(ORAL, [], [0, 5, 10]))).toEqual([0, 0, 0]);
  });

  it("is 0 before the first dose and at an oral dose time (an oral dose adds nothing at that instant)", () => {
    expect(Array.from(concentrationsAt(ORAL, [oral(10, 100)], [-5, 0, 9.999, 10]))).toEqual([0, 0, 0, 0]);
  });

  it("accepts times in any order and repeated times, in a plain array or a Float64Array", () => {
    const doses = regularDoses("oral", { amountMg: 100, intervalH: 8, doseCount: 4 });
    const sorted = concentrationsAt(ORAL, doses, [1, 7, 8, 20, 40]);
    const shuffled = concentrationsAt(ORAL, doses, new Float64Array([40, 8, 1, 20, 7, 8]));
    expect(Array.from(shuffled)).toEqual([sorted[4], sorted[2], sorted[0], sorted[3], sorted[1], sorted[2]]);
  });

  it("writes into `out` and returns it", () => {
    const out = new Float64Array(3).fill(Number.NaN);
    const result = concentrationsAt(ORAL, [oral(0, 320)], [-1, 0.5, 0.5], out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([0, 5.148601838534906, 5.148601838534906]);
  });

  // The profile is continuous at an oral dose: the new dose is in the depot, not yet absorbed.
  it("is continuous at an oral dose, and includes a bolus at its own time (dose first)", () => {
    const doses = regularDoses("oral", { amountMg: 100, intervalH: 12, doseCount: 2 });
    const [justBefore, at] = concentrationsAt(ORAL, doses, [12 - 1e-9, 12]);
    expectRelativeClose(justBefore as number, at as number, 1e-9, "C(12 h − 1 ns) vs C(12 h)");
    const system = preparePkSystem(TWO_CMT);
    expect(concentrationsAt(system, [bolus(5, 100)], [5])[0]).toBe(10);
  });
});

describe("concentrationsAt: closed forms", () => {
  // pk.json a_one_cmt_oral conc_closed_form at 0.5 h = 5.1486018385349.
  it("doc example: one 320 mg oral dose, 0.5 h later", () => {
    const concentrations = concentrationsAt(ORAL, [oral(0, 320)], [0.5]);
    expect(concentrations[0]).toBe(5.148601838534906);
    expectRelativeClose(concentrations[0] as number, 5.1486018385349, 1e-13, "C(0.5 h)");
  });

  it.each([
    ["reference", ONE_CMT_ORAL],
    ["F = 0.6, slow absorption (flip-flop)", { ...ONE_CMT_ORAL, absorptionRatePerH: 0.05, clearanceLPerH: 10, centralVolumeL: 20, bioavailability: 0.6 }],
    ["fast absorption", { ...ONE_CMT_ORAL, absorptionRatePerH: 12, clearanceLPerH: 0.5, centralVolumeL: 250, bioavailability: 0.85 }],
  ] as const)("matches the Bateman equation for a single oral dose: %s", (_, parameters) => {
    const got = concentrationsAt(preparePkSystem(parameters), [oral(2, 250)], TIMES_H.map((timeH) => timeH + 2));
    TIMES_H.forEach((timeH, index) => {
      expectRelativeClose(got[index] as number, batemanMgPerL(parameters, 250, timeH), 1e-12, `C(${timeH} h after the dose)`);
    });
  });

  // STYLE.md §7: one compartment, IV bolus: C(t) = D/V · exp(−CL/V · t).
  it("matches D/V · e^(−k t) for an IV bolus, and the biexponential for two compartments", () => {
    const one = concentrationsAt(preparePkSystem({ compartments: 1, clearanceLPerH: 5, centralVolumeL: 10, bioavailability: 1, lagTimeH: 0 }), [bolus(0, 100)], TIMES_H);
    TIMES_H.forEach((timeH, index) => expectRelativeClose(one[index] as number, 10 * Math.exp(-0.5 * timeH), 1e-14, `1 cmt C(${timeH} h)`));
    // pk.json b: C = D/V1 ((α − k21) e^(−α t) + (k21 − β) e^(−β t)) / (α − β), α and β from the textbook formula.
    const sum = 0.75;
    const root = Math.sqrt(sum * sum - 4 * 0.05 * 0.5);
    const [alpha, beta] = [(sum + root) / 2, (sum - root) / 2];
    const two = concentrationsAt(preparePkSystem(TWO_CMT), [bolus(0, 100)], TIMES_H);
    TIMES_H.forEach((timeH, index) => {
      const expected = (10 * ((alpha - 0.05) * Math.exp(-alpha * timeH) + (0.05 - beta) * Math.exp(-beta * timeH))) / (alpha - beta);
      expectRelativeClose(two[index] as number, expected, 1e-13, `2 cmt C(${timeH} h)`);
    });
  });

  // pk.json c: s ≤ T: R/CL (1 − e^(−k s)); s > T: R/CL (1 − e^(−k T)) e^(−k (s − T)).
  it("matches the one-compartment infusion formula during and after the infusion", () => {
    const system = preparePkSystem({ compartments: 1, clearanceLPerH: 3, centralVolumeL: 25, bioavailability: 1, lagTimeH: 0 });
    const got = concentrationsAt(system, [{ route: "infusion", timeH: 0, amountMg: 1000, durationH: 1 }], TIMES_H);
    TIMES_H.forEach((timeH, index) => {
      const during = (1000 / 3) * -Math.expm1(-0.12 * Math.min(timeH, 1));
      expectRelativeClose(got[index] as number, during * Math.exp(-0.12 * Math.max(0, timeH - 1)), 1e-14, `C(${timeH} h)`);
    });
  });

  // Gibaldi & Perrier ch. 2: at steady state of a constant-rate infusion, Css = R / CL for any
  // mammillary model. After 20000 h the approach term is below e^(−γ · 20000) = e^(−88).
  it.each([["1 compartment", { ...ONE_CMT_ORAL }], ["2 compartments", TWO_CMT], ["3 compartments", THREE_CMT]] as const)(
    "reaches Css = R / CL under a long infusion: %s",
    (_, parameters) => {
      const got = concentrationsAt(preparePkSystem(parameters), [{ route: "infusion", timeH: 0, amountMg: 50 * 30000, durationH: 30000 }], [20000]);
      expectRelativeClose(got[0] as number, 50 / parameters.clearanceLPerH, 1e-13, "Css");
    },
  );
});

describe("concentrationsAt: oral absorption near and at a disposition rate", () => {
  // Limit ka = k: C = F·D·ka/V · t·e^(−k t). Near it the exact value is that times
  // (1 − x/2 + x²/6), x = (ka − k)·t (series exact to rounding for |x| ≤ 1e-8); the plain limit
  // is off from it by x/2 ≤ 5e-9 at 100 h, hence 1e-8 against the limit itself.
  it.each([0, 1e-9, -1e-9])("is exact at and near ka = k, one compartment (ka = k · (1 + %s))", (relativeGap) => {
    const k = 0.1;
    const parameters = { compartments: 1, absorptionRatePerH: k * (1 + relativeGap), clearanceLPerH: 2, centralVolumeL: 20, bioavailability: 0.8, lagTimeH: 0 } as const;
    const got = concentrationsAt(preparePkSystem(parameters), [oral(0, 500)], TIMES_H);
    TIMES_H.forEach((timeH, index) => {
      const limitMgPerL = ((0.8 * 500 * parameters.absorptionRatePerH) / 20) * timeH * Math.exp(-k * timeH);
      const x = (parameters.absorptionRatePerH - k) * timeH;
      expectRelativeClose(got[index] as number, limitMgPerL * (1 - x / 2 + (x * x) / 6), 1e-14, `C(${timeH} h) vs series`);
      expectRelativeClose(got[index] as number, limitMgPerL, 1e-8, `C(${timeH} h) vs limit`);
    });
  });

  // mpmath 1.3.0 at 40 digits: expm of the depot + central + peripheral rate matrix (a Jordan
  // block where ka equals a rate), for ka equal to the engine's double of that rate; one 100 mg
  // oral dose, F = 1. Two compartments: pk.json d (CL 4, V1 20, Q 3, V2 50); three: pk-extra.json
  // e. Measured ≤ 6.3e-16 relative; 2e-15 allows a few ulps.
  it.each([
    ["2 compartments, ka = α", { ...TWO_CMT, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50 }, 0, [1.3163083166806808, 0.7094783560685618, 0.018662590882421226]],
    ["2 compartments, ka = β", { ...TWO_CMT, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50 }, 1, [0.13180381608791658, 0.39075231841829017, 0.07185383707716103]],
    ["3 compartments, ka = β", THREE_CMT, 1, [0.3903871827258468, 0.6033037605126179, 0.02268170652885609, 0.00017384671328172276]],
    ["3 compartments, ka = γ", THREE_CMT, 2, [0.03117571671245737, 0.06996628582670325, 0.06869465094598275, 0.0019262312599611715]],
  ] as const)("is exact when ka equals a disposition rate exactly: %s", (_, parameters, mode, expected) => {
    const absorptionRatePerH = preparePkSystem(parameters).modeRatesPerH[mode] as number;
    const system = preparePkSystem({ ...parameters, absorptionRatePerH });
    expect(system.inverseRateGapsH[mode]).toBe(Infinity);
    const got = concentrationsAt(system, [oral(0, 100)], [1, 10, 100, 1000].slice(0, expected.length));
    expected.forEach((value, index) => expectRelativeClose(got[index] as number, value, 2e-15, `C at point ${index}`));
  });

  // A relative change of 1e-9 in ka moves C by about 1e-9 relative; a cancelling formula would
  // be off by ~1e-7 (16 digits minus 9).
  it.each(ORAL_MODELS)("is continuous through ka = each disposition rate (%s)", (_, parameters) => {
    const rates = preparePkSystem(parameters).modeRatesPerH;
    const timesH = gridH(0.25, 72, 12);
    for (const rate of rates) {
      const at = (absorptionRatePerH: number) => concentrationsAt(preparePkSystem({ ...parameters, absorptionRatePerH }), [oral(0, 100)], timesH);
      const equal = at(rate);
      for (const neighbour of [at(rate * (1 + 1e-9)), at(rate * (1 - 1e-9))]) {
        equal.forEach((value, index) => expectRelativeClose(neighbour[index] as number, value, 1e-8, `rate ${rate}, C(${timesH[index]} h)`));
      }
    }
  });
});

describe("concentrationsAt: preconditions", () => {
  const doses = [oral(0, 100)];
  it.each([
    ["concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1", ORAL, [oral(12, 1), oral(0, 1)], [1]],
    ["concentrationsAt requires a non-negative amountMg for every dose, got -100 at index 0", ORAL, [oral(0, -100)], [1]],
    ["concentrationsAt requires a finite timeH for every dose, got NaN at index 0", ORAL, [oral(Number.NaN, 100)], [1]],
    ["concentrationsAt requires a positive durationH for every infusion, got -1 at index 0", ORAL, [{ route: "infusion", timeH: 0, amountMg: 1, durationH: -1 }], [1]],
    ["concentrationsAt requires an absorptionRatePerH for the oral dose at index 0, got undefined", preparePkSystem(TWO_CMT), doses, [1]],
    ["concentrationsAt requires finite timesH, got NaN at index 2", ORAL, doses, [1, 2, Number.NaN]],
    ["concentrationsAt requires finite timesH, got -Infinity at index 0", ORAL, doses, [-Infinity]],
  ] as const)("throws %s", (message, system, schedule, timesH) => {
    expect(() => concentrationsAt(system, schedule, timesH)).toThrow(new RangeError(message));
  });

  it("throws when out does not have one element per time", () => {
    expect(() => concentrationsAt(ORAL, doses, [1, 2], new Float64Array(3))).toThrow(
      new RangeError("concentrationsAt requires out to have 2 elements like timesH, got 3"),
    );
  });
});
