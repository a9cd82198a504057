import { describe, expect, it } from "vitest";
import { validateSurvivalRegressionOptions } from "../../src/stats/survival-regression-options.js";

describe("validateSurvivalRegressionOptions", () => {
  it("doc example: fills in the iteration limit 100", () => {
    expect(validateSurvivalRegressionOptions({ times: [5, 8], events: [1, 0], design: [[1], [1]] }, "fitWeibullRegression").maxIterations).toBe(100);
  });

  it("names the calling function in every message", () => {
    const design = [[1], [1], [1], [1]];
    const check = (options: Parameters<typeof validateSurvivalRegressionOptions>[0]): (() => unknown) => () =>
      validateSurvivalRegressionOptions(options, "fitExponentialRegression");
    expect(check({ times: [1, 2, 3], events: [1, 1, 1, 1], design })).toThrow(
      new RangeError("fitExponentialRegression requires one time per design row, got 3 times and 4 rows"),
    );
    expect(check({ times: [1, -2, 3, 4], events: [1, 1, 1, 1], design })).toThrow(
      new RangeError("fitExponentialRegression requires positive finite times, got -2 at index 1"),
    );
    expect(check({ times: [1, 2, 3, 4], events: [1, 1, 1], design })).toThrow(
      new RangeError("fitExponentialRegression requires one event indicator per design row, got 3 event indicators and 4 rows"),
    );
    expect(check({ times: [1, 2, 3, 4], events: [1, 0.5, 1, 1], design })).toThrow(
      new RangeError("fitExponentialRegression requires events coded 0 (censored) or 1 (event), got 0.5 at index 1"),
    );
    expect(check({ times: [1, 2, 3, 4], events: [0, 0, 0, 0], design })).toThrow(
      new RangeError("fitExponentialRegression requires at least one event, got 0 events in 4 patients"),
    );
    expect(check({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], design, maxIterations: -1 })).toThrow(
      new RangeError("fitExponentialRegression requires maxIterations to be a positive integer, got -1"),
    );
    expect(check({ times: [], events: [], design: [] })).toThrow(
      new RangeError("fitExponentialRegression requires a design with at least one row and one column"),
    );
  });
});
