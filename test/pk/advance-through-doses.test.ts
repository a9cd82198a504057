import { describe, expect, it } from "vitest";
import { advanceThroughDoses } from "../../src/pk/advance-through-doses.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const PARAMETERS = { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 };

describe("advanceThroughDoses", () => {
  it("resets the state and gives nothing for an empty schedule", () => {
    const amounts = { depotMg: 7, centralMg: 3 };
    expect(advanceThroughDoses(amounts, [], PARAMETERS)).toBe(0);
    expect(amounts).toEqual({ depotMg: 0, centralMg: 0 });
  });

  // pk.json a_one_cmt_oral conc_closed_form at 12 h = 3.71615292617178 (the 12 h dose adds
  // nothing to the central compartment at that instant).
  it("doc example: two 320 mg doses 12 h apart", () => {
    const amounts = { depotMg: 0, centralMg: 0 };
    const doses = [{ timeH: 0, amountMg: 320 }, { timeH: 12, amountMg: 320 }];
    expect(advanceThroughDoses(amounts, doses, PARAMETERS)).toBe(640);
    expect(amounts.centralMg / 32).toBe(3.7161529261717754);
    expectRelativeClose(amounts.centralMg / 32, 3.71615292617178, 1e-14, "C(12 h) vs pk.json");
  });

  it("counts only the bioavailable fraction as given", () => {
    const amounts = { depotMg: 0, centralMg: 0 };
    const givenMg = advanceThroughDoses(amounts, [{ timeH: 0, amountMg: 100 }, { timeH: 5, amountMg: 100 }], { ...PARAMETERS, bioavailability: 0.25 });
    expect(givenMg).toBe(50);
  });
});
