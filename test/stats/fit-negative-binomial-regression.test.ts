import { describe, expect, it } from "vitest";
import { fitNegativeBinomialRegression } from "../../src/stats/fit-negative-binomial-regression.js";
import { NotOverdispersedError } from "../../src/stats/maximize-negative-binomial-theta.js";
import { fitPoissonRegression } from "../../src/stats/fit-poisson-regression.js";
import { loadCountMultiplicityAftExtra, loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/*
 * R 4.2.2 MASS 7.3-58.2: models.json made_up_counts.negative_binomial is the refined fit (theta
 * by theta.ml to 1e-13 alternating with glm at fixed theta); count-multiplicity-aft-extra.json
 * polishes the coefficients further by Newton at fixed theta (glm's Fisher scoring stops ~1e-9
 * short there). Asked: 1e-8; observed ≤ 1.3e-13 (the SE of the intercept on the made-up counts,
 * where R's glm2 weights are one IRLS step from its estimates). Tolerance 1e-11.
 */
const TOLERANCE = 1e-11;
const MADE_UP = loadModelsReferenceBlocks().poisson_negative_binomial.made_up_counts;
const EXTRA = loadCountMultiplicityAftExtra().counts;

function madeUpFit(): ReturnType<typeof fitNegativeBinomialRegression> {
  return fitNegativeBinomialRegression({
    design: MADE_UP.inputs.treat.map((treat) => [1, treat]),
    counts: MADE_UP.inputs.y,
    offset: MADE_UP.inputs.years.map(Math.log),
  });
}

describe("fitNegativeBinomialRegression preconditions", () => {
  it("names itself in the shared count-regression checks", () => {
    expect(() => fitNegativeBinomialRegression({ design: [[1], [1]], counts: [0, 0] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires at least one positive count, got 2 zero counts"),
    );
    expect(() => fitNegativeBinomialRegression({ design: [[1], [1]], counts: [0, 2.5] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires counts that are non-negative integers, got 2.5 at index 1"),
    );
  });

  it("rejects counts without overdispersion: θ̂ would be infinite (the Poisson model)", () => {
    // Variance of 1, 1, 1, 2, 2, 2 about its mean 1.5 is 0.25 < 1.5. R's glm.nb returns θ ≈ 1e8
    // with "iteration limit reached" warnings.
    expect(() => fitNegativeBinomialRegression({ design: [[1], [1], [1], [1], [1], [1]], counts: [1, 1, 1, 2, 2, 2] })).toThrow(
      new NotOverdispersedError(
        "fitNegativeBinomialRegression found no finite theta: the counts are not overdispersed relative to the Poisson model (theta passed 1e10 or did not settle in 200 Newton steps)",
      ),
    );
  });

  it("rejects separated counts (a group with only zero counts)", () => {
    expect(() => fitNegativeBinomialRegression({ design: [[1, 0], [1, 1], [1, 0], [1, 1], [1, 0]], counts: [1, 0, 6, 0, 0] })).toThrow(
      new RangeError(
        "fitNegativeBinomialRegression found no finite estimate: coefficient 1 (0-based) diverges, as when all counts are zero where a design column is non-zero",
      ),
    );
  });

  it("reports non-convergence of IRLS and of the θ alternation within the limit", () => {
    const design = MADE_UP.inputs.treat.map((treat) => [1, treat]);
    expect(() => fitNegativeBinomialRegression({ design, counts: MADE_UP.inputs.y, maxIterations: 2 })).toThrow(
      new RangeError("fitNegativeBinomialRegression did not converge in 2 iterations"),
    );
    // The Poisson start needs 6 IRLS iterations and the alternation 5 on the made-up counts with
    // their offset; the extra data set needs 8 alternations.
    const extraDesign = EXTRA.inputs.treat.map((treat, i) => [1, treat, EXTRA.inputs.age[i] ?? Number.NaN]);
    expect(() =>
      fitNegativeBinomialRegression({ design: extraDesign, counts: EXTRA.inputs.y, offset: EXTRA.inputs.years.map(Math.log), maxIterations: 6 }),
    ).toThrow(new RangeError("fitNegativeBinomialRegression did not converge in 6 alternations of theta and the coefficients"));
  });
});

describe("fitNegativeBinomialRegression", () => {
  it("doc example: with a lone intercept μ̂ = ȳ = 2 for any θ; θ̂ as R's theta.ml", () => {
    const fit = fitNegativeBinomialRegression({ design: [[1], [1], [1], [1]], counts: [0, 0, 1, 7] });
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, Math.log(2), 1e-15, "log 2");
    // R: theta.ml(c(0, 0, 1, 7), rep(2, 4), eps = 1e-13) = 0.369606499429789; glm.nb itself stops
    // at 0.369606499428821 (theta.ml's 1.2e-4 Newton tolerance).
    expectRelativeClose(fit.theta, EXTRA.nb_intercept_only.theta, TOLERANCE, "θ");
    expectRelativeClose(fit.theta, EXTRA.nb_intercept_only.theta_glm_nb, 1e-11, "θ glm.nb");
  });

  it("matches R on the made-up counts (models.json made_up_counts.negative_binomial)", () => {
    const fit = madeUpFit();
    const reference = MADE_UP.negative_binomial;
    for (const [k, name] of (["intercept", "treat"] as const).entries()) {
      expectRelativeClose(fit.coefficients[k] ?? Number.NaN, reference.coefficients[name].estimate, TOLERANCE, `β ${name}`);
      expectRelativeClose(fit.standardErrors[k] ?? Number.NaN, reference.coefficients[name].se, TOLERANCE, `SE ${name}`);
    }
    expectRelativeClose(fit.standardErrors[1] ?? Number.NaN, reference.se_log_rate_ratio ?? Number.NaN, TOLERANCE, "se log RR");
    expectRelativeClose(fit.theta, reference.theta, TOLERANCE, "θ");
    expectRelativeClose(1 / fit.theta, reference.alpha_1_over_theta, TOLERANCE, "α = 1/θ");
    expectRelativeClose(fit.thetaStandardError, reference.se_theta, TOLERANCE, "SE θ at θ̂");
    expectRelativeClose(fit.logLikelihood, reference.loglik, TOLERANCE, "loglik");
    expectRelativeClose(2 * fit.logLikelihood, reference.twice_loglik, TOLERANCE, "2 loglik");
    expectRelativeClose(fit.aic, reference.aic, TOLERANCE, "aic (θ counted)");
    expectRelativeClose(fit.deviance, reference.deviance, TOLERANCE, "deviance");
    expectRelativeClose(fit.nullDeviance, reference.null_deviance ?? Number.NaN, TOLERANCE, "null deviance");
    expect(fit.residualDegreesOfFreedom).toBe(reference.df_residual);
  });

  it("reproduces glm.nb's own SE of θ, one theta.ml Newton step before θ̂ (glm_nb_as_returned)", () => {
    const fit = madeUpFit();
    const asReturned = MADE_UP.negative_binomial.glm_nb_as_returned;
    expectRelativeClose(fit.glmNbThetaStandardError, asReturned.se_theta, TOLERANCE, "SE θ as glm.nb");
    // The two standard errors differ by the 3.6e-6 that models.json reports.
    const difference = Math.abs(fit.glmNbThetaStandardError / fit.thetaStandardError - 1);
    expectRelativeClose(difference, MADE_UP.negative_binomial.max_rel_diff_se_theta, 1e-7, "max_rel_diff_se_theta");
    // glm.nb's own θ and coefficients: it stops theta.ml at 1.2e-4 steps, 6.6e-12 from θ̂.
    expectRelativeClose(fit.theta, asReturned.theta, 1e-11, "θ as glm.nb");
    asReturned.coefficients.forEach((value, k) => expectRelativeClose(fit.coefficients[k] ?? Number.NaN, value, 1e-12, `β${k} as glm.nb`));
    asReturned.se.forEach((value, k) => expectRelativeClose(fit.standardErrors[k] ?? Number.NaN, value, 1e-11, `SE${k} as glm.nb`));
    expectRelativeClose(2 * fit.logLikelihood, asReturned.twice_loglik, TOLERANCE, "twologlik");
    expectRelativeClose(fit.aic, asReturned.aic, TOLERANCE, "aic as glm.nb");
  });

  it("matches R with a continuous covariate (count-multiplicity-aft-extra.json)", () => {
    const fit = fitNegativeBinomialRegression({
      design: EXTRA.inputs.treat.map((treat, i) => [1, treat, EXTRA.inputs.age[i] ?? Number.NaN]),
      counts: EXTRA.inputs.y,
      offset: EXTRA.inputs.years.map(Math.log),
    });
    const reference = EXTRA.negative_binomial;
    reference.coefficients.forEach((value, k) => expectRelativeClose(fit.coefficients[k] ?? Number.NaN, value, TOLERANCE, `β${k}`));
    reference.se.forEach((value, k) => expectRelativeClose(fit.standardErrors[k] ?? Number.NaN, value, TOLERANCE, `SE${k}`));
    expectRelativeClose(fit.theta, reference.theta, TOLERANCE, "θ");
    expectRelativeClose(fit.thetaStandardError, reference.se_theta, TOLERANCE, "SE θ");
    expectRelativeClose(fit.glmNbThetaStandardError, reference.glm_nb_as_returned.se_theta, TOLERANCE, "SE θ as glm.nb");
    expectRelativeClose(fit.logLikelihood, reference.loglik, TOLERANCE, "loglik");
    expectRelativeClose(fit.deviance, reference.deviance, TOLERANCE, "deviance");
    expectRelativeClose(fit.nullDeviance, reference.null_deviance, TOLERANCE, "null deviance");
    expect(fit.alternations).toBe(8);
  });

  it("has a larger log-likelihood than the Poisson fit, which it nests (θ → ∞)", () => {
    const poisson = fitPoissonRegression({
      design: MADE_UP.inputs.treat.map((treat) => [1, treat]),
      counts: MADE_UP.inputs.y,
      offset: MADE_UP.inputs.years.map(Math.log),
    });
    expect(madeUpFit().logLikelihood).toBeGreaterThan(poisson.logLikelihood);
  });
});
