import { describe, expect, it } from "vitest";
import {
  SURVIVAL_TRANSFORMS,
  validateSurvivalIntervalOptions,
  type SurvivalIntervalOptions,
} from "../../src/stats/survival-interval-options.js";

describe("validateSurvivalIntervalOptions", () => {
  it("doc example: accepts a level in (0, 1) and each transform", () => {
    expect(validateSurvivalIntervalOptions({ confidenceLevel: 0.95, transform: "log-log" }, "kaplanMeierMedian")).toBeUndefined();
    for (const transform of SURVIVAL_TRANSFORMS) {
      expect(() => validateSurvivalIntervalOptions({ confidenceLevel: 0.9, transform }, "kaplanMeierMedian")).not.toThrow();
    }
  });

  it("rejects a confidence level outside (0, 1), naming the caller", () => {
    for (const level of [0, 1, 95, Number.NaN]) {
      expect(() => validateSurvivalIntervalOptions({ confidenceLevel: level, transform: "log" }, "kaplanMeierMedian")).toThrow(
        new RangeError(`kaplanMeierMedian requires a confidence level strictly between 0 and 1, got ${level}`),
      );
    }
  });

  it("rejects an unknown transform (options may come from JavaScript)", () => {
    const options = { confidenceLevel: 0.95, transform: "logit" } as unknown as SurvivalIntervalOptions;
    expect(() => validateSurvivalIntervalOptions(options, "kaplanMeierMedian")).toThrow(
      new RangeError('kaplanMeierMedian requires transform "log", "log-log" or "plain", got "logit"'),
    );
  });
});
