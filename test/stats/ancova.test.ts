import { describe, expect, it } from "vitest";
import { ancova } from "../../src/stats/ancova.js";
import { fitLinearModel } from "../../src/stats/fit-linear-model.js";
import { testCoefficient } from "../../src/stats/test-coefficient.js";
import { welchTTest } from "../../src/stats/welch-t-test.js";
import { studentTTest } from "../../src/stats/student-t-test.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadStatsReference, type ReferenceCoefficient } from "../helpers/stats-reference.js";
import type { EffectEstimate } from "../../src/stats/effect-estimate.js";

const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;

function expectCoefficientMatches(got: EffectEstimate, expected: ReferenceCoefficient, label: string): number {
  // 1e-8 relative, as asked; observed below 1e-11, the intercept's p = 1.1e-107 included.
  const tolerance = 1e-8;
  return Math.max(
    expectRelativeClose(got.estimate, expected.estimate, tolerance, `${label} estimate`),
    expectRelativeClose(got.standardError, expected.se, tolerance, `${label} se`),
    expectRelativeClose(got.statistic, expected.t, tolerance, `${label} t`),
    expectRelativeClose(got.pValue, expected.p_two_sided, tolerance, `${label} p`),
    expectRelativeClose(got.ciLower, expected.ci95[0], tolerance, `${label} ci lower`),
    expectRelativeClose(got.ciUpper, expected.ci95[1], tolerance, `${label} ci upper`),
  );
}

describe("ancova preconditions", () => {
  const base = { response: [1, 2, 3, 4], group: [0, 0, 1, 1], groupCount: 1, covariates: [], test: TWO_SIDED };

  it("requires a positive integer group count", () => {
    expect(() => ancova({ ...base, groupCount: 0 })).toThrow(new RangeError("ancova requires a positive integer group count, got 0"));
    expect(() => ancova({ ...base, groupCount: 1.5 })).toThrow(new RangeError("ancova requires a positive integer group count, got 1.5"));
  });

  it("requires one group per response", () => {
    expect(() => ancova({ ...base, group: [0, 1, 1] })).toThrow(
      new RangeError("ancova requires one group per response, got 3 groups and 4 responses"),
    );
  });

  it("requires groups from 0 to groupCount", () => {
    expect(() => ancova({ ...base, group: [0, 0, 1, 2] })).toThrow(
      new RangeError("ancova requires each group to be an integer from 0 to 1, got 2 at index 3"),
    );
    expect(() => ancova({ ...base, group: [0, Number.NaN, 1, 1] })).toThrow(
      new RangeError("ancova requires each group to be an integer from 0 to 1, got NaN at index 1"),
    );
  });

  it("requires every group to be observed", () => {
    expect(() => ancova({ ...base, group: [0, 0, 2, 2], groupCount: 2 })).toThrow(
      new RangeError("ancova requires at least one observation in every group 0..2, group 1 has none"),
    );
  });

  it("requires covariates as long as the response", () => {
    expect(() => ancova({ ...base, covariates: [[1, 2, 3]] })).toThrow(
      new RangeError("ancova requires each covariate to have one value per response, covariate 0 has 3 values for 4 responses"),
    );
  });

  it("requires a valid confidence level", () => {
    expect(() => ancova({ ...base, test: { confidenceLevel: 1, alternative: "two-sided" } })).toThrow(
      new RangeError("ancova requires a confidence level strictly between 0 and 1, got 1"),
    );
  });

  it("requires more observations than coefficients", () => {
    expect(() => ancova({ ...base, response: [1, 2, 3], group: [0, 1, 1], covariates: [[1, 5, 2]] })).toThrow(
      new RangeError("ancova requires more observations than model coefficients, got 3 observations and 3 coefficients"),
    );
  });

  it("requires finite responses and covariates", () => {
    expect(() => ancova({ ...base, response: [1, 2, Number.NaN, 4] })).toThrow(
      new RangeError("ancova requires finite responses, got NaN at index 2"),
    );
    expect(() => ancova({ ...base, response: [1, 2, 3, 4, 5], group: [0, 0, 1, 1, 1], covariates: [[1, 2, 3, 4, Infinity]] })).toThrow(
      new RangeError("ancova requires finite covariates, got Infinity in covariate 0 at index 4"),
    );
  });

  it("requires covariates independent of the groups, keeping fitLinearModel's error as the cause", () => {
    // The covariate is 2 × the group indicator.
    const call = (): unknown => ancova({ ...base, response: [1, 2, 3, 5, 4], group: [0, 0, 1, 1, 1], covariates: [[0, 0, 2, 2, 2]] });
    const inner =
      "fitLinearModel requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it";
    expect(call).toThrow(
      new RangeError(`ancova requires covariates that are linearly independent of the intercept, the groups and each other (${inner})`),
    );
    expect(() => {
      try {
        call();
      } catch (error) {
        throw (error as Error).cause;
      }
    }).toThrow(new RangeError(inner));
  });
});

describe("ancova", () => {
  it("doc example: without covariates the effect is the difference in means", () => {
    const [effect] = ancova({ response: [1, 2, 3, 5, 6, 7], group: [0, 0, 0, 1, 1, 1], groupCount: 1, covariates: [], test: TWO_SIDED });
    expectRelativeClose(effect?.estimate ?? Number.NaN, 4, 1e-15, "estimate");
  });

  it("without covariates is Student's t test (the same pooled variance)", () => {
    const treatment = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1];
    const control = [4.1, 5.9, 3.2, 6.5, 4.0, 5.2, 2.9];
    const [effect] = ancova({
      response: [...control, ...treatment],
      group: [...control.map(() => 0), ...treatment.map(() => 1)],
      groupCount: 1,
      covariates: [],
      test: TWO_SIDED,
    });
    const student = studentTTest(treatment, control, TWO_SIDED);
    for (const key of ["estimate", "standardError", "statistic", "degreesOfFreedom", "pValue", "ciLower", "ciUpper"] as const) {
      expectRelativeClose(effect?.[key] ?? Number.NaN, student[key], 1e-13, key);
    }
    expect(welchTTest(treatment, control, TWO_SIDED).standardError).not.toBe(student.standardError);
  });

  it("returns one comparison per treatment group, each against the reference", () => {
    // Group means 1.5, 3.5, 6.5 (no covariates): differences 2 and 5.
    const effects = ancova({ response: [1, 2, 3, 4, 6, 7], group: [0, 0, 1, 1, 2, 2], groupCount: 2, covariates: [], test: TWO_SIDED });
    expect(effects).toHaveLength(2);
    expectRelativeClose(effects[0]?.estimate ?? Number.NaN, 2, 1e-14, "group 1 − group 0");
    expectRelativeClose(effects[1]?.estimate ?? Number.NaN, 5, 1e-14, "group 2 − group 0");
    expect(effects[0]?.degreesOfFreedom).toBe(3);
  });
});

describe("ancova against R 4.2.2 lm(y ~ treat + age) on pbc (stats.json → ancova.*)", () => {
  const reference = loadStatsReference();

  it.each(Object.entries(reference.ancova))("%s: every coefficient, σ, R², residual df", (name, block) => {
    const { y, treat, covariate } = block.inputs;
    const fit = fitLinearModel(y.map((_, row) => [1, treat[row] ?? Number.NaN, covariate[row] ?? Number.NaN]), y);
    expect(fit.residualDegreesOfFreedom).toBe(block.residual_df);
    expectRelativeClose(fit.sigma, block.sigma, 1e-8, `${name} sigma`);
    expectRelativeClose(fit.rSquared, block.r_squared, 1e-8, `${name} r_squared`);
    for (const [index, [coefficientName, expected]] of Object.entries(block.coefficients).entries()) {
      expectCoefficientMatches(testCoefficient(fit, index, TWO_SIDED), expected, `${name} ${coefficientName}`);
    }
  });

  it.each(Object.entries(reference.ancova))("%s: ancova() gives the arm effect", (name, block) => {
    const effects = ancova({
      response: block.inputs.y,
      group: block.inputs.treat,
      groupCount: 1,
      covariates: [block.inputs.covariate],
      test: TWO_SIDED,
    });
    expect(effects).toHaveLength(1);
    expect(effects[0]?.degreesOfFreedom).toBe(block.residual_df);
    expectCoefficientMatches(effects[0] ?? ({} as EffectEstimate), block.arm, `${name} arm`);
  });
});
