import { describe, expect, it } from "vitest";
import { computeNegativeBinomialLogLikelihood } from "../../src/stats/compute-negative-binomial-log-likelihood.js";
import { logGamma } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("computeNegativeBinomialLogLikelihood", () => {
  it("doc example: y = 0, μ = 1, θ = 1 has P(Y = 0) = θ/(θ + μ) = 1/2", () => {
    expect(computeNegativeBinomialLogLikelihood([0], [1], 1)).toBe(-0.6931471805599453);
  });

  it("tends to the Poisson log-likelihood as θ grows (no cancellation at θ = 1e12)", () => {
    // Poisson: y·log μ − μ − log y! = 3·log 2.5 − 2.5 − log 6.
    expectRelativeClose(computeNegativeBinomialLogLikelihood([3], [2.5], 1e12), 3 * Math.log(2.5) - 2.5 - Math.log(6), 1e-11, "Poisson limit");
  });

  it("is R's dnbinom: y = 3, μ = 2.5, θ = 1.7", () => {
    // R 4.2.2: dnbinom(3, size = 1.7, mu = 2.5, log = TRUE) = -2.05350367193708 (printed with digits = 15).
    const expected = logGamma(4.7) - logGamma(1.7) - logGamma(4) + 1.7 * Math.log(1.7 / 4.2) + 3 * Math.log(2.5 / 4.2);
    expectRelativeClose(computeNegativeBinomialLogLikelihood([3], [2.5], 1.7), expected, 1e-14, "closed form");
    expectRelativeClose(computeNegativeBinomialLogLikelihood([3], [2.5], 1.7), -2.05350367193708, 1e-14, "R dnbinom");
  });
});
