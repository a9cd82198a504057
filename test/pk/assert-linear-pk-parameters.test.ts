import { describe, expect, it } from "vitest";
import { assertLinearPkParameters } from "../../src/pk/assert-linear-pk-parameters.js";
import type { LinearPkParameters } from "../../src/pk/index.js";
import { ONE_CMT_ORAL, THREE_CMT, TWO_CMT } from "./model-fixtures.js";

describe("assertLinearPkParameters", () => {
  it("accepts each compartment count with its own parameters, tiny values, F = 1 and no ka", () => {
    expect(() => assertLinearPkParameters(ONE_CMT_ORAL, "f")).not.toThrow();
    expect(() => assertLinearPkParameters(TWO_CMT, "f")).not.toThrow();
    expect(() => assertLinearPkParameters(THREE_CMT, "f")).not.toThrow();
    expect(() => assertLinearPkParameters({ ...TWO_CMT, clearanceLPerH: 1e-300, bioavailability: 1e-300, lagTimeH: 0 }, "f")).not.toThrow();
  });

  it("doc example: a 2-compartment model without volume2L", () => {
    const parameters = { compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, bioavailability: 1, lagTimeH: 0 } as const;
    expect(() => assertLinearPkParameters(parameters, "preparePkSystem")).toThrow(
      new RangeError("preparePkSystem requires a positive volume2L for 2 compartments, got undefined"),
    );
  });

  it("names the calling function", () => {
    expect(() => assertLinearPkParameters({ ...ONE_CMT_ORAL, lagTimeH: -1 }, "someFunction")).toThrow(new RangeError("someFunction requires a non-negative lagTimeH, got -1"));
  });

  // Every other message is asserted verbatim through preparePkSystem (pk-system.test.ts).
  it("rejects a compartment count given as text (as from an unchecked JSON file)", () => {
    const parameters = { ...ONE_CMT_ORAL, compartments: "1" } as unknown as LinearPkParameters;
    expect(() => assertLinearPkParameters(parameters, "f")).toThrow(new RangeError("f requires compartments 1, 2 or 3, got 1"));
  });
});
