import { describe, expect, it } from "vitest";
import { summarizeTwoSamples } from "../../src/stats/two-sample-summary.js";

describe("summarizeTwoSamples", () => {
  it("requires at least two values in each group", () => {
    expect(() => summarizeTwoSamples([1], [1, 2, 3], "welchTTest")).toThrow(
      new RangeError("welchTTest requires at least two values in each group, got 1 treatment and 3 control"),
    );
    expect(() => summarizeTwoSamples([1, 2], [], "studentTTest")).toThrow(
      new RangeError("studentTTest requires at least two values in each group, got 2 treatment and 0 control"),
    );
  });

  it("rejects non-finite values, naming the group and index", () => {
    expect(() => summarizeTwoSamples([1, 2], [2, 4, Number.NaN], "welchTTest")).toThrow(
      new RangeError("welchTTest requires finite values, got NaN at control[2]"),
    );
    expect(() => summarizeTwoSamples([-Infinity, 2], [2, 4], "welchTTest")).toThrow(
      new RangeError("welchTTest requires finite values, got -Infinity at treatment[0]"),
    );
  });

  it("doc example: summarises each group", () => {
    expect(summarizeTwoSamples([1, 2, 3], [2, 4], "welchTTest")).toEqual({
      countTreatment: 3,
      countControl: 2,
      meanTreatment: 2,
      meanControl: 3,
      varianceTreatment: 1,
      varianceControl: 2,
    });
  });
});
