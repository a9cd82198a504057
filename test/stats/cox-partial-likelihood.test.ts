import { describe, expect, it } from "vitest";
import { evaluateCoxPartialLikelihood } from "../../src/stats/cox-partial-likelihood.js";
import { createCoxWorkspace } from "../../src/stats/cox-workspace.js";
import { prepareCoxData } from "../../src/stats/prepare-cox-data.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("evaluateCoxPartialLikelihood", () => {
  it("doc example: two deaths, no covariate effect: log L = −log 2", () => {
    const data = prepareCoxData({ times: [1, 2], flags: Uint8Array.from([1, 1]), covariates: [[0, 1]], strata: undefined });
    const logLikelihood = evaluateCoxPartialLikelihood(data, Float64Array.from([0]), { work: createCoxWorkspace(1, 2), ties: "breslow" });
    expect(logLikelihood).toBe(-0.6931471805599453);
    expect(logLikelihood).toBe(-Math.log(2));
  });

  it("matches the hand-computed Breslow and Efron likelihoods of two tied deaths", () => {
    // Three patients at time 1, two die (x = 1 and 0), one is censored (x = 0); β on x is 0.7.
    // Breslow: 0.7 − 2·log(e^0.7 + 2); Efron: 0.7 − log(e^0.7 + 2) − log((e^0.7 + 1)/2 + 1).
    // Centring x (mean 1/3) shifts every xβ alike and leaves log L unchanged; scaling by
    // 1/mean|x − 1/3| = 9/4 is undone by passing β/scale.
    const data = prepareCoxData({ times: [1, 1, 1], flags: Uint8Array.from([1, 1, 0]), covariates: [[1, 0, 0]], strata: [0, 0, 0] });
    const beta = Float64Array.from([0.7 / (data.scales[0] ?? Number.NaN)]);
    const e = Math.exp(0.7);
    const breslow = evaluateCoxPartialLikelihood(data, beta, { work: createCoxWorkspace(1, data.patientCount), ties: "breslow" });
    expectRelativeClose(breslow, 0.7 - 2 * Math.log(e + 2), 1e-14, "Breslow");
    const efron = evaluateCoxPartialLikelihood(data, beta, { work: createCoxWorkspace(1, data.patientCount), ties: "efron" });
    expectRelativeClose(efron, 0.7 - Math.log(e + 2) - Math.log((e + 1) / 2 + 1), 1e-14, "Efron");
  });

  it("gives the score and information of the log-rank test at β = 0 without ties", () => {
    // Times 1..4, all die, x = 1, 0, 1, 0: U = Σ(x − mean of risk set) = (1 − 1/2) + (0 − 1/3) + (1 − 1/2) + 0 = 2/3,
    // I = Σ p(1 − p) = 1/4 + 2/9 + 1/4 = 13/18 on the unscaled x (scale 2 here: mean |x − 1/2| = 1/2).
    const data = prepareCoxData({ times: [1, 2, 3, 4], flags: Uint8Array.from([1, 1, 1, 1]), covariates: [[1, 0, 1, 0]], strata: [0, 0, 0, 0] });
    const work = createCoxWorkspace(1, data.patientCount);
    evaluateCoxPartialLikelihood(data, Float64Array.from([0]), { work, ties: "efron" });
    const scale = data.scales[0] ?? Number.NaN;
    expectRelativeClose((work.score[0] ?? Number.NaN) / scale, 2 / 3, 1e-15, "U");
    expectRelativeClose((work.information[0] ?? Number.NaN) / (scale * scale), 13 / 18, 1e-15, "I");
  });

  it("restarts the risk set in each stratum", () => {
    // Strata {1, 2} and {3, 4}: each first death has 2 at risk, each second 1: log L = −2·log 2.
    const data = prepareCoxData({ times: [1, 2, 3, 4], flags: Uint8Array.from([1, 1, 1, 1]), covariates: [[1, 0, 1, 0]], strata: [0, 0, 1, 1] });
    const logLikelihood = evaluateCoxPartialLikelihood(data, Float64Array.from([0]), { work: createCoxWorkspace(1, data.patientCount), ties: "breslow" });
    expectRelativeClose(logLikelihood, -2 * Math.log(2), 1e-15, "log L");
  });
});
