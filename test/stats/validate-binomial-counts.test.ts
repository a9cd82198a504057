import { describe, expect, it } from "vitest";
import { validateBinomialCounts } from "../../src/stats/validate-binomial-counts.js";

describe("validateBinomialCounts", () => {
  it("doc example: accepts 7 of 10, 0 of 1 and 1 of 1", () => {
    for (const [events, total] of [[7, 10], [0, 1], [1, 1]] as const) {
      expect(validateBinomialCounts({ events, total }, "wilsonInterval")).toBeUndefined();
    }
  });

  it("rejects totals that are not positive integers", () => {
    for (const total of [0, -1, 2.5, Number.NaN, Infinity]) {
      expect(() => validateBinomialCounts({ events: 0, total }, "wilsonInterval")).toThrow(
        new RangeError(`wilsonInterval requires total to be a positive integer, got ${total}`),
      );
    }
  });

  it("rejects events outside 0..total, with the field names given", () => {
    expect(() => validateBinomialCounts({ events: 11, total: 10 }, "wilsonInterval")).toThrow(
      new RangeError("wilsonInterval requires events to be an integer from 0 to total (10), got 11"),
    );
    expect(() => validateBinomialCounts({ events: 0.5, total: 10 }, "oddsRatioWald", { events: "eventsTreatment", total: "totalTreatment" })).toThrow(
      new RangeError("oddsRatioWald requires eventsTreatment to be an integer from 0 to totalTreatment (10), got 0.5"),
    );
  });
});
