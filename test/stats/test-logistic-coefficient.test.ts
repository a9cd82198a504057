import { describe, expect, it } from "vitest";
import { fitLogisticRegression, type LogisticRegressionFit } from "../../src/stats/fit-logistic-regression.js";
import { testLogisticCoefficient } from "../../src/stats/test-logistic-coefficient.js";
import { buildLogisticDesign, loadBinaryExtra, loadModelsBinary } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-12 (p = 6.9e-5 and 2.9e-8 keep their relative accuracy).
const REFERENCE_TOLERANCE = 1e-8;
const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;
const DOC_FIT: LogisticRegressionFit = {
  coefficients: [0.5],
  standardErrors: [0.25],
  covariance: [[0.0625]],
  deviance: 1,
  fittedProbabilities: [],
  iterations: 4,
  converged: true,
};

describe("testLogisticCoefficient", () => {
  it("requires an integer index of a coefficient and valid options", () => {
    const fit = { ...DOC_FIT, coefficients: [0.5, 1, 2], standardErrors: [0.25, 1, 1] };
    for (const index of [3, -1, 0.5, Number.NaN]) {
      expect(() => testLogisticCoefficient(fit, index, TWO_SIDED)).toThrow(
        new RangeError(`testLogisticCoefficient requires an integer index from 0 to 2, got ${index}`),
      );
    }
    expect(() => testLogisticCoefficient(fit, 0, { confidenceLevel: 0, alternative: "two-sided" })).toThrow(
      new RangeError("testLogisticCoefficient requires a confidence level strictly between 0 and 1, got 0"),
    );
  });

  it("doc example: z = 2 gives p = 2·Φ(−2) (R 4.2.2: 2 * pnorm(-2) = 0.0455002638963584) on the normal", () => {
    const result = testLogisticCoefficient(DOC_FIT, 0, TWO_SIDED);
    expect(result.statistic).toBe(2);
    expect(result.degreesOfFreedom).toBe(Infinity);
    expectRelativeClose(result.pValue, 0.0455002638963584, 1e-14, "p");
    expectRelativeClose(testLogisticCoefficient(DOC_FIT, 0, { ...TWO_SIDED, alternative: "greater" }).pValue, 0.0227501319481792, 1e-14, "p greater");
  });

  it("gives NaN inference for a fit that did not converge (separation), keeping the estimate", () => {
    const block = loadBinaryExtra().logistic_separation.complete;
    const fit = fitLogisticRegression(block.inputs.x.map((x) => [1, x]), block.inputs.y);
    const result = testLogisticCoefficient(fit, 1, TWO_SIDED);
    expect(result.estimate).toBe(fit.coefficients[1]);
    expect([result.statistic, result.pValue, result.ciLower, result.ciUpper].every(Number.isNaN)).toBe(true);
  });
});

describe("testLogisticCoefficient against R 4.2.2 summary.glm (models.json → logistic)", () => {
  const reference = loadModelsBinary().logistic;
  it.each(["pbc_death_by_end", "hand_made"] as const)("%s", (name) => {
    const block = reference[name];
    const fit = fitLogisticRegression(buildLogisticDesign(name, block), block.inputs["y"] ?? []);
    Object.entries(block.coefficients).forEach(([coefficient, expected], index) => {
      const label = `${name} ${coefficient}`;
      const result = testLogisticCoefficient(fit, index, TWO_SIDED);
      expectRelativeClose(result.estimate, expected.estimate, REFERENCE_TOLERANCE, `${label} estimate`);
      expectRelativeClose(result.standardError, expected.se, REFERENCE_TOLERANCE, `${label} se`);
      expectRelativeClose(result.statistic, expected.z, REFERENCE_TOLERANCE, `${label} z`);
      expectRelativeClose(result.pValue, expected.p_two_sided, REFERENCE_TOLERANCE, `${label} p`);
      expectRelativeClose(result.ciLower, expected.ci95[0], REFERENCE_TOLERANCE, `${label} ci lower`);
      expectRelativeClose(result.ciUpper, expected.ci95[1], REFERENCE_TOLERANCE, `${label} ci upper`);
      expectRelativeClose(Math.exp(result.estimate), expected.odds_ratio, REFERENCE_TOLERANCE, `${label} odds ratio`);
      expectRelativeClose(Math.exp(result.ciLower), expected.odds_ratio_ci95[0], REFERENCE_TOLERANCE, `${label} OR lower`);
      expectRelativeClose(Math.exp(result.ciUpper), expected.odds_ratio_ci95[1], REFERENCE_TOLERANCE, `${label} OR upper`);
    });
  });
});
