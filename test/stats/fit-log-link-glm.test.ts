import { describe, expect, it } from "vitest";
import { fitLogLinkGlm, type LogLinkGlmProblem } from "../../src/stats/fit-log-link-glm.js";
import { POISSON_FAMILY } from "../../src/stats/fit-poisson-regression.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const TWO_COUNTS: LogLinkGlmProblem = {
  design: [[1], [1]],
  counts: [1, 3],
  offset: [0, 0],
  family: { variance: (m) => m, unitDeviance: (y, m) => 2 * ((y > 0 ? y * Math.log(y / m) : 0) - (y - m)) },
  initialLinearPredictor: [Math.log(1.1), Math.log(3.1)],
  maxIterations: 100,
  functionName: "fitPoissonRegression",
};

describe("fitLogLinkGlm", () => {
  it("doc example: counts 1 and 3 under one intercept give log 2", () => {
    const fit = fitLogLinkGlm(TWO_COUNTS);
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, Math.log(2), 1e-15, "log 2");
    // Fisher information Σμ = 4.
    expectRelativeClose(fit.covariance[0]?.[0] ?? Number.NaN, 0.25, 1e-14, "1/4");
    expect(fit.means.map((mean) => Math.round(mean * 1e12) / 1e12)).toEqual([2, 2]);
  });

  it("fits a saturated two-group model exactly (deviance 0 at the rounding floor)", () => {
    const fit = fitLogLinkGlm({ ...TWO_COUNTS, design: [[1, 0], [1, 1]], family: POISSON_FAMILY });
    expectRelativeClose(fit.coefficients[1] ?? Number.NaN, Math.log(3), 1e-14, "log 3");
    expect(fit.deviance).toBeLessThan(1e-14);
  });

  it("throws with the caller's name", () => {
    expect(() => fitLogLinkGlm({ ...TWO_COUNTS, maxIterations: 1, functionName: "fitNegativeBinomialRegression" })).toThrow(
      new RangeError("fitNegativeBinomialRegression did not converge in 1 iterations"),
    );
    expect(() => fitLogLinkGlm({ ...TWO_COUNTS, design: [[1, 1], [1, 1]] })).toThrow(
      new RangeError("fitPoissonRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it"),
    );
  });
});
