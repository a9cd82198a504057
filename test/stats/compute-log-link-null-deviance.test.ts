import { describe, expect, it } from "vitest";
import { computeLogLinkNullDeviance } from "../../src/stats/compute-log-link-null-deviance.js";
import type { LogLinkGlmProblem } from "../../src/stats/fit-log-link-glm.js";
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

describe("computeLogLinkNullDeviance", () => {
  it("doc example: with a column of ones, both counts are fitted by their mean 2", () => {
    const deviance = computeLogLinkNullDeviance({ ...TWO_COUNTS, design: [[1, 0], [1, 1]] });
    expect(deviance).toBe(1.0464962875290957);
    expectRelativeClose(deviance, 2 * (Math.log(1 / 2) + 3 * Math.log(3 / 2)), 1e-14, "2·Σ y log(y/2)");
  });

  it("without a column of ones it is the deviance at μ = e^offset (R's glm.fit)", () => {
    const deviance = computeLogLinkNullDeviance({ ...TWO_COUNTS, design: [[1, 0], [0, 1]], offset: [0, Math.log(3)] });
    // μ = (1, 3) = y: deviance 0.
    expect(deviance).toBeLessThan(1e-15);
  });
});
