import { describe, expect, it } from "vitest";
import { fitExponentialRegression } from "../../src/stats/fit-exponential-regression.js";
import { fitPoissonRegression } from "../../src/stats/fit-poisson-regression.js";
import { testCoefficient } from "../../src/stats/test-coefficient.js";
import { testLikelihoodRatio } from "../../src/stats/test-likelihood-ratio.js";
import { asArray, loadCountMultiplicityAftExtra, loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/* R 4.2.2 survival 3.5-3 survreg(dist = "exponential"), rel.tolerance 1e-14. Asked 1e-8; observed ≤ 1.1e-13. */
const TOLERANCE = 1e-11;
const SURVIVAL = loadModelsReferenceBlocks().parametric_survival;
const NAMES = ["intercept", "age", "log_bili", "albumin"] as const;
const DESIGN = SURVIVAL.inputs.age.map((age, i) => [1, age, Math.log(SURVIVAL.inputs.bili[i] ?? Number.NaN), SURVIVAL.inputs.albumin[i] ?? Number.NaN]);

describe("fitExponentialRegression", () => {
  it("names itself in its errors", () => {
    expect(() => fitExponentialRegression({ times: [2, 3, 0], events: [1, 0, 1], design: [[1], [1], [1]] })).toThrow(
      new RangeError("fitExponentialRegression requires positive finite times, got 0 at index 2"),
    );
    expect(() => fitExponentialRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN, maxIterations: 1 })).toThrow(
      new RangeError("fitExponentialRegression did not converge in 1 iterations"),
    );
  });

  it("doc example: a lone intercept is log(total time / events) = log(10 / 2)", () => {
    const fit = fitExponentialRegression({ times: [2, 3, 5], events: [1, 0, 1], design: [[1], [1], [1]] });
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, Math.log(5), 1e-15, "log 5");
    expect(fit.scale).toBe(1);
    expect(fit.logScaleStandardError).toBe(0);
    // SE = 1/√(events); on the time scale the log-likelihood is d·log λ − λT = −d·log(T/d) − d.
    expectRelativeClose(fit.standardErrors[0] ?? Number.NaN, 1 / Math.SQRT2, 1e-14, "SE");
    expectRelativeClose(fit.logLikelihood, -2 * Math.log(5) - 2, 1e-14, "loglik");
  });

  it("matches R on the pbc placebo arm (models.json parametric_survival.exponential)", () => {
    const fit = fitExponentialRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN });
    const reference = SURVIVAL.exponential;
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
    expect(reference.vcov.names).toEqual([...NAMES]);
    expect(fit.covariance).toHaveLength(4);
    reference.vcov.matrix.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(fit.covariance[i]?.[j] ?? Number.NaN, value, TOLERANCE, `vcov[${i}][${j}]`)));
    expect(fit.scale).toBe(reference.scale);
    expectRelativeClose(fit.logLikelihood, reference.loglik, TOLERANCE, "loglik");
    expectRelativeClose(fit.aic, reference.aic, TOLERANCE, "aic");
    expect(fit.iterations).toBe(reference.iterations);
    const reduced = fitExponentialRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN.map(() => [1]) });
    expectRelativeClose(reduced.logLikelihood, reference.loglik_intercept_only, TOLERANCE, "loglik intercept only");
    const lr = testLikelihoodRatio(fit.logLikelihood, reduced.logLikelihood, reference.lr_test.df);
    expectRelativeClose(lr.statistic, reference.lr_test.statistic, TOLERANCE, "LR statistic");
    expectRelativeClose(lr.pValue, reference.lr_test.p, TOLERANCE, "LR p");
  });

  it("matches R on the censored two-group set (count-multiplicity-aft-extra.json)", () => {
    const { inputs, exponential } = loadCountMultiplicityAftExtra().aft.two_group;
    const fit = fitExponentialRegression({ times: inputs.time, events: inputs.event, design: inputs.group.map((group) => [1, group]) });
    asArray(exponential.coefficients).forEach((value, k) => expectRelativeClose(fit.coefficients[k] ?? Number.NaN, value, TOLERANCE, `β${k}`));
    exponential.vcov.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(fit.covariance[i]?.[j] ?? Number.NaN, value, TOLERANCE, `vcov[${i}][${j}]`)));
    expectRelativeClose(fit.logLikelihood, exponential.loglik, TOLERANCE, "loglik");
    expect(fit.iterations).toBe(exponential.iterations);
  });

  it("equals a Poisson GLM of the events with offset log(time), coefficients negated (models.R's own check)", () => {
    const survival = fitExponentialRegression({ times: SURVIVAL.inputs.time, events: SURVIVAL.inputs.event, design: DESIGN });
    const poisson = fitPoissonRegression({ design: DESIGN, counts: SURVIVAL.inputs.event, offset: SURVIVAL.inputs.time.map(Math.log) });
    survival.coefficients.forEach((value, k) => expectRelativeClose(-value, poisson.coefficients[k] ?? Number.NaN, 1e-11, `β${k}`));
    survival.standardErrors.forEach((value, k) => expectRelativeClose(value, poisson.standardErrors[k] ?? Number.NaN, 1e-11, `SE${k}`));
  });

  it("gives pbc's death rate by arm as the Poisson block does (models.json pbc_death_rate_by_arm)", () => {
    const pbc = loadModelsReferenceBlocks().poisson_negative_binomial.pbc_death_rate_by_arm;
    const fit = fitExponentialRegression({ times: pbc.inputs.time_days.map((days) => days / 365.25), events: pbc.inputs.y, design: pbc.inputs.treat.map((treat) => [1, treat]) });
    expectRelativeClose(-(fit.coefficients[1] ?? Number.NaN), pbc.coefficients.treat.estimate, TOLERANCE, "−β treat = log rate ratio");
    expectRelativeClose(fit.standardErrors[1] ?? Number.NaN, pbc.coefficients.treat.se, TOLERANCE, "SE");
    expectRelativeClose(-(fit.coefficients[0] ?? Number.NaN), pbc.coefficients.intercept.estimate, TOLERANCE, "−β₀ = log control rate per year");
  });
});
