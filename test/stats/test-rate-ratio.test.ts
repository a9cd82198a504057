import { describe, expect, it } from "vitest";
import { fitNegativeBinomialRegression } from "../../src/stats/fit-negative-binomial-regression.js";
import { fitPoissonRegression } from "../../src/stats/fit-poisson-regression.js";
import { testRateRatio } from "../../src/stats/test-rate-ratio.js";
import { loadModelsReferenceBlocks, type ReferenceCountFit } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/*
 * Every Wald row of models.json's count blocks (R 4.2.2: summary.glm z and Pr(>|z|), estimate
 * ± qnorm(0.975)·SE, exp of both). Asked 1e-8; observed ≤ 1.3e-13 (the NB intercept SE).
 * Tolerance 1e-11; the pbc intercept's p = 4.9e-93 is computed in the lower normal tail.
 */
const TOLERANCE = 1e-11;
const BLOCKS = loadModelsReferenceBlocks().poisson_negative_binomial;
const MADE_UP = BLOCKS.made_up_counts;
const PBC = BLOCKS.pbc_death_rate_by_arm;

function expectWaldRows(fit: { coefficients: readonly number[]; standardErrors: readonly number[] }, reference: ReferenceCountFit, label: string): void {
  for (const [index, name] of (["intercept", "treat"] as const).entries()) {
    const row = reference.coefficients[name];
    const result = testRateRatio(fit, index, 0.95);
    const where = `${label} ${name}`;
    expectRelativeClose(result.logRateRatio, row.estimate, TOLERANCE, `${where} estimate`);
    expectRelativeClose(result.standardError, row.se, TOLERANCE, `${where} se`);
    expectRelativeClose(result.z, row.z, TOLERANCE, `${where} z`);
    expectRelativeClose(result.pValue, row.p_two_sided, TOLERANCE, `${where} p`);
    expectRelativeClose(Math.log(result.ciLower), row.ci95[0], TOLERANCE, `${where} ci95 lower`);
    expectRelativeClose(Math.log(result.ciUpper), row.ci95[1], TOLERANCE, `${where} ci95 upper`);
    expectRelativeClose(result.rateRatio, row.rate_ratio ?? Number.NaN, TOLERANCE, `${where} rate ratio`);
    expectRelativeClose(result.ciLower, row.rate_ratio_ci95?.[0] ?? Number.NaN, TOLERANCE, `${where} RR ci lower`);
    expectRelativeClose(result.ciUpper, row.rate_ratio_ci95?.[1] ?? Number.NaN, TOLERANCE, `${where} RR ci upper`);
  }
  const treat = testRateRatio(fit, 1, 0.95);
  expectRelativeClose(treat.rateRatio, reference.rate_ratio, TOLERANCE, `${label} rate_ratio`);
  expectRelativeClose(treat.ciLower, reference.rate_ratio_ci95[0], TOLERANCE, `${label} rate_ratio_ci95 lower`);
  expectRelativeClose(treat.ciUpper, reference.rate_ratio_ci95[1], TOLERANCE, `${label} rate_ratio_ci95 upper`);
}

const madeUpOptions = {
  design: MADE_UP.inputs.treat.map((treat) => [1, treat]),
  counts: MADE_UP.inputs.y,
  offset: MADE_UP.inputs.years.map(Math.log),
};

describe("testRateRatio", () => {
  it("requires an integer index of a coefficient and a confidence level in (0, 1)", () => {
    const fit = { coefficients: [0, 1], standardErrors: [1, 1] };
    for (const index of [2, -1, 0.5, Number.NaN]) {
      expect(() => testRateRatio(fit, index, 0.95)).toThrow(
        new RangeError(`testRateRatio requires an integer index from 0 to 1, got ${index}`),
      );
    }
    expect(() => testRateRatio(fit, 1, 95)).toThrow(
      new RangeError("testRateRatio requires a confidence level strictly between 0 and 1, got 95"),
    );
  });

  it("doc example: β = log 2 with SE 0.5 has rate ratio 2, z = 2·log 2, p = 0.165657038003397 (R 2*pnorm(-2*log(2)))", () => {
    const result = testRateRatio({ coefficients: [0, Math.log(2)], standardErrors: [1, 0.5] }, 1, 0.95);
    expect(result.rateRatio).toBe(2);
    expectRelativeClose(result.z, 2 * Math.log(2), 1e-15, "z");
    expectRelativeClose(result.pValue, 0.165657038003397, 1e-13, "p");
    expectRelativeClose(result.ciLower * result.ciUpper, 4, 1e-14, "the interval is symmetric about 2 on the log scale");
  });

  it("matches R's Poisson Wald rows on the made-up counts", () => {
    const fit = fitPoissonRegression(madeUpOptions);
    expectWaldRows(fit, MADE_UP.poisson, "poisson");
    expectRelativeClose(testRateRatio(fit, 0, 0.95).rateRatio, MADE_UP.poisson.rate_control_per_year, TOLERANCE, "rate_control_per_year");
  });

  it("matches R's negative binomial (glm.nb) Wald rows on the made-up counts", () => {
    expectWaldRows(fitNegativeBinomialRegression(madeUpOptions), MADE_UP.negative_binomial, "negative binomial");
  });

  it("matches R's Poisson Wald rows on pbc deaths by arm (intercept p = 4.9e-93)", () => {
    const fit = fitPoissonRegression({
      design: PBC.inputs.treat.map((treat) => [1, treat]),
      counts: PBC.inputs.y,
      offset: PBC.inputs.time_days.map((days) => Math.log(days / 365.25)),
    });
    expectWaldRows(fit, PBC, "pbc");
  });
});
