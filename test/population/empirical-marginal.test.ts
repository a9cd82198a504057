import { describe, expect, it } from "vitest";
import { buildEmpiricalMarginal } from "../../src/population/index.js";

describe("buildEmpiricalMarginal", () => {
  it("no observed values, one value", () => {
    expect(Array.from(buildEmpiricalMarginal(Float64Array.from([Number.NaN]), "interpolated").values)).toEqual([]);
    const one = buildEmpiricalMarginal(Float64Array.from([Number.NaN, 4]), "interpolated");
    expect([Array.from(one.values), Array.from(one.probabilities)]).toEqual([[4], [0]]);
  });

  it("interpolated: distinct values at their mid-rank knots (m − 1)/(n − 1)", () => {
    const marginal = buildEmpiricalMarginal(Float64Array.from([2, 1, 2, Number.NaN, 5]), "interpolated");
    // n = 4: 1 has rank 1 → 0; the 2s ranks 2, 3 → (2.5 − 1)/3 = 0.5; 5 rank 4 → 1.
    expect([Array.from(marginal.values), Array.from(marginal.probabilities)]).toEqual([[1, 2, 5], [0, 0.5, 1]]);
  });

  it("without ties the knots are type 7's (k − 1)/(n − 1)", () => {
    const marginal = buildEmpiricalMarginal(Float64Array.from([10, 4.5, 1.25, 3]), "interpolated");
    expect(Array.from(marginal.probabilities)).toEqual([0, 1 / 3, 2 / 3, 1]);
  });

  it("step: every observed value, sorted, ties kept", () => {
    const marginal = buildEmpiricalMarginal(Float64Array.from([3, 1, Number.NaN, 3, 2]), "step");
    expect([Array.from(marginal.values), marginal.probabilities.length]).toEqual([[1, 2, 3, 3], 0]);
  });
});
