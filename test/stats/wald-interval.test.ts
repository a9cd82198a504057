import { describe, expect, it } from "vitest";
import { waldInterval } from "../../src/stats/wald-interval.js";
import { loadModelsBinary } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("waldInterval", () => {
  it("checks its inputs", () => {
    expect(() => waldInterval(1, 2.5, 0.95)).toThrow(new RangeError("waldInterval requires total to be a positive integer, got 2.5"));
    expect(() => waldInterval(11, 10, 0.95)).toThrow(
      new RangeError("waldInterval requires events to be an integer from 0 to total (10), got 11"),
    );
    expect(() => waldInterval(1, 10, 0)).toThrow(new RangeError("waldInterval requires a confidence level strictly between 0 and 1, got 0"));
  });

  it("doc example: 7 of 10 is 0.7 ± z·√0.021 (R 4.2.2 models.json: 0.984025765089325)", () => {
    expectRelativeClose(waldInterval(7, 10, 0.95).ciUpper, 0.984025765089325, 1e-15, "7/10 upper");
    expectRelativeClose(waldInterval(7, 10, 0.95).ciUpper, 0.9840257650893253, 1e-15, "doc value");
  });

  it("has zero width with 0 or n events and is not clamped to [0, 1] (the method's known failures)", () => {
    expect(waldInterval(0, 15, 0.95)).toEqual({ estimate: 0, ciLower: 0, ciUpper: 0 });
    expect(waldInterval(20, 20, 0.95)).toEqual({ estimate: 1, ciLower: 1, ciUpper: 1 });
    expect(waldInterval(1, 250, 0.95).ciLower).toBeLessThan(0);
  });

  // 1e-8 relative, as asked; observed below 1e-15.
  it.each(
    Object.entries(loadModelsBinary().binary_extras.single_proportion).filter(([, block]) => block.ci95_wald !== undefined),
  )("R 4.2.2 models.json binary_extras.single_proportion.%s", (name, block) => {
    const interval = waldInterval(block.inputs.x, block.inputs.n, 0.95);
    expectRelativeClose(interval.ciLower, block.ci95_wald?.[0] ?? Number.NaN, 1e-8, `${name} lower`);
    expectRelativeClose(interval.ciUpper, block.ci95_wald?.[1] ?? Number.NaN, 1e-8, `${name} upper`);
  });
});
