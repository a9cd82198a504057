import { describe, expect, it } from "vitest";
import { applyCovariateEffects, type CovariateEffect } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const effects: CovariateEffect[] = [
  { kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 },
  { kind: "categorical", covariate: "sex", factors: { F: 0.8 } },
];

describe("applyCovariateEffects", () => {
  it("doc example: R 4.2.2 2.8 * (35/70)^0.75 * 0.8 = 1.3319119688030474", () => {
    expect(applyCovariateEffects(2.8, effects, { weight_kg: 35, sex: "F" })).toBe(1.3319119688030474);
  });

  it("returns the typical value for no effects or at the reference", () => {
    expect(applyCovariateEffects(2.8, [], {})).toBe(2.8);
    expect(applyCovariateEffects(2.8, effects, { weight_kg: 70, sex: "M" })).toBe(2.8);
  });

  it("multiplies all four kinds: R 4.2.2 2.8 * (84/70)^0.75 * exp(-0.01*(60-40)) * (1 + 0.005*(60-100)) * 0.8", () => {
    const all: CovariateEffect[] = [
      { kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 },
      { kind: "exponential", covariate: "age_y", reference: 40, coefficient: -0.01 },
      { kind: "linear", covariate: "creatinine_clearance_ml_per_min", reference: 100, slope: 0.005 },
      { kind: "categorical", covariate: "sex", factors: { F: 0.8 } },
    ];
    const covariates = { weight_kg: 84, age_y: 60, creatinine_clearance_ml_per_min: 60, sex: "F" };
    // R 4.2.2: 2.8 * (84/70)^0.75 * exp(-0.01*(60-40)) * (1 + 0.005*(60-100)) * 0.8 = 1.6821512532451974
    expectRelativeClose(applyCovariateEffects(2.8, all, covariates), 1.6821512532451974, 1e-15, "four effects");
  });

  it("refuses a covariate missing from the patient's values (own keys only) and text for a numeric effect", () => {
    expect(() => applyCovariateEffects(2.8, effects, { sex: "F" })).toThrow(
      new RangeError('applyCovariateEffects requires covariate "weight_kg", missing from the patient\'s values'),
    );
    const inherited: CovariateEffect[] = [{ kind: "categorical", covariate: "constructor", factors: {} }];
    expect(() => applyCovariateEffects(2.8, inherited, {})).toThrow(
      new RangeError('applyCovariateEffects requires covariate "constructor", missing from the patient\'s values'),
    );
    expect(() => applyCovariateEffects(2.8, effects, { weight_kg: "heavy", sex: "F" })).toThrow(
      new RangeError('applyCovariateEffects requires a number for covariate "weight_kg" (a power effect), got "heavy"'),
    );
  });

  it("lets a factor's own refusal through, naming the covariate and value", () => {
    const age: CovariateEffect[] = [{ kind: "linear", covariate: "age_y", reference: 40, slope: -0.01 }];
    expect(() => applyCovariateEffects(2.8, age, { age_y: 140 })).toThrow(
      'linearCovariateFactor requires 1 + slope·(value − reference) > 0, got 0 for covariate "age_y" = 140',
    );
  });
});
