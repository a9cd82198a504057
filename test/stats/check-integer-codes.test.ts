import { describe, expect, it } from "vitest";
import { checkIntegerCodes } from "../../src/stats/check-integer-codes.js";

const GROUPS = { names: { singular: "group", plural: "groups" }, functionName: "logRankTest" };

describe("checkIntegerCodes", () => {
  it("doc example: returns max + 1, empty codes included", () => {
    expect(checkIntegerCodes([0, 2, 1, 2], 4, GROUPS)).toBe(3);
    expect(checkIntegerCodes([3, 3], 2, GROUPS)).toBe(4);
  });

  it("requires one code per patient", () => {
    expect(() => checkIntegerCodes([0, 1], 3, GROUPS)).toThrow(
      new RangeError("logRankTest requires one group per patient, got 2 groups and 3 patients"),
    );
    const strata = { names: { singular: "stratum", plural: "strata" }, functionName: "fitCoxModel" };
    expect(() => checkIntegerCodes([0], 2, strata)).toThrow(
      new RangeError("fitCoxModel requires one stratum per patient, got 1 strata and 2 patients"),
    );
  });

  it("requires non-negative integers", () => {
    for (const [code, label] of [[1.5, "1.5"], [-1, "-1"], [Number.NaN, "NaN"], [Infinity, "Infinity"]] as const) {
      expect(() => checkIntegerCodes([0, 1, code], 3, GROUPS)).toThrow(
        new RangeError(`logRankTest requires group codes that are non-negative integers, got ${label} at index 2`),
      );
    }
  });
});
