import { describe, expect, it } from "vitest";
import { assertOralParameters } from "../../src/pk/assert-oral-parameters.js";

const VALID = { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 };

describe("assertOralParameters", () => {
  it("accepts valid parameters, including F = 1 and tiny positive values", () => {
    expect(() => assertOralParameters(VALID, "f")).not.toThrow();
    expect(() => assertOralParameters({ ...VALID, absorptionRatePerH: 1e-300, bioavailability: 1e-300 }, "f")).not.toThrow();
  });

  it("doc example: a negative volume", () => {
    expect(() => assertOralParameters({ ...VALID, volumeL: -1 }, "summariseExposure")).toThrow(
      new RangeError("summariseExposure requires a positive volumeL, got -1"),
    );
  });

  it.each([
    ["absorptionRatePerH", 0, "f requires a positive absorptionRatePerH, got 0"],
    ["absorptionRatePerH", Number.NaN, "f requires a positive absorptionRatePerH, got NaN"],
    ["clearanceLPerH", -2, "f requires a positive clearanceLPerH, got -2"],
    ["clearanceLPerH", Infinity, "f requires a positive clearanceLPerH, got Infinity"],
    ["volumeL", 0, "f requires a positive volumeL, got 0"],
    ["bioavailability", 0, "f requires a bioavailability in (0, 1], got 0"],
    ["bioavailability", 1.2, "f requires a bioavailability in (0, 1], got 1.2"],
    ["bioavailability", Number.NaN, "f requires a bioavailability in (0, 1], got NaN"],
  ] as const)("rejects %s = %s", (name, value, message) => {
    expect(() => assertOralParameters({ ...VALID, [name]: value }, "f")).toThrow(new RangeError(message));
  });
});
