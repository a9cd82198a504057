import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { proportionalOddsExceedance, proportionalOddsProbabilities } from "../../src/safety/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { asArray, SAFETY_REFERENCE } from "./safety-primitives-json.js";

const logistic = (eta: number): number => 1 / (1 + Math.exp(-eta));

describe("proportionalOddsProbabilities", () => {
  it("rejects intercepts that are not non-increasing, and bad slopes and exposures, with exact messages", () => {
    const check = (intercepts: number[], slope: number, exposure: number, message: string): void => {
      expect(() => proportionalOddsProbabilities({ intercepts, slope }, exposure)).toThrow(new RangeError(message));
    };
    check([-1, -2, -1.5, -3], 1, 0, "proportionalOddsProbabilities requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got -1.5 at index 2 after -2");
    check([-Infinity, 0], 1, 0, "proportionalOddsProbabilities requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got 0 at index 1 after -Infinity");
    check([0, Number.NaN], 1, 0, "proportionalOddsProbabilities requires intercepts that are numbers, got NaN at index 1");
    check([], 1, 0, "proportionalOddsProbabilities requires 1 to 4 intercepts (grades up to 2 to 5), got 0");
    check([4, 3, 2, 1, 0], 1, 0, "proportionalOddsProbabilities requires 1 to 4 intercepts (grades up to 2 to 5), got 5");
    check([0], Infinity, 0, "proportionalOddsProbabilities requires a finite slope, got Infinity");
    check([0], 1, Number.NaN, "proportionalOddsProbabilities requires a finite exposure, got NaN");
    expect(() => proportionalOddsExceedance({ intercepts: [0, 1], slope: 0 }, 0)).toThrow(
      new RangeError("proportionalOddsExceedance requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got 1 at index 1 after 0"),
    );
  });

  it("gives the doc examples; equal intercepts give a grade of probability 0, ±∞ certain or impossible grades", () => {
    expect([...proportionalOddsProbabilities({ intercepts: [0, -Infinity], slope: 1 }, 0)]).toEqual([0.5, 0.5, 0]);
    expect([...proportionalOddsExceedance({ intercepts: [0, -1], slope: 1 }, 1)]).toEqual([logistic(1), 0.5]);
    expect([...proportionalOddsProbabilities({ intercepts: [Infinity, Infinity, 0.7, 0.7], slope: -2 }, 0.35)]).toEqual([0, 0, 0.5, 0, 0.5]);
  });

  it("matches the closed form and R's −diff(c(1, plogis(θ + βx), 0))", () => {
    for (const reference of SAFETY_REFERENCE.proportional_odds) {
      const model = { intercepts: asArray(reference.intercepts), slope: reference.slope };
      const label = `θ = ${model.intercepts.join(", ")}, β = ${model.slope}, x = ${reference.exposure}`;
      const exceedance = proportionalOddsExceedance(model, reference.exposure);
      asArray(reference.exceedance).forEach((expected, index) => {
        // Closed form, then R: plogis rounds 1/(1 + e^−η) a little differently for η < 0.
        expectRelativeClose(exceedance[index] as number, logistic((model.intercepts[index] as number) + model.slope * reference.exposure), 1e-15, `${label} closed form ≥ ${index + 2}`);
        expectRelativeClose(exceedance[index] as number, expected, 1e-14, `${label} P(grade ≥ ${index + 2})`);
      });
      const probabilities = proportionalOddsProbabilities(model, reference.exposure);
      expect(probabilities.length).toBe(reference.probabilities.length);
      reference.probabilities.forEach((expected, index) => {
        // Differences of exceedances: a 1e-16 absolute error of each, relative to a smaller
        // difference. Observed ≤ 1.6e-15 (exceedances) and ≤ 1.7e-15 (probabilities).
        expectRelativeClose(probabilities[index] as number, expected, 1e-13, `${label} P(grade = ${index + 1})`);
      });
    }
  });

  it("reproduces MASS::polr's predict(type = \"probs\") with θ_g = −ζ_{g−1}", () => {
    const { zeta, coefficient, exposure, probabilities } = SAFETY_REFERENCE.polr_fit;
    const model = { intercepts: zeta.map((cut) => -cut), slope: coefficient };
    exposure.forEach((x, row) => {
      const got = proportionalOddsProbabilities(model, x);
      (probabilities[row] as readonly number[]).forEach((expected, index) => {
        // polr differences 1 − plogis: the smallest grades' probabilities lose a few digits
        // in R's subtraction, so compare absolutely to 1e-15 (a few times 2⁻⁵³); observed ≤ 4.5e-16.
        const difference = Math.abs((got[index] as number) - expected);
        expect(difference, `x = ${x}, grade ${index + 1}: got ${got[index]}, expected ${expected}`).toBeLessThanOrEqual(1e-15);
      });
    });
  });

  test.prop([
    fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 4 }),
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
  ])("gives probabilities ≥ 0 that add up to 1", (unsorted, slope, exposure) => {
    const intercepts = [...unsorted].sort((a, b) => b - a);
    const probabilities = proportionalOddsProbabilities({ intercepts, slope }, exposure);
    for (const probability of probabilities) expect(probability).toBeGreaterThanOrEqual(0);
    expect(Math.abs(probabilities.reduce((total, probability) => total + probability, 0) - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  test.prop([
    fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 4 }),
    fc.double({ min: 0, max: 3, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
  ])("for β ≥ 0, P(grade ≥ g) never falls as the exposure rises", (unsorted, slope, exposure, step) => {
    const model = { intercepts: [...unsorted].sort((a, b) => b - a), slope };
    const low = proportionalOddsExceedance(model, exposure);
    const high = proportionalOddsExceedance(model, exposure + step);
    low.forEach((probability, index) => expect(probability).toBeLessThanOrEqual(high[index] as number));
  });
});
