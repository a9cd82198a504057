import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { computeNegativeBinomialLogLikelihood } from "../../src/stats/compute-negative-binomial-log-likelihood.js";
import { computeNegativeBinomialThetaScore } from "../../src/stats/compute-negative-binomial-theta-score.js";
import { digamma, trigamma } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("computeNegativeBinomialThetaScore", () => {
  it("doc example: y = 0, μ = 1, θ = 1 has score −log 2 + 1/2", () => {
    expect(computeNegativeBinomialThetaScore([0], [1], 1).score).toBe(-0.1931471805599453);
  });

  it("equals MASS theta.ml's score and info formulas written with digamma and trigamma", () => {
    const counts = [0, 1, 5, 12];
    const means = [2, 0.5, 3, 7];
    const theta = 1.3;
    const score = counts.reduce((total, y, i) => {
      const mu = means[i] ?? Number.NaN;
      return total + digamma(theta + y) - digamma(theta) + Math.log(theta) + 1 - Math.log(theta + mu) - (y + theta) / (mu + theta);
    }, 0);
    const information = counts.reduce((total, y, i) => {
      const mu = means[i] ?? Number.NaN;
      return total - trigamma(theta + y) + trigamma(theta) - 1 / theta + 2 / (mu + theta) - (y + theta) / (mu + theta) ** 2;
    }, 0);
    const result = computeNegativeBinomialThetaScore(counts, means, theta);
    expectRelativeClose(result.score, score, 1e-13, "score");
    expectRelativeClose(result.information, information, 1e-13, "information");
  });

  test.prop([
    fc.array(fc.tuple(fc.nat({ max: 40 }), fc.double({ min: 0.1, max: 20, noNaN: true })), { minLength: 1, maxLength: 10 }),
    fc.double({ min: 0.05, max: 100, noNaN: true }),
  ])("score and information are the derivatives of the log-likelihood in θ (central differences)", (patients, theta) => {
    const counts = patients.map(([count]) => count);
    const means = patients.map(([, mean]) => mean);
    const step = 1e-4 * theta;
    const loglik = (t: number): number => computeNegativeBinomialLogLikelihood(counts, means, t);
    const { score, information } = computeNegativeBinomialThetaScore(counts, means, theta);
    const numericScore = (loglik(theta + step) - loglik(theta - step)) / (2 * step);
    const numericInformation =
      -(computeNegativeBinomialThetaScore(counts, means, theta + step).score - computeNegativeBinomialThetaScore(counts, means, theta - step).score) / (2 * step);
    const scale = patients.length * (1 + 1 / theta) ** 2;
    expect(Math.abs(score - numericScore)).toBeLessThan(1e-6 * scale);
    expect(Math.abs(information - numericInformation)).toBeLessThan(1e-5 * scale / theta);
  });
});
