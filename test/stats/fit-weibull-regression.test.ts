import { describe, expect, it } from "vitest";
import { fitWeibullRegression } from "../../src/stats/fit-weibull-regression.js";
import { testLikelihoodRatio } from "../../src/stats/test-likelihood-ratio.js";
import { testCoefficient } from "../../src/stats/test-coefficient.js";
import { asArray, loadCountMultiplicityAftExtra, loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/*
 * R 4.2.2 survival 3.5-3 survreg with rel.tolerance 1e-14 (models.json parametric_survival; the
 * small sets of count-multiplicity-aft-extra.json). Asked 1e-8; observed ≤ 3.1e-13 (vcov entries,
 * which R inverts by its own Cholesky); iteration counts equal R's. Tolerance 1e-11.
 */
const TOLERANCE = 1e-11;
const SURVIVAL = loadModelsReferenceBlocks().parametric_survival;
const NAMES = ["intercept", "age", "log_bili", "albumin"] as const;
const DESIGN = SURVIVAL.inputs.age.map((age, i) => [1, age, Math.log(SURVIVAL.inputs.bili[i] ?? Number.NaN), SURVIVAL.inputs.albumin[i] ?? Number.NaN]);

function fitPbcWeibull(): ReturnType<typeof fitWeibullRegression> {
  return fitWeibullRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN });
}

describe("fitWeibullRegression preconditions", () => {
  const design = [[1], [1], [1], [1]];
  it("checks times, events, design and the iteration limit", () => {
    expect(() => fitWeibullRegression({ times: [1, 2, 3], events: [1, 1, 1, 1], design })).toThrow(
      new RangeError("fitWeibullRegression requires one time per design row, got 3 times and 4 rows"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 0, 4], events: [1, 1, 1, 1], design })).toThrow(
      new RangeError("fitWeibullRegression requires positive finite times, got 0 at index 2"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, Infinity], events: [1, 1, 1, 1], design })).toThrow(
      new RangeError("fitWeibullRegression requires positive finite times, got Infinity at index 3"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [1, 1, 1], design })).toThrow(
      new RangeError("fitWeibullRegression requires one event indicator per design row, got 3 event indicators and 4 rows"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [1, 2, 1, 1], design })).toThrow(
      new RangeError("fitWeibullRegression requires events coded 0 (censored) or 1 (event), got 2 at index 1"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [0, 0, 0, 0], design })).toThrow(
      new RangeError("fitWeibullRegression requires at least one event, got 0 events in 4 patients"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], design, maxIterations: 0 })).toThrow(
      new RangeError("fitWeibullRegression requires maxIterations to be a positive integer, got 0"),
    );
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], design: [[1, Number.NaN], [1, 0], [1, 0], [1, 1]] })).toThrow(
      new RangeError("fitWeibullRegression requires finite design values, got NaN at row 0, column 1"),
    );
  });

  it("rejects collinear design columns", () => {
    expect(() => fitWeibullRegression({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], design: [[1, 0], [1, 0], [1, 0], [1, 0]] })).toThrow(
      new RangeError("fitWeibullRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it"),
    );
  });

  it("reports non-convergence within the iteration limit (R needs 7 iterations on pbc)", () => {
    expect(() => fitWeibullRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN, maxIterations: 2 })).toThrow(
      new RangeError("fitWeibullRegression did not converge in 2 iterations"),
    );
  });

  it("rejects a group without events: its AFT coefficient goes to +∞", () => {
    const times = [5, 8, 12, 3, 9, 15, 20, 7];
    expect(() => fitWeibullRegression({ times, events: [1, 0, 1, 1, 0, 0, 0, 0], design: times.map((_, i) => [1, i < 4 ? 0 : 1]) })).toThrow(
      new RangeError(
        "fitWeibullRegression found no finite estimate: coefficient 1 (0-based) diverges (a group picked out by a design column has no events, or all event times are equal)",
      ),
    );
  });
});

describe("fitWeibullRegression", () => {
  it("doc example and count-multiplicity-aft-extra.json doubling: times 1, 2, 4, 8, all events", () => {
    const { inputs, weibull } = loadCountMultiplicityAftExtra().aft.doubling;
    const fit = fitWeibullRegression({ times: inputs.time, events: inputs.event, design: inputs.time.map(() => [1]) });
    expect(fit.scale).toBe(0.6899990997132271);
    expectRelativeClose(fit.scale, weibull.scale, TOLERANCE, "scale");
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, asArray(weibull.coefficients)[0] ?? Number.NaN, TOLERANCE, "intercept");
    weibull.vcov.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(fit.covariance[i]?.[j] ?? Number.NaN, value, TOLERANCE, `vcov[${i}][${j}]`)));
    expectRelativeClose(fit.logLikelihood, weibull.loglik, TOLERANCE, "loglik");
    expect(fit.iterations).toBe(weibull.iterations);
  });

  it("matches R on a censored two-group set (count-multiplicity-aft-extra.json two_group)", () => {
    const { inputs, weibull } = loadCountMultiplicityAftExtra().aft.two_group;
    const fit = fitWeibullRegression({ times: inputs.time, events: inputs.event, design: inputs.group.map((group) => [1, group]) });
    asArray(weibull.coefficients).forEach((value, k) => expectRelativeClose(fit.coefficients[k] ?? Number.NaN, value, TOLERANCE, `β${k}`));
    weibull.vcov.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(fit.covariance[i]?.[j] ?? Number.NaN, value, TOLERANCE, `vcov[${i}][${j}]`)));
    expectRelativeClose(fit.scale, weibull.scale, TOLERANCE, "scale");
    expectRelativeClose(fit.logLikelihood, weibull.loglik, TOLERANCE, "loglik");
    expect(fit.iterations).toBe(weibull.iterations);
  });

  it("matches R on the pbc placebo arm: coefficients, SEs, z, p, CIs (models.json parametric_survival.weibull)", () => {
    const fit = fitPbcWeibull();
    const reference = SURVIVAL.weibull;
    for (const [k, name] of NAMES.entries()) {
      const row = reference.coefficients[name];
      const wald = testCoefficient({ ...fit, residualDegreesOfFreedom: Infinity, sigma: Number.NaN, rSquared: Number.NaN }, k, { confidenceLevel: 0.95, alternative: "two-sided" });
      expectRelativeClose(fit.coefficients[k] ?? Number.NaN, row.estimate, TOLERANCE, `β ${name}`);
      expectRelativeClose(fit.standardErrors[k] ?? Number.NaN, row.se, TOLERANCE, `SE ${name}`);
      expectRelativeClose(wald.statistic, row.z, TOLERANCE, `z ${name}`);
      expectRelativeClose(wald.pValue, row.p_two_sided, TOLERANCE, `p ${name}`);
      expectRelativeClose(wald.ciLower, row.ci95[0], TOLERANCE, `ci lower ${name}`);
      expectRelativeClose(wald.ciUpper, row.ci95[1], TOLERANCE, `ci upper ${name}`);
    }
  });

  it("matches R's vcov over (β, log σ), scale, log σ, log-likelihood, AIC and iterations", () => {
    const fit = fitPbcWeibull();
    const reference = SURVIVAL.weibull;
    expect(reference.vcov.names).toEqual([...NAMES, "log_scale"]);
    reference.vcov.matrix.forEach((row, i) =>
      row.forEach((value, j) => expectRelativeClose(fit.covariance[i]?.[j] ?? Number.NaN, value, TOLERANCE, `vcov[${i}][${j}]`)),
    );
    expectRelativeClose(fit.scale, reference.scale, TOLERANCE, "scale");
    expectRelativeClose(fit.logScale, reference.log_scale.estimate, TOLERANCE, "log scale");
    expectRelativeClose(fit.logScaleStandardError, reference.log_scale.se, TOLERANCE, "SE log scale");
    expectRelativeClose(fit.logLikelihood, reference.loglik, TOLERANCE, "loglik (time scale)");
    expectRelativeClose(fit.aic, reference.aic, TOLERANCE, "aic");
    expect(fit.iterations).toBe(reference.iterations);
    expect(fit.distribution).toBe("weibull");
  });

  it("matches R's intercept-only log-likelihood and likelihood-ratio test (χ²₃ p = 1.1e-20)", () => {
    const reference = SURVIVAL.weibull;
    const reduced = fitWeibullRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN.map(() => [1]) });
    expectRelativeClose(reduced.logLikelihood, reference.loglik_intercept_only, TOLERANCE, "loglik intercept only");
    const lr = testLikelihoodRatio(fitPbcWeibull().logLikelihood, reduced.logLikelihood, reference.lr_test.df);
    expectRelativeClose(lr.statistic, reference.lr_test.statistic, TOLERANCE, "LR statistic");
    expectRelativeClose(lr.pValue, reference.lr_test.p, TOLERANCE, "LR p");
    expect(SURVIVAL.n).toBe(DESIGN.length);
    expect(SURVIVAL.inputs.event.filter((event) => event === 1)).toHaveLength(SURVIVAL.events);
  });
});
