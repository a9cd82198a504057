import { describe, expect, it } from "vitest";
import { computeNegativeBinomialThetaScore } from "../../src/stats/compute-negative-binomial-theta-score.js";
import { maximizeNegativeBinomialTheta, NotOverdispersedError } from "../../src/stats/maximize-negative-binomial-theta.js";
import { loadCountMultiplicityAftExtra } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// R 4.2.2 MASS 7.3-58.2 theta.ml on y = 0, 1, 5 at μ = 2 (count-multiplicity-aft-extra.json theta_ml_small).
const SMALL = loadCountMultiplicityAftExtra().counts.theta_ml_small;

describe("maximizeNegativeBinomialTheta", () => {
  it("doc example: y = 0, 1, 5 at μ = 2 (R theta.ml with eps 1e-13)", () => {
    const theta = maximizeNegativeBinomialTheta(SMALL.y, SMALL.mu, "fitNegativeBinomialRegression");
    expect(theta).toBe(0.9742877905795498);
    expectRelativeClose(theta, SMALL.theta_tight, 1e-13, "θ̂");
    expect(Math.abs(computeNegativeBinomialThetaScore(SMALL.y, SMALL.mu, theta).score)).toBeLessThan(1e-15);
  });

  it("throws when the counts are not overdispersed", () => {
    expect(() => maximizeNegativeBinomialTheta([1, 1, 1, 2, 2, 2], [1.5, 1.5, 1.5, 1.5, 1.5, 1.5], "fitNegativeBinomialRegression")).toThrow(
      new NotOverdispersedError(
        "fitNegativeBinomialRegression found no finite theta: the counts are not overdispersed relative to the Poisson model (theta passed 1e10 or did not settle in 200 Newton steps)",
      ),
    );
    // Counts equal to their means: the moment start n / Σ(y/μ − 1)² is already infinite.
    expect(() => maximizeNegativeBinomialTheta([2, 4], [2, 4], "f")).toThrow(NotOverdispersedError);
    // Still a RangeError (a precondition failure) for callers that only know that class.
    expect(() => maximizeNegativeBinomialTheta([2, 4], [2, 4], "f")).toThrow(RangeError);
  });
});
