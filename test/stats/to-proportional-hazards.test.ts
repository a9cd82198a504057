import { describe, expect, it } from "vitest";
import { fitExponentialRegression } from "../../src/stats/fit-exponential-regression.js";
import { fitWeibullRegression } from "../../src/stats/fit-weibull-regression.js";
import { toProportionalHazards } from "../../src/stats/to-proportional-hazards.js";
import { loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/* models.json parametric_survival.*.proportional_hazards (R 4.2.2, models.R). Asked 1e-8; observed ≤ 4e-13. */
const TOLERANCE = 1e-11;
const SURVIVAL = loadModelsReferenceBlocks().parametric_survival;
const COVARIATES = ["age", "log_bili", "albumin"] as const;
const OPTIONS = {
  times: SURVIVAL.inputs.time,
  events: SURVIVAL.inputs.event,
  design: SURVIVAL.inputs.age.map((age, i) => [1, age, Math.log(SURVIVAL.inputs.bili[i] ?? Number.NaN), SURVIVAL.inputs.albumin[i] ?? Number.NaN]),
};

describe("toProportionalHazards", () => {
  it("requires a confidence level strictly between 0 and 1", () => {
    const fit = fitExponentialRegression({ times: [2, 3, 5], events: [1, 0, 1], design: [[1], [1], [1]] });
    expect(() => toProportionalHazards(fit, 95)).toThrow(
      new RangeError("toProportionalHazards requires a confidence level strictly between 0 and 1, got 95"),
    );
  });

  it("doc example: the shape is 1/σ (R 4.2.2: 1/0.689999099713227 for times 1, 2, 4, 8)", () => {
    const fit = fitWeibullRegression({ times: [1, 2, 4, 8], events: [1, 1, 1, 1], design: [[1], [1], [1], [1]] });
    const form = toProportionalHazards(fit);
    expect(form.shape).toBe(1.4492772532828135);
    expectRelativeClose(form.shape, 1 / 0.689999099713227, 1e-14, "k");
    // Intercept only: S(t) = exp(−λ t^k) with λ = exp(−β₀/σ).
    expectRelativeClose(form.baselineRate, Math.exp(-(fit.coefficients[0] ?? Number.NaN) / fit.scale), 1e-15, "λ");
  });

  it("matches R's Weibull PH form: k, λ, log hazard ratios, delta-method SEs, hazard ratios and CIs", () => {
    const form = toProportionalHazards(fitWeibullRegression(OPTIONS), 0.95);
    const reference = SURVIVAL.weibull.proportional_hazards;
    expectRelativeClose(form.shape, reference.shape_k, TOLERANCE, "shape k");
    expectRelativeClose(form.baselineRate, reference.lambda, TOLERANCE, "lambda");
    for (const [offset, name] of COVARIATES.entries()) {
      const got = form.coefficients[offset + 1];
      const expected = reference.coefficients[name];
      expectRelativeClose(got?.logHazardRatio ?? Number.NaN, expected.log_hazard_ratio ?? Number.NaN, TOLERANCE, `${name} log HR`);
      expectRelativeClose(got?.standardError ?? Number.NaN, expected.se ?? Number.NaN, TOLERANCE, `${name} SE`);
      expectRelativeClose(got?.hazardRatio ?? Number.NaN, expected.hazard_ratio, TOLERANCE, `${name} HR`);
      expectRelativeClose(got?.ciLower ?? Number.NaN, expected.hazard_ratio_ci95[0], TOLERANCE, `${name} CI lower`);
      expectRelativeClose(got?.ciUpper ?? Number.NaN, expected.hazard_ratio_ci95[1], TOLERANCE, `${name} CI upper`);
    }
    // Entry 0 is log λ: the intercept column is a column of ones.
    expectRelativeClose(Math.exp(form.coefficients[0]?.logHazardRatio ?? Number.NaN), reference.lambda, TOLERANCE, "exp(γ₀) = λ");
  });

  it("matches R's exponential PH form: the rate exp(−β₀) and hazard ratios exp(−β) with their CIs", () => {
    const form = toProportionalHazards(fitExponentialRegression(OPTIONS));
    const reference = SURVIVAL.exponential.proportional_hazards;
    expect(form.shape).toBe(1);
    expectRelativeClose(form.baselineRate, reference.rate_intercept, TOLERANCE, "rate_intercept");
    for (const [offset, name] of COVARIATES.entries()) {
      const got = form.coefficients[offset + 1];
      const expected = reference.hazard_ratio[name];
      expectRelativeClose(got?.hazardRatio ?? Number.NaN, expected.hazard_ratio, TOLERANCE, `${name} HR`);
      expectRelativeClose(got?.ciLower ?? Number.NaN, expected.hazard_ratio_ci95[0], TOLERANCE, `${name} CI lower`);
      expectRelativeClose(got?.ciUpper ?? Number.NaN, expected.hazard_ratio_ci95[1], TOLERANCE, `${name} CI upper`);
    }
  });

  it("makes a wider interval at a higher confidence level", () => {
    const fit = fitWeibullRegression(OPTIONS);
    const narrow = toProportionalHazards(fit, 0.9).coefficients[2];
    const wide = toProportionalHazards(fit, 0.99).coefficients[2];
    expect((wide?.ciLower ?? 0) < (narrow?.ciLower ?? 0) && (wide?.ciUpper ?? 0) > (narrow?.ciUpper ?? 0)).toBe(true);
    expect(wide?.hazardRatio).toBe(narrow?.hazardRatio);
  });
});
