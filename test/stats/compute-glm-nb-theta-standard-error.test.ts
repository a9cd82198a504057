import { describe, expect, it } from "vitest";
import { computeGlmNbThetaStandardError } from "../../src/stats/compute-glm-nb-theta-standard-error.js";
import { computeNegativeBinomialThetaScore } from "../../src/stats/compute-negative-binomial-theta-score.js";
import { loadCountMultiplicityAftExtra } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// R 4.2.2 MASS 7.3-58.2 theta.ml on y = 0, 1, 5 at μ = 2 (count-multiplicity-aft-extra.json theta_ml_small).
const SMALL = loadCountMultiplicityAftExtra().counts.theta_ml_small;

describe("computeGlmNbThetaStandardError", () => {
  it("doc example: reproduces theta.ml's SE attribute, which is 3e-6 away from 1/√I(θ̂)", () => {
    const standardError = computeGlmNbThetaStandardError(SMALL.y, SMALL.mu);
    expect(standardError).toBe(1.4006204570069163);
    expectRelativeClose(standardError, SMALL.se_default, 1e-13, "SE as theta.ml (default eps)");
    const atEstimate = 1 / Math.sqrt(computeNegativeBinomialThetaScore(SMALL.y, SMALL.mu, SMALL.theta_tight).information);
    expectRelativeClose(atEstimate, SMALL.se_tight, 1e-13, "1/√I(θ̂)");
    expect(Math.abs(standardError / atEstimate - 1)).toBeGreaterThan(1e-6);
  });
});
