import { describe, expect, it } from "vitest";
import { assertDoses } from "../../src/pk/assert-doses.js";
import { preparePkSystem, type Dose } from "../../src/pk/index.js";
import { ONE_CMT_ORAL, TWO_CMT } from "./model-fixtures.js";

const ORAL_SYSTEM = preparePkSystem(ONE_CMT_ORAL);
const IV_SYSTEM = preparePkSystem(TWO_CMT);

describe("assertDoses", () => {
  it("accepts an empty schedule, zero amounts, negative times, equal times and mixed routes", () => {
    expect(() => assertDoses([], IV_SYSTEM, "f")).not.toThrow();
    const doses: Dose[] = [
      { route: "oral", timeH: -3, amountMg: 0 },
      { route: "iv-bolus", timeH: 2, amountMg: 5 },
      { route: "infusion", timeH: 2, amountMg: 5, durationH: 0.5 },
    ];
    expect(() => assertDoses(doses, ORAL_SYSTEM, "f")).not.toThrow();
  });

  it("doc example: doses out of order", () => {
    const doses: Dose[] = [{ route: "oral", timeH: 12, amountMg: 320 }, { route: "oral", timeH: 0, amountMg: 320 }];
    expect(() => assertDoses(doses, ORAL_SYSTEM, "concentrationsAt")).toThrow(new RangeError("concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1"));
  });

  const first: Dose = { route: "iv-bolus", timeH: 0, amountMg: 1 };
  it.each([
    [{ route: "im", timeH: 5, amountMg: 1 }, 'f requires a route of "oral", "iv-bolus" or "infusion" for every dose, got "im" at index 1'],
    [{ timeH: 5, amountMg: 1 }, 'f requires a route of "oral", "iv-bolus" or "infusion" for every dose, got undefined at index 1'],
    [{ route: "iv-bolus", timeH: Number.NaN, amountMg: 1 }, "f requires a finite timeH for every dose, got NaN at index 1"],
    [{ route: "iv-bolus", timeH: Infinity, amountMg: 1 }, "f requires a finite timeH for every dose, got Infinity at index 1"],
    [{ route: "iv-bolus", timeH: 5, amountMg: -5 }, "f requires a non-negative amountMg for every dose, got -5 at index 1"],
    [{ route: "iv-bolus", timeH: 5, amountMg: Number.NaN }, "f requires a non-negative amountMg for every dose, got NaN at index 1"],
    [{ route: "iv-bolus", timeH: 5, amountMg: Infinity }, "f requires a non-negative amountMg for every dose, got Infinity at index 1"],
    [{ route: "infusion", timeH: 5, amountMg: 1 }, "f requires a positive durationH for every infusion, got undefined at index 1"],
    [{ route: "infusion", timeH: 5, amountMg: 1, durationH: 0 }, "f requires a positive durationH for every infusion, got 0 at index 1"],
    [{ route: "infusion", timeH: 5, amountMg: 1, durationH: Infinity }, "f requires a positive durationH for every infusion, got Infinity at index 1"],
    [{ route: "iv-bolus", timeH: 5, amountMg: 1, durationH: 2 }, 'f requires durationH only on infusions, got 2 on an "iv-bolus" dose at index 1'],
    [{ route: "oral", timeH: 5, amountMg: 1, durationH: 2 }, 'f requires durationH only on infusions, got 2 on an "oral" dose at index 1'],
    [{ route: "iv-bolus", timeH: -1, amountMg: 1 }, "f requires doses sorted by timeH, got -1 after 0 at index 1"],
  ])("rejects %o as the second dose", (badDose, message) => {
    expect(() => assertDoses([first, badDose as Dose], ORAL_SYSTEM, "f")).toThrow(new RangeError(message));
  });

  it("rejects an oral dose when the parameters have no absorption rate", () => {
    expect(() => assertDoses([first, { route: "oral", timeH: 1, amountMg: 10 }], IV_SYSTEM, "exposureBetween")).toThrow(
      new RangeError("exposureBetween requires an absorptionRatePerH for the oral dose at index 1, got undefined"),
    );
  });
});
