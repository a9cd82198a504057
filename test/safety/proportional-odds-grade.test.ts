import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { proportionalOddsExceedance, proportionalOddsGrade, proportionalOddsProbabilities } from "../../src/safety/index.js";
import { asArray, SAFETY_REFERENCE } from "./safety-primitives-json.js";

const MODEL = { intercepts: [0, -1, -2, -3], slope: 0.5 };

describe("proportionalOddsGrade", () => {
  it("rejects uniforms outside (0, 1) and bad models, naming itself", () => {
    for (const bad of [0, 1, Number.NaN]) {
      expect(() => proportionalOddsGrade(bad, MODEL, 0)).toThrow(new RangeError(`proportionalOddsGrade requires a uniform in (0, 1), got ${bad}`));
    }
    expect(() => proportionalOddsGrade(0.5, { intercepts: [-2, -1], slope: 1 }, 0)).toThrow(
      new RangeError("proportionalOddsGrade requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got -1 at index 1 after -2"),
    );
  });

  it("counts the exceedance probabilities above u: the doc example and the boundaries", () => {
    // P(grade ≥ 2..5) at x = 2: logistic(1, 0, −1, −2) = 0.731, 0.5, 0.269, 0.119.
    expect(proportionalOddsGrade(0.3, MODEL, 2)).toBe(3);
    expect(proportionalOddsGrade(0.5, MODEL, 2)).toBe(2); // u = P(grade ≥ 3) exactly: not below it
    expect(proportionalOddsGrade(0.4999999999999999, MODEL, 2)).toBe(3);
    expect(proportionalOddsGrade(0.99, MODEL, 2)).toBe(1);
    expect(proportionalOddsGrade(0.01, MODEL, 2)).toBe(5);
    expect(proportionalOddsGrade(0.2, { intercepts: [1.5], slope: 0 }, 0)).toBe(2);
  });

  it("on N stratified uniforms, reproduces every R case's probabilities to 1/N", () => {
    const count = 100_000;
    for (const reference of SAFETY_REFERENCE.proportional_odds) {
      const model = { intercepts: asArray(reference.intercepts), slope: reference.slope };
      const tally = new Array<number>(reference.probabilities.length).fill(0);
      for (let index = 0; index < count; index++) {
        const grade = proportionalOddsGrade((index + 0.5) / count, model, reference.exposure);
        tally[grade - 1] = (tally[grade - 1] as number) + 1;
      }
      // The grid points in an interval of length p number N·p ± 1.
      reference.probabilities.forEach((expected, index) => {
        const share = (tally[index] as number) / count;
        expect(Math.abs(share - expected), `θ = ${model.intercepts.join(", ")}, x = ${reference.exposure}, grade ${index + 1}: ${share} vs ${expected}`).toBeLessThanOrEqual(1 / count);
      });
    }
  });

  it("is the inversion of proportionalOddsProbabilities' cumulative sums, away from the cut points", () => {
    const probabilities = proportionalOddsProbabilities(MODEL, 0.8);
    const exceedance = proportionalOddsExceedance(MODEL, 0.8);
    for (let index = 1; index < 1000; index++) {
      const uniform = index / 1000;
      if (exceedance.some((cut) => Math.abs(cut - uniform) < 1e-12)) continue;
      // Inversion from the top: the grade g with P(grade > g) ≤ u < P(grade ≥ g).
      let grade = probabilities.length;
      let above = probabilities[grade - 1] as number;
      while (uniform >= above) above += probabilities[--grade - 1] as number;
      expect(proportionalOddsGrade(uniform, MODEL, 0.8), `u = ${uniform}`).toBe(grade);
    }
  });

  test.prop([
    fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
    fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 4 }),
    fc.double({ min: 0, max: 3, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
  ])("for β ≥ 0 and the same u, a higher exposure never gives a lower grade", (uniform, unsorted, slope, exposure, step) => {
    const model = { intercepts: [...unsorted].sort((a, b) => b - a), slope };
    expect(proportionalOddsGrade(uniform, model, exposure)).toBeLessThanOrEqual(proportionalOddsGrade(uniform, model, exposure + step));
  });

  it("raises the mean grade with the exposure when β > 0 (stratified uniforms)", () => {
    const count = 20_000;
    let previous = 0;
    for (const exposure of [0, 0.5, 1, 2, 4, 8]) {
      let total = 0;
      for (let index = 0; index < count; index++) total += proportionalOddsGrade((index + 0.5) / count, MODEL, exposure);
      expect(total / count).toBeGreaterThan(previous);
      previous = total / count;
    }
  });
});
