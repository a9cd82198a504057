import { describe, expect, it } from "vitest";
import { decomposeLdl } from "../../src/stats/ldl-decomposition.js";
import { prepareCoxData } from "../../src/stats/prepare-cox-data.js";
import { inestimableCoxFit, summarizeCoxFit } from "../../src/stats/summarize-cox-fit.js";

/** One covariate x = (0, 1): mean 1/2, Σ|x − 1/2| = 1, scale n/1 = 2. */
const DATA = prepareCoxData({ times: [1, 2], flags: Uint8Array.from([1, 0]), covariates: [[0, 1]], strata: [0, 0] });

describe("summarizeCoxFit", () => {
  it("doc example: scales β and V back (scale 2), Wald χ² from the factor, LR = 2·Δ log L", () => {
    expect(Array.from(DATA.scales)).toEqual([2]);
    const final = { beta: Float64Array.from([0.5]), decomposition: decomposeLdl(Float64Array.from([4]), 1), logLikelihood: -9, iterations: 3, converged: true };
    const fit = summarizeCoxFit(DATA, final, { logLikelihoodNull: -10, scoreStatistic: 1.9 });
    expect([fit.coefficients, fit.covariance, fit.standardErrors, fit.waldZ]).toEqual([[1], [[1]], [1], [1]]);
    expect([fit.waldChiSquare, fit.likelihoodRatioStatistic, fit.scoreStatistic]).toEqual([1, 2, 1.9]);
    expect([fit.degreesOfFreedom, fit.patients, fit.events, fit.iterations, fit.converged]).toEqual([1, 2, 1, 3, true]);
    // z = 1: 2·Φ(−1); χ²₁ = 1 has the same tail.
    expect(fit.waldP[0]).toBeCloseTo(0.3173105078629141, 15);
    expect(fit.waldChiSquareP).toBeCloseTo(0.3173105078629141, 14);
  });

  it("gives NaN for a dropped (singular) column", () => {
    const final = { beta: Float64Array.from([0.5]), decomposition: decomposeLdl(Float64Array.from([0]), 1), logLikelihood: -9, iterations: 3, converged: true };
    const fit = summarizeCoxFit(DATA, final, { logLikelihoodNull: -10, scoreStatistic: 1.9 });
    expect([fit.coefficients[0], fit.standardErrors[0], fit.waldChiSquare]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });
});

describe("inestimableCoxFit", () => {
  it("doc example: NaN everywhere but log L(0)", () => {
    const fit = inestimableCoxFit(DATA, 0);
    expect(fit.coefficients).toEqual([Number.NaN]);
    expect([fit.logLikelihoodNull, fit.iterations, fit.converged, fit.degreesOfFreedom]).toEqual([0, 0, false, 1]);
    expect([fit.scoreStatistic, fit.scoreP, fit.likelihoodRatioStatistic, fit.waldChiSquare]).toEqual(new Array(4).fill(Number.NaN));
  });
});
