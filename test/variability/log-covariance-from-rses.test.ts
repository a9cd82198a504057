import { describe, expect, it } from "vitest";
import { logCovarianceFromRses } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("logCovarianceFromRses", () => {
  it("doc example: σ² = ln(1 + 0.1²) (R 4.2.2: log(1.01) = 0.009950330853168092); an RSE of 0 gives a zero row", () => {
    const covariance = logCovarianceFromRses({ rses: [0.1, 0] });
    expect(covariance).toEqual([[0.009950330853168085, 0], [0, 0]]);
    // R's log(1.01) rounds 1 + 0.01 before the log, log1p does not: 1e-14.
    expectRelativeClose(covariance[0]?.[0] ?? Number.NaN, 0.009950330853168092, 1e-14, "ln(1.01)");
  });

  it("puts ρ·σᵢ·σⱼ off the diagonal, symmetric to the bit", () => {
    const covariance = logCovarianceFromRses({ rses: [0.1, 0.25], correlations: [[1, -0.5], [-0.5, 1]] });
    const expected = -0.5 * Math.sqrt(Math.log1p(0.1 * 0.1)) * Math.sqrt(Math.log1p(0.25 * 0.25));
    expect(covariance[1]?.[0]).toBe(expected);
    expect(covariance[0]?.[1]).toBe(expected);
  });

  it("refuses negative or non-finite RSEs and invalid correlations, under its own name", () => {
    expect(() => logCovarianceFromRses({ rses: [Number.NaN] })).toThrow(
      new RangeError("logCovarianceFromRses requires finite rses >= 0, got rses[0] = NaN"),
    );
    expect(() => logCovarianceFromRses({ rses: [0.1, 0.2], correlations: [[1, 0], [0, 2]] })).toThrow(
      new RangeError("logCovarianceFromRses requires 1 on the diagonal of correlations, got correlations[1][1] = 2"),
    );
  });
});
