import { describe, expect, it } from "vitest";
import { computeNormalScores } from "../../src/population/index.js";
import { COPULA_REFERENCE, fromR } from "./copula-json.js";

describe("computeNormalScores", () => {
  it("empty, all missing, one value (Φ⁻¹(1/2) = 0)", () => {
    expect(Array.from(computeNormalScores(new Float64Array(0)))).toEqual([]);
    expect(Array.from(computeNormalScores(Float64Array.from([Number.NaN, Number.NaN])))).toEqual([Number.NaN, Number.NaN]);
    expect(Array.from(computeNormalScores(Float64Array.from([Number.NaN, 4])))).toEqual([Number.NaN, 0]);
  });

  it("a constant column scores 0 everywhere (every value at the mid-rank (n + 1)/2)", () => {
    expect(Array.from(computeNormalScores(Float64Array.from([7, 7, 7, 7])))).toEqual([0, 0, 0, 0]);
  });

  it("matches R's qnorm(rank(x, na.last = \"keep\") / (n + 1)) with a tie and a missing value", () => {
    const { x, z } = COPULA_REFERENCE.known.normal_scores;
    const got = Array.from(computeNormalScores(Float64Array.from(fromR(x))));
    // R writes 15 significant digits; both use AS 241 for qnorm.
    fromR(z).forEach((expected, index) => {
      if (Number.isNaN(expected)) expect(got[index]).toBeNaN();
      else expect(Math.abs((got[index] as number) - expected), `index ${index}: got ${got[index]}, R ${expected}`).toBeLessThan(1e-14);
    });
  });

  it("is symmetric: reversing the order negates the scores (Φ⁻¹(1 − p) = −Φ⁻¹(p))", () => {
    const values = Float64Array.from([5, 1, 1, 9, 3, 9, 9]);
    const negated = computeNormalScores(values.map((value) => -value));
    computeNormalScores(values).forEach((score, index) => expect(score).toBeCloseTo(-(negated[index] as number), 14));
  });
});
