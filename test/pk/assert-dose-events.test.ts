import { describe, expect, it } from "vitest";
import { assertDoseEvents } from "../../src/pk/assert-dose-events.js";

describe("assertDoseEvents", () => {
  it("accepts an empty schedule, zero amounts, negative times and doses at the same time", () => {
    expect(() => assertDoseEvents([], "f")).not.toThrow();
    expect(() => assertDoseEvents([{ timeH: -3, amountMg: 0 }, { timeH: 2, amountMg: 5 }, { timeH: 2, amountMg: 5 }], "f")).not.toThrow();
  });

  it("doc example: doses out of order", () => {
    expect(() => assertDoseEvents([{ timeH: 12, amountMg: 320 }, { timeH: 0, amountMg: 320 }], "concentrationsAt")).toThrow(
      new RangeError("concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1"),
    );
  });

  it.each([
    [{ timeH: Number.NaN, amountMg: 1 }, "f requires a finite timeH for every dose, got NaN at index 1"],
    [{ timeH: Infinity, amountMg: 1 }, "f requires a finite timeH for every dose, got Infinity at index 1"],
    [{ timeH: 5, amountMg: -5 }, "f requires a non-negative amountMg for every dose, got -5 at index 1"],
    [{ timeH: 5, amountMg: Number.NaN }, "f requires a non-negative amountMg for every dose, got NaN at index 1"],
    [{ timeH: 5, amountMg: Infinity }, "f requires a non-negative amountMg for every dose, got Infinity at index 1"],
  ])("rejects %o as the second dose", (badDose, message) => {
    expect(() => assertDoseEvents([{ timeH: 0, amountMg: 1 }, badDose], "f")).toThrow(new RangeError(message));
  });
});
