import { describe, expect, it } from "vitest";
import { ALTERNATIVES, validateTestOptions, type TestOptions } from "../../src/stats/test-options.js";

describe("validateTestOptions", () => {
  it("doc example: accepts a level in (0, 1) and each alternative", () => {
    expect(validateTestOptions({ confidenceLevel: 0.95, alternative: "less" }, "welchTTest")).toBeUndefined();
    for (const alternative of ALTERNATIVES) {
      expect(() => validateTestOptions({ confidenceLevel: 0.9, alternative }, "welchTTest")).not.toThrow();
    }
  });

  it("rejects a confidence level outside (0, 1), or NaN, naming the caller", () => {
    for (const level of [0, 1, 95, -0.5, Number.NaN]) {
      expect(() => validateTestOptions({ confidenceLevel: level, alternative: "two-sided" }, "welchTTest")).toThrow(
        new RangeError(`welchTTest requires a confidence level strictly between 0 and 1, got ${level}`),
      );
    }
    expect(() => validateTestOptions({ confidenceLevel: 1, alternative: "two-sided" }, "ancova")).toThrow(
      new RangeError("ancova requires a confidence level strictly between 0 and 1, got 1"),
    );
  });

  it("rejects an unknown alternative (options may come from JavaScript)", () => {
    const options = { confidenceLevel: 0.95, alternative: "both" } as unknown as TestOptions;
    expect(() => validateTestOptions(options, "studentTTest")).toThrow(
      new RangeError('studentTTest requires alternative "two-sided", "greater" or "less", got "both"'),
    );
  });
});
