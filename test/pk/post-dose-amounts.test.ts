import { describe, expect, it } from "vitest";
import { computePostDoseAmounts } from "../../src/pk/post-dose-amounts.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const PARAMETERS = { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 0.5 };

describe("computePostDoseAmounts", () => {
  it("gives empty arrays for an empty schedule", () => {
    const amounts = computePostDoseAmounts(PARAMETERS, []);
    expect(amounts.depotMg.length).toBe(0);
    expect(amounts.centralMg.length).toBe(0);
  });

  it("doc example: a dose puts F · amount in the depot", () => {
    expect(computePostDoseAmounts(PARAMETERS, [{ timeH: 0, amountMg: 100 }]).depotMg[0]).toBe(50);
  });

  it("adds doses given at the same time, and carries the depot over between doses", () => {
    const amounts = computePostDoseAmounts(PARAMETERS, [
      { timeH: 0, amountMg: 100 },
      { timeH: 0, amountMg: 60 },
      { timeH: 2, amountMg: 20 },
    ]);
    expect(Array.from(amounts.depotMg.subarray(0, 2))).toEqual([50, 80]);
    expect(Array.from(amounts.centralMg.subarray(0, 2))).toEqual([0, 0]);
    expectRelativeClose(amounts.depotMg[2] as number, 80 * Math.exp(-3) + 10, 1e-15, "depot after the 2 h dose");
  });
});
