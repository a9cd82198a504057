import { describe, expect, it } from "vitest";
import { exponentialCovariateFactor, type ExponentialCovariateEffect } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const age: ExponentialCovariateEffect = { kind: "exponential", covariate: "age_y", reference: 40, coefficient: -0.01 };

describe("exponentialCovariateFactor", () => {
  it("doc example: R 4.2.2 exp(-0.01 * (60 - 40)) = 0.81873075307798182", () => {
    expect(exponentialCovariateFactor(age, 60)).toBe(0.8187307530779818);
    expectRelativeClose(exponentialCovariateFactor(age, 60), 0.81873075307798182, 1e-15, "exp(-0.2)");
  });

  it("is 1 at the reference and > 0 far from it", () => {
    expect(exponentialCovariateFactor(age, 40)).toBe(1);
    expect(exponentialCovariateFactor(age, 1040)).toBeGreaterThan(0);
  });

  it("refuses a non-finite value, reference or coefficient, naming the covariate", () => {
    expect(() => exponentialCovariateFactor(age, Number.NaN)).toThrow(
      new RangeError('exponentialCovariateFactor requires a finite value for covariate "age_y", got NaN'),
    );
    expect(() => exponentialCovariateFactor({ ...age, coefficient: Number.NaN }, 50)).toThrow(
      new RangeError('exponentialCovariateFactor requires a finite reference and coefficient for covariate "age_y", got 40 and NaN'),
    );
  });
});
