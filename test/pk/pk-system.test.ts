import { describe, expect, it } from "vitest";
import { preparePkSystem } from "../../src/pk/index.js";
import type { LinearPkParameters } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, THREE_CMT, TWO_CMT } from "./model-fixtures.js";

describe("preparePkSystem", () => {
  // pk.json b_two_cmt_iv_bolus macro constants α = 0.715036762718386, β = 0.0349632372816139.
  it("doc example: the macro constants of pk.json b_two_cmt_iv_bolus", () => {
    const system = preparePkSystem(TWO_CMT);
    expectRelativeClose(system.modeRatesPerH[0] as number, 0.715036762718386, 1e-14, "α");
    expectRelativeClose(system.modeRatesPerH[1] as number, 0.0349632372816139, 1e-14, "β");
    expect(system.compartments).toBe(2);
  });

  it("keeps F, the lag and CL, and marks a missing ka as NaN", () => {
    const system = preparePkSystem({ ...TWO_CMT, bioavailability: 0.7, lagTimeH: 0.5 });
    expect([system.bioavailability, system.lagTimeH, system.clearanceLPerH]).toEqual([0.7, 0.5, 5]);
    expect(system.absorptionRatePerH).toBeNaN();
    expect(Array.from(system.inverseRateGapsH).every(Number.isNaN)).toBe(true);
  });

  it("precomputes 1/(ka − rate) for each mode (infinite where ka equals a rate)", () => {
    const system = preparePkSystem({ ...ONE_CMT_ORAL, absorptionRatePerH: 2.8 / 32 });
    expect(system.inverseRateGapsH[0]).toBe(Infinity);
    const other = preparePkSystem(ONE_CMT_ORAL);
    expect(other.inverseRateGapsH[0]).toBe(1 / (1.5 - 2.8 / 32));
    expectRelativeClose(other.weightSumPerL, 1 / 32, 1e-15, "Σ weights = 1/V");
  });

  const cases: readonly (readonly [string, LinearPkParameters])[] = [
    ["preparePkSystem requires compartments 1, 2 or 3, got 4", { ...ONE_CMT_ORAL, compartments: 4 as 1 }],
    ["preparePkSystem requires compartments 1, 2 or 3, got undefined", { ...ONE_CMT_ORAL, compartments: undefined as unknown as 1 }],
    ["preparePkSystem requires a positive clearanceLPerH, got 0", { ...ONE_CMT_ORAL, clearanceLPerH: 0 }],
    ["preparePkSystem requires a positive clearanceLPerH, got Infinity", { ...ONE_CMT_ORAL, clearanceLPerH: Infinity }],
    ["preparePkSystem requires a positive centralVolumeL, got NaN", { ...ONE_CMT_ORAL, centralVolumeL: Number.NaN }],
    ["preparePkSystem requires a positive centralVolumeL, got -32", { ...ONE_CMT_ORAL, centralVolumeL: -32 }],
    ["preparePkSystem requires a positive volume2L for 2 compartments, got undefined", { compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, bioavailability: 1, lagTimeH: 0 }],
    ["preparePkSystem requires a positive q2LPerH for 2 compartments, got 0", { ...TWO_CMT, q2LPerH: 0 }],
    ["preparePkSystem requires a positive q2LPerH for 3 compartments, got undefined", { compartments: 3, clearanceLPerH: 4, centralVolumeL: 10, volume2L: 30, q3LPerH: 0.5, volume3L: 100, bioavailability: 1, lagTimeH: 0 }],
    ["preparePkSystem requires a positive q3LPerH for 3 compartments, got -0.5", { ...THREE_CMT, q3LPerH: -0.5 }],
    ["preparePkSystem requires a positive volume3L for 3 compartments, got undefined", { ...TWO_CMT, compartments: 3, q3LPerH: 0.5 }],
    ["preparePkSystem requires no volume2L for 1 compartment, got 40", { ...ONE_CMT_ORAL, volume2L: 40 }],
    ["preparePkSystem requires no q3LPerH for 2 compartments, got 0", { ...TWO_CMT, q3LPerH: 0 }],
    ["preparePkSystem requires a positive absorptionRatePerH, got 0", { ...ONE_CMT_ORAL, absorptionRatePerH: 0 }],
    ["preparePkSystem requires a positive absorptionRatePerH, got NaN", { ...ONE_CMT_ORAL, absorptionRatePerH: Number.NaN }],
    ["preparePkSystem requires a bioavailability in (0, 1], got 0", { ...ONE_CMT_ORAL, bioavailability: 0 }],
    ["preparePkSystem requires a bioavailability in (0, 1], got 1.2", { ...ONE_CMT_ORAL, bioavailability: 1.2 }],
    ["preparePkSystem requires a bioavailability in (0, 1], got NaN", { ...ONE_CMT_ORAL, bioavailability: Number.NaN }],
    ["preparePkSystem requires a non-negative lagTimeH, got -0.5", { ...ONE_CMT_ORAL, lagTimeH: -0.5 }],
    ["preparePkSystem requires a non-negative lagTimeH, got Infinity", { ...ONE_CMT_ORAL, lagTimeH: Infinity }],
  ];
  it.each(cases)("throws %s", (message, parameters) => {
    expect(() => preparePkSystem(parameters)).toThrow(new RangeError(message));
  });
});
