// The closed form against an independent numerical solution of the same ODEs, with every route,
// overlapping infusions, doses at the same time, F and a lag time; and the structure that
// superposition implies.
import { describe, expect, it } from "vitest";
import { concentrationsAt, preparePkSystem } from "../../src/pk/index.js";
import type { Dose, LinearPkParameters } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { gridH, ORAL_MODELS, THREE_CMT } from "./model-fixtures.js";
import { integrateByRungeKutta } from "./runge-kutta-reference.js";

const TIMES_H = [0.1, 0.5, 1, 2, 3.7, 8, 12, 24, 47.5, 100];

describe("concentrationsAt: every route together vs a Runge–Kutta solution of the ODEs", () => {
  // RK4 with steps ≤ 0.002 h: global error ~(0.002 · 1.2)⁴ ≈ 3e-11 relative over these rates; the
  // closed form must agree to that, 1e-9 leaves room.
  const doses: Dose[] = [
    { route: "oral", timeH: 0, amountMg: 200 },
    { route: "infusion", timeH: 3, amountMg: 150, durationH: 2.5 },
    { route: "iv-bolus", timeH: 4, amountMg: 50 },
    { route: "oral", timeH: 4, amountMg: 100 },
    { route: "infusion", timeH: 4.5, amountMg: 30, durationH: 0.75 },
    { route: "oral", timeH: 12, amountMg: 200 },
  ];
  it.each(ORAL_MODELS)("%s, with F and a lag time", (_, parameters) => {
    const timesH = gridH(0, 36, 73);
    const got = concentrationsAt(preparePkSystem(parameters), doses, timesH);
    const expected = integrateByRungeKutta(parameters, doses, { timesH, maxStepH: 0.002 });
    timesH.forEach((timeH, index) => {
      if ((expected[index] as number) === 0) return expect(got[index]).toBe(0);
      expectRelativeClose(got[index] as number, expected[index] as number, 1e-9, `C(${timeH} h)`);
    });
  });

  // By superposition, the profile is the oral part, which the lag delays and F scales, plus the
  // part of the boluses and infusions, which neither touches.
  it("shifts the profile by the lag time and scales it by F, for oral doses only", () => {
    const base = { ...THREE_CMT, absorptionRatePerH: 1.2 };
    const lagged = concentrationsAt(preparePkSystem({ ...base, lagTimeH: 0.75, bioavailability: 0.5 }), doses, TIMES_H.map((timeH) => timeH + 0.75));
    const oralOnly = doses.filter((dose) => dose.route === "oral");
    const direct = doses.filter((dose) => dose.route !== "oral");
    const shifted = concentrationsAt(preparePkSystem({ ...base, bioavailability: 0.5 }), oralOnly, TIMES_H);
    const directPart = concentrationsAt(preparePkSystem(base), direct, TIMES_H.map((timeH) => timeH + 0.75));
    const unscaled = concentrationsAt(preparePkSystem(base), oralOnly, TIMES_H);
    TIMES_H.forEach((timeH, index) => {
      expectRelativeClose(lagged[index] as number, (shifted[index] as number) + (directPart[index] as number), 1e-13, `C(${timeH} h)`);
      expectRelativeClose(shifted[index] as number, 0.5 * (unscaled[index] as number), 1e-15, `F · C(${timeH} h)`);
    });
  });

  it("is the sum of single-dose profiles (superposition), doses at the same time included", () => {
    const system = preparePkSystem(ORAL_MODELS[2]?.[1] as LinearPkParameters);
    const timesH = [1, 4, 4.2, 9.9, 30];
    const together = concentrationsAt(system, doses, timesH);
    const parts = doses.map((dose) => concentrationsAt(system, [dose], timesH));
    timesH.forEach((timeH, index) => {
      const sumMgPerL = parts.reduce((sum, part) => sum + (part[index] as number), 0);
      expectRelativeClose(together[index] as number, sumMgPerL, 1e-13, `C(${timeH} h)`);
    });
  });
});
