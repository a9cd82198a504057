import { describe, expect, it } from "vitest";
import { linearCovariateFactor, type LinearCovariateEffect } from "../../src/variability/index.js";

const renal: LinearCovariateEffect = { kind: "linear", covariate: "creatinine_clearance_ml_per_min", reference: 100, slope: 0.005 };

describe("linearCovariateFactor", () => {
  it("doc example: 1 + 0.005 × (60 − 100) = 0.8", () => {
    expect(linearCovariateFactor(renal, 60)).toBe(0.8);
  });

  it("is 1 at the reference", () => {
    expect(linearCovariateFactor(renal, 100)).toBe(1);
  });

  it("refuses a factor ≤ 0, naming the covariate and the value so the caller can report the patient", () => {
    const age: LinearCovariateEffect = { kind: "linear", covariate: "age_y", reference: 40, slope: -0.01 };
    expect(() => linearCovariateFactor(age, 160)).toThrow(
      new RangeError(
        'linearCovariateFactor requires 1 + slope·(value − reference) > 0, got -0.19999999999999996 for covariate "age_y" = 160 ' +
          "(reference 40, slope -0.01)",
      ),
    );
    expect(() => linearCovariateFactor(age, 140)).toThrow(
      new RangeError(
        'linearCovariateFactor requires 1 + slope·(value − reference) > 0, got 0 for covariate "age_y" = 140 (reference 40, slope -0.01)',
      ),
    );
  });

  it("refuses non-finite inputs", () => {
    expect(() => linearCovariateFactor(renal, Infinity)).toThrow(
      new RangeError('linearCovariateFactor requires a finite value for covariate "creatinine_clearance_ml_per_min", got Infinity'),
    );
    expect(() => linearCovariateFactor({ ...renal, slope: Number.NaN }, 60)).toThrow(
      new RangeError('linearCovariateFactor requires a finite reference and slope for covariate "creatinine_clearance_ml_per_min", got 100 and NaN'),
    );
  });
});
