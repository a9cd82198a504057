import { describe, expect, it } from "vitest";
import { categoricalCovariateFactor, type CategoricalCovariateEffect } from "../../src/variability/index.js";

const sex: CategoricalCovariateEffect = { kind: "categorical", covariate: "sex", factors: { F: 0.8 } };

describe("categoricalCovariateFactor", () => {
  it("doc example: the listed factor for a listed level, 1 for the others", () => {
    expect(categoricalCovariateFactor(sex, "F")).toBe(0.8);
    expect(categoricalCovariateFactor(sex, "M")).toBe(1);
  });

  it("looks a numeric level up by its decimal text", () => {
    const stage: CategoricalCovariateEffect = { kind: "categorical", covariate: "stage", factors: { "3": 1.25, "4": 1.5 } };
    expect(categoricalCovariateFactor(stage, 4)).toBe(1.5);
    expect(categoricalCovariateFactor(stage, 2)).toBe(1);
  });

  it("does not find levels on Object.prototype", () => {
    expect(categoricalCovariateFactor(sex, "constructor")).toBe(1);
    expect(categoricalCovariateFactor(sex, "toString")).toBe(1);
  });

  it("refuses a factor that is not > 0 and finite, naming the level and the covariate", () => {
    expect(() => categoricalCovariateFactor({ ...sex, factors: { F: 0 } }, "F")).toThrow(
      new RangeError('categoricalCovariateFactor requires a factor > 0 for level "F" of covariate "sex", got 0'),
    );
    expect(() => categoricalCovariateFactor({ ...sex, factors: { F: Number.NaN } }, "F")).toThrow(
      new RangeError('categoricalCovariateFactor requires a factor > 0 for level "F" of covariate "sex", got NaN'),
    );
  });
});
