import { describe, expect, it } from "vitest";
import { findIncreasingRoot } from "../../src/stats/find-increasing-root.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("findIncreasingRoot", () => {
  it("doc example: the cube root of 8 from 0 (Newton alone would divide by a zero slope there)", () => {
    expectRelativeClose(findIncreasingRoot((x) => ({ value: x * x * x - 8, slope: 3 * x * x }), 0), 2, 1e-15, "∛8");
  });

  it("brackets roots far from the start in either direction", () => {
    expectRelativeClose(findIncreasingRoot((x) => ({ value: x - 300, slope: 1 }), 0), 300, 1e-15, "300");
    expectRelativeClose(findIncreasingRoot((x) => ({ value: Math.atan(x + 40), slope: 1 / (1 + (x + 40) ** 2) }), 3), -40, 1e-15, "−40");
  });

  it("returns the start when it is the root, and NaN without a sign change within 1024", () => {
    expect(findIncreasingRoot((x) => ({ value: x, slope: 1 }), 0)).toBe(0);
    expect(findIncreasingRoot((x) => ({ value: 1 + Math.exp(x), slope: Math.exp(x) }), 0)).toBeNaN();
  });

  it("converges on a logistic curve whose slope vanishes in the tails (bisection takes over)", () => {
    const logistic = (x: number) => {
      const p = 1 / (1 + Math.exp(-x));
      return { value: p - 0.025, slope: p * (1 - p) };
    };
    expectRelativeClose(findIncreasingRoot(logistic, 30), Math.log(0.025 / 0.975), 1e-14, "logit(0.025)");
  });
});
