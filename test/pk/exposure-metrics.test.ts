import { describe, expect, it } from "vitest";
import { buildRegularSchedule, concentrationsAt, summariseExposure } from "../../src/pk/index.js";
import type { DoseEvent, OneCompartmentOralParameters } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { integrateBySimpsonMgHPerL } from "./simpson-auc.js";

const REFERENCE: OneCompartmentOralParameters = { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 };
const IRREGULAR: readonly DoseEvent[] = [
  { timeH: 0, amountMg: 400 },
  { timeH: 7.5, amountMg: 200 },
  { timeH: 7.5, amountMg: 100 },
  { timeH: 20, amountMg: 0 },
  { timeH: 31.25, amountMg: 250 },
];

/** Evenly spaced times from fromH to toH, both included. */
function gridH(fromH: number, toH: number, points: number): number[] {
  return Array.from({ length: points }, (_, index) => fromH + ((toH - fromH) * index) / (points - 1));
}

describe("summariseExposure: known values", () => {
  // pk.json a_one_cmt_oral last_interval_of_regimen, and mpmath for tmax (see the reference test).
  it("doc example: the 14th dose interval of 320 mg q12h", () => {
    const metrics = summariseExposure(REFERENCE, buildRegularSchedule({ doseMg: 320, intervalH: 12, doseCount: 14 }), 12);
    expectRelativeClose(metrics.cmaxMgPerL, 13.2490302386028, 1e-14, "cmax");
    expectRelativeClose(metrics.tmaxH, 157.706828227824, 1e-14, "tmax");
    expectRelativeClose(metrics.aucTauMgHPerL, 114.28566417093, 1e-14, "aucTau");
  });

  // Gibaldi & Perrier: AUC from 0 to ∞ of one dose = F·D/CL. After 2000 h what is left in the body
  // is below e^(−min(ka, k)·2000) ≤ e^(−100) ≈ 4e-44 of the dose, far below rounding.
  it.each([
    ["reference", REFERENCE],
    ["ka = k", { absorptionRatePerH: 0.0875, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 0.7 }],
    ["flip-flop (ka < k)", { absorptionRatePerH: 0.05, clearanceLPerH: 10, volumeL: 20, bioavailability: 0.4 }],
  ] as const)("gives AUC(0–∞) = F·D/CL for one dose over a long horizon: %s", (_, parameters) => {
    const metrics = summariseExposure(parameters, [{ timeH: 3, amountMg: 320 }], 2000);
    const expected = (parameters.bioavailability * 320) / parameters.clearanceLPerH;
    expectRelativeClose(metrics.aucTauMgHPerL, expected, 1e-14, "aucTau");
    expectRelativeClose(metrics.aucCumulativeMgHPerL, expected, 1e-14, "aucCumulative");
    expect(metrics.ctroughMgPerL).toBeLessThan(1e-40);
  });
});

describe("summariseExposure: mass balance and the shape of the last interval", () => {
  const intervalH = 10;
  const endH = 31.25 + intervalH;
  const metrics = summariseExposure(REFERENCE, IRREGULAR, intervalH);

  // Simpson with 4000 panels a piece: error ≈ 12 h · (0.003 h)⁴ · |C⁗| / 180 ≈ 1e-12 relative;
  // 1e-10 leaves margin. The integral is computed from concentrationsAt, not from mass balance.
  it("gives AUCs equal to the integral of the profile, doses inside the window included", () => {
    const model = { parameters: REFERENCE, doses: IRREGULAR };
    expectRelativeClose(metrics.aucCumulativeMgHPerL, integrateBySimpsonMgHPerL(model, { fromH: 0, toH: endH }, 4000), 1e-10, "aucCumulative");
    expectRelativeClose(metrics.aucTauMgHPerL, integrateBySimpsonMgHPerL(model, { fromH: 31.25, toH: endH }, 4000), 1e-10, "aucTau");
    expectRelativeClose(metrics.cavgMgPerL * intervalH, metrics.aucTauMgHPerL, 1e-15, "cavg · tau");
  });

  // F·ΣD − CL·AUC = what is still in the body = V·C(end) + the unabsorbed depot, which is a plain
  // sum of F·D·e^(−ka (end − t_dose)).
  it("conserves mass: given = eliminated + central + depot", () => {
    const depotMg = IRREGULAR.reduce((sum, dose) => sum + dose.amountMg * Math.exp(-1.5 * (endH - dose.timeH)), 0);
    const remainingMg = REFERENCE.volumeL * metrics.ctroughMgPerL + depotMg;
    expectRelativeClose(950 - REFERENCE.clearanceLPerH * metrics.aucCumulativeMgHPerL, remainingMg, 1e-13, "remaining amount");
  });

  // The only stationary point of C between doses is a maximum (d²Ac/dt² = −ka²·Ad < 0 there):
  // on a fine grid the slope changes sign at most once, from + to −, so the minimum is at an end.
  it("has one maximum and its minimum at an end of the interval", () => {
    const timesH = gridH(31.25, endH, 4001);
    const profile = concentrationsAt(REFERENCE, IRREGULAR, timesH);
    let signChanges = 0;
    for (let index = 2; index < profile.length; index++) {
      const previousSlope = (profile[index - 1] as number) - (profile[index - 2] as number);
      const slope = (profile[index] as number) - (profile[index - 1] as number);
      if (Math.sign(slope) !== Math.sign(previousSlope)) {
        signChanges++;
        expect(previousSlope > 0 && slope < 0, `slope turns from ${previousSlope} to ${slope} at ${timesH[index - 1]} h`).toBe(true);
      }
    }
    expect(signChanges).toBe(1);
    expect(Math.min(...profile)).toBe(metrics.cminMgPerL);
    expect(Math.max(...profile)).toBeLessThanOrEqual(metrics.cmaxMgPerL);
    // Grid spacing 2.5e-3 h: the grid maximum is below Cmax by at most C''·(1.25e-3 h)²/2.
    expectRelativeClose(Math.max(...profile), metrics.cmaxMgPerL, 1e-6, "grid max vs cmax");
    expectRelativeClose(concentrationsAt(REFERENCE, IRREGULAR, [metrics.tmaxH])[0] as number, metrics.cmaxMgPerL, 1e-15, "C(tmax)");
  });
});

describe("summariseExposure: where the maximum is", () => {
  it("is at the start when the profile only falls (slow absorption, drug already in)", () => {
    const parameters = { absorptionRatePerH: 0.01, clearanceLPerH: 10, volumeL: 10, bioavailability: 1 };
    const doses = buildRegularSchedule({ doseMg: 100, intervalH: 1, doseCount: 30 });
    const metrics = summariseExposure(parameters, [...doses, { timeH: 40, amountMg: 0.001 }], 5);
    expect(metrics.tmaxH).toBe(40);
    expect(metrics.cmaxMgPerL).toBe(concentrationsAt(parameters, [...doses, { timeH: 40, amountMg: 0.001 }], [40])[0]);
  });

  it("is at the end when the interval stops before the peak", () => {
    const metrics = summariseExposure(REFERENCE, [{ timeH: 0, amountMg: 320 }], 1);
    expect(metrics.tmaxH).toBe(1);
    expect(metrics.cmaxMgPerL).toBe(metrics.ctroughMgPerL);
    expect(metrics.cminMgPerL).toBe(0);
  });

  it("is at the earliest time when the profile is flat at zero", () => {
    const metrics = summariseExposure(REFERENCE, [{ timeH: 4, amountMg: 0 }], 12);
    expect(metrics).toEqual({ cmaxMgPerL: 0, tmaxH: 4, cminMgPerL: 0, ctroughMgPerL: 0, aucTauMgHPerL: 0, cavgMgPerL: 0, aucCumulativeMgHPerL: 0 });
  });

  // Every metric is a smooth function of ka through ka = k; a relative step of 1e-9 moves them by
  // about 1e-9, so 1e-8 would catch the ~1e-7 errors of a cancelling formula.
  it("is continuous through ka = k", () => {
    const k = 0.0875;
    const doses = buildRegularSchedule({ doseMg: 320, intervalH: 12, doseCount: 5 });
    const at = (absorptionRatePerH: number) => summariseExposure({ ...REFERENCE, absorptionRatePerH }, doses, 12);
    const equal = at(k);
    for (const neighbour of [at(k * (1 + 1e-9)), at(k * (1 - 1e-9))]) {
      for (const key of Object.keys(equal) as (keyof typeof equal)[]) {
        expectRelativeClose(neighbour[key], equal[key], 1e-8, key);
      }
    }
    expect(equal.tmaxH).toBeGreaterThan(48);
    expect(equal.tmaxH).toBeLessThan(60);
  });
});

describe("summariseExposure: preconditions", () => {
  const doses = [{ timeH: 0, amountMg: 100 }];
  it.each([
    ["summariseExposure requires a positive volumeL, got -1", { ...REFERENCE, volumeL: -1 }, doses, 12],
    ["summariseExposure requires a positive absorptionRatePerH, got Infinity", { ...REFERENCE, absorptionRatePerH: Infinity }, doses, 12],
    ["summariseExposure requires a positive clearanceLPerH, got -0.5", { ...REFERENCE, clearanceLPerH: -0.5 }, doses, 12],
    ["summariseExposure requires a bioavailability in (0, 1], got 0", { ...REFERENCE, bioavailability: 0 }, doses, 12],
    ["summariseExposure requires at least one dose", REFERENCE, [], 12],
    ["summariseExposure requires doses sorted by timeH, got 1 after 2 at index 1", REFERENCE, [{ timeH: 2, amountMg: 1 }, { timeH: 1, amountMg: 1 }], 12],
    ["summariseExposure requires a non-negative amountMg for every dose, got -1 at index 0", REFERENCE, [{ timeH: 0, amountMg: -1 }], 12],
    ["summariseExposure requires a finite timeH for every dose, got Infinity at index 0", REFERENCE, [{ timeH: Infinity, amountMg: 1 }], 12],
    ["summariseExposure requires a positive intervalH, got 0", REFERENCE, doses, 0],
    ["summariseExposure requires a positive intervalH, got -12", REFERENCE, doses, -12],
    ["summariseExposure requires a positive intervalH, got NaN", REFERENCE, doses, Number.NaN],
    ["summariseExposure requires a positive intervalH, got Infinity", REFERENCE, doses, Infinity],
  ] as const)("throws %s", (message, parameters, schedule, intervalH) => {
    expect(() => summariseExposure(parameters, schedule, intervalH)).toThrow(new RangeError(message));
  });
});
