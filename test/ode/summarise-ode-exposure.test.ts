import { describe, expect, it } from "vitest";
import { compileOdeModel, DEFAULT_EXPOSURE_GRID_INTERVALS, summariseOdeExposure, type SummariseOdeExposureOptions } from "../../src/ode/index.js";
import { findParabolaVertex } from "../../src/ode/parabola-vertex.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { PK_REFERENCE } from "../helpers/pk-references.js";
import { CASE_A_PARAMETERS, ONE_COMPARTMENT_ORAL, TIGHT } from "./ode-model-fixtures.js";

const caseA = PK_REFERENCE.a_one_cmt_oral;
const oral = compileOdeModel(ONE_COMPARTMENT_ORAL);
const caseAOptions: SummariseOdeExposureOptions = {
  parameterValues: CASE_A_PARAMETERS,
  doses: caseA.dosing.dose_times_h!.map((timeH) => ({ compartment: 0, timeH, amountMg: 320 })),
  tolerances: TIGHT,
  window: { startH: 156, endH: 168 },
};

describe("summariseOdeExposure", () => {
  // pk.json last_interval_of_regimen (closed form; R's optimize for the peak). Measured with
  // 2,000 intervals: Cmax 2.8e-9 relative (the parabola's Δt³ error), tmax 3.5e-6 h, Cmin and
  // AUC 1e-15 relative (Cmin is at the window start, AUC is the AUC state).
  it("matches pk.json case (a) over its last interval (the doc example)", () => {
    const expected = { cmax: 13.2490302386027, tmaxH: 157.706827921442, cmin: 5.71660420620319, auc: 114.28566417093 };
    const metrics = summariseOdeExposure(oral, caseAOptions);
    expectRelativeClose(metrics.cmaxMgPerL, expected.cmax, 1e-8, "Cmax");
    expect(Math.abs(metrics.tmaxH - expected.tmaxH)).toBeLessThan(1e-4);
    expectRelativeClose(metrics.cminMgPerL, expected.cmin, 1e-9, "Cmin");
    expect(metrics.tminH).toBe(156);
    expectRelativeClose(metrics.aucMgHPerL, expected.auc, 1e-9, "AUC");
    expectRelativeClose(metrics.cavgMgPerL, expected.auc / 12, 1e-9, "Cavg");
    expect(DEFAULT_EXPOSURE_GRID_INTERVALS).toBe(2000);
  });

  it("gains accuracy on Cmax with a finer grid (error ∝ Δt³)", () => {
    const errorWith = (gridIntervals: number) => Math.abs(summariseOdeExposure(oral, { ...caseAOptions, gridIntervals }).cmaxMgPerL - 13.2490302386027);
    expect(errorWith(250) / errorWith(500)).toBeGreaterThan(4);
  });

  // pk.json case (b), IV bolus 100 mg every 24 h, with doses inside the window: the troughs are
  // left limits before each bolus (predose_at_dose_times), the peaks the values just after.
  it("finds pre-dose troughs and post-dose peaks of IV boluses inside the window", () => {
    const reference = PK_REFERENCE.b_two_cmt_iv_bolus;
    const model = compileOdeModel({
      compartments: ["central", "peripheral"],
      parameters: ["cl", "v1", "q", "v2"],
      equations: { central: "-cl / v1 * central - q / v1 * central + q / v2 * peripheral", peripheral: "q / v1 * central - q / v2 * peripheral" },
      concentration: "central / v1",
    });
    const doses = reference.dosing.dose_times_h!.map((timeH) => ({ compartment: 0, timeH, amountMg: 100 }));
    const metrics = summariseOdeExposure(model, { parameterValues: Float64Array.of(5, 10, 2, 40), doses, tolerances: TIGHT, window: { startH: 12, endH: 72 } });
    expectRelativeClose(metrics.cminMgPerL, 0.0955379372771888, 1e-9, "trough before the 24-h dose");
    expect(metrics.tminH).toBeCloseTo(24, 9);
    expectRelativeClose(metrics.cmaxMgPerL, reference.conc_closed_form[96]!, 1e-9, "peak just after the 48-h dose (grid index 96; the 72-h dose is left out)");
    expect(metrics.tmaxH).toBe(48);
  });

  it("checks its window and grid", () => {
    expect(() => summariseOdeExposure(oral, { ...caseAOptions, window: { startH: 12, endH: 12 } })).toThrow(
      new RangeError("summariseOdeExposure requires a finite window with simulation start ≤ startH < endH, got 12 h to 12 h"),
    );
    expect(() => summariseOdeExposure(oral, { ...caseAOptions, gridIntervals: 1 })).toThrow(
      new RangeError("summariseOdeExposure requires gridIntervals to be an integer ≥ 2, got 1"),
    );
  });
});

describe("findParabolaVertex", () => {
  it("finds the vertex of the parabola through three points (the doc example)", () => {
    expect(findParabolaVertex([0, 1, 2], [0, 1, 0])).toEqual({ timeH: 1, value: 1 });
    // y = 3 − (t − 1.3)² through t = 1, 1.5, 2.5: vertex (1.3, 3), unevenly spaced.
    const vertex = findParabolaVertex([1, 1.5, 2.5], [3 - 0.09, 3 - 0.04, 3 - 1.44]);
    expect(vertex.timeH).toBeCloseTo(1.3, 14);
    expect(vertex.value).toBeCloseTo(3, 14);
  });

  it("keeps the middle point for collinear points or a vertex outside", () => {
    expect(findParabolaVertex([0, 1, 2], [0, 1, 2])).toEqual({ timeH: 1, value: 1 });
    expect(findParabolaVertex([0, 1, 2], [0, 1, 1.9])).toEqual({ timeH: 1, value: 1 });
  });
});
