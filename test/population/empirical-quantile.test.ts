import { describe, expect, it } from "vitest";
import { buildEmpiricalMarginal, empiricalQuantile } from "../../src/population/index.js";
import { quantileType7 } from "../../src/stats/index.js";
import { COPULA_REFERENCE } from "./copula-json.js";
import { loadPbcTable } from "./copula-reference.js";

const table = loadPbcTable();
const columnOf = (name: string): Float64Array => table.numeric.find((column) => column.name === name)?.values ?? new Float64Array(0);

describe("empiricalQuantile", () => {
  it("NaN without observed values; the one value for a single observation", () => {
    expect(empiricalQuantile(buildEmpiricalMarginal(new Float64Array(0), "interpolated"), 0.5)).toBeNaN();
    expect(empiricalQuantile(buildEmpiricalMarginal(new Float64Array(0), "step"), 0.5)).toBeNaN();
    for (const p of [0, 0.3, 1]) expect(empiricalQuantile(buildEmpiricalMarginal(Float64Array.from([4]), "interpolated"), p)).toBe(4);
  });

  it("interpolated without ties is R's type 7 (R 4.2.2: quantile(c(4.5, 1.25, 3, 10), 0.3) = 2.8249999999999997)", () => {
    const { x, probability, type7 } = COPULA_REFERENCE.known.no_ties;
    const marginal = buildEmpiricalMarginal(Float64Array.from(x), "interpolated");
    expect(Math.abs(empiricalQuantile(marginal, probability) - type7)).toBeLessThan(1e-15);
    const sorted = [...x].sort((a, b) => a - b);
    for (let p = 0; p <= 1; p += 0.05) expect(empiricalQuantile(marginal, p)).toBeCloseTo(quantileType7(sorted, p), 13);
  });

  it("interpolated on pbc columns with ties: R's approx through the mid-rank knots (test/reference/copula.R)", () => {
    const { probabilities, interpolated } = COPULA_REFERENCE.quantiles;
    for (const [name, expected] of Object.entries(interpolated)) {
      const marginal = buildEmpiricalMarginal(columnOf(name), "interpolated");
      probabilities.forEach((p, index) => {
        const want = expected[index] as number;
        const got = empiricalQuantile(marginal, p);
        // 15 significant digits in the JSON; both interpolate linearly in double precision.
        expect(Math.abs(got - want), `${name} at ${p}: got ${got}, R ${want}`).toBeLessThanOrEqual(1e-13 * Math.abs(want));
      });
    }
  });

  it("step is R's quantile(type = 1) on stage and edema, exactly", () => {
    const { probabilities, step } = COPULA_REFERENCE.quantiles;
    for (const [name, expected] of Object.entries(step)) {
      const marginal = buildEmpiricalMarginal(columnOf(name), "step");
      expect(probabilities.map((p) => empiricalQuantile(marginal, p)), name).toEqual(expected);
    }
  });

  it("step gives each observed value with its frequency: x₍⌈n·p⌉₎", () => {
    const marginal = buildEmpiricalMarginal(Float64Array.from([0, 0, 0, 1]), "step");
    expect([0.001, 0.75, 0.7500001, 1].map((p) => empiricalQuantile(marginal, p))).toEqual([0, 0, 1, 1]);
  });
});
