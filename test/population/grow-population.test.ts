import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { growPopulation, planSmoothing, type CovariateTable } from "../../src/population/index.js";
import { streamFor } from "../../src/rng/index.js";

/** A small table: a continuous column with a missing value, an integer column and a category. */
const TABLE: CovariateTable = {
  rowCount: 5,
  numeric: [
    { name: "albumin", values: Float64Array.from([3.1, 3.5, Number.NaN, 4.0, 2.8]), continuous: true },
    { name: "stage", values: Float64Array.from([1, 2, 3, 4, 2]), continuous: false },
  ],
  categorical: [{ name: "sex", codes: Int32Array.from([0, 1, 0, 0, -1]) }],
};
const SMOOTHING = planSmoothing(TABLE);

function grow(method: "bootstrap" | "smoothed-bootstrap", size: number, seed = 1) {
  return growPopulation({ table: TABLE, method, size, smoothing: SMOOTHING }, streamFor(seed, [1, "population"]));
}

describe("growPopulation", () => {
  it("bootstrap: every patient is an exact copy of one eligible row, row by row", () => {
    const population = grow("bootstrap", 500);
    for (let patient = 0; patient < 500; patient++) {
      const row = population.sourceRow[patient] as number;
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(5);
      expect(population.numeric.get("albumin")?.[patient]).toEqual(TABLE.numeric[0]?.values[row]);
      expect(population.numeric.get("stage")?.[patient]).toBe(TABLE.numeric[1]?.values[row]);
      expect(population.categorical.get("sex")?.[patient]).toBe(TABLE.categorical[0]?.codes[row]);
    }
  });

  it("smoothed-bootstrap: continuous values move but stay in the observed range; others are copied; missing stays missing", () => {
    const population = grow("smoothed-bootstrap", 2000);
    let interior = 0;
    for (let patient = 0; patient < 2000; patient++) {
      const row = population.sourceRow[patient] as number;
      const value = population.numeric.get("albumin")?.[patient] as number;
      const real = TABLE.numeric[0]?.values[row] as number;
      if (Number.isNaN(real)) expect(Number.isNaN(value)).toBe(true);
      else {
        expect(value).toBeGreaterThanOrEqual(2.8);
        expect(value).toBeLessThanOrEqual(4.0);
        // Values inside the range always move (equality has probability 0); values at a
        // limit may be clipped back onto themselves.
        if (real > 2.8 && real < 4.0) {
          expect(value).not.toBe(real);
          interior++;
        }
      }
      expect(population.numeric.get("stage")?.[patient]).toBe(TABLE.numeric[1]?.values[row]);
    }
    expect(interior).toBeGreaterThan(600);
  });

  propTest.prop([fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1e6 })])(
    "patient i does not depend on how many patients follow it",
    (size, extra, seed) => {
      for (const method of ["bootstrap", "smoothed-bootstrap"] as const) {
        const small = grow(method, size, seed);
        const large = grow(method, size + extra, seed);
        expect(Array.from(large.sourceRow.subarray(0, size))).toEqual(Array.from(small.sourceRow));
        expect(Array.from(large.numeric.get("albumin")?.subarray(0, size) ?? [])).toEqual(Array.from(small.numeric.get("albumin") ?? []));
      }
    },
  );

  it("smoothed bootstrap has the kernel density's moments: mean x̄ and variance s²(n−1)/n + h² (Silverman 1986 §6.4.1)", () => {
    // A symmetric column far from its range limits, so clipping is negligible (< 1e-6 of draws).
    const values = Float64Array.from({ length: 101 }, (_, index) => 50 + (index - 50) * 0.1);
    const table: CovariateTable = { rowCount: values.length, numeric: [{ name: "x", values, continuous: true }], categorical: [] };
    const smoothing = planSmoothing(table).map((plan) => ({ ...plan, minimum: -1e9, maximum: 1e9 }));
    const size = 200_000;
    const population = growPopulation({ table, method: "smoothed-bootstrap", size, smoothing }, streamFor(9, [1, "population"]));
    const draws = Array.from(population.numeric.get("x") ?? []);
    const mean = draws.reduce((sum, value) => sum + value, 0) / size;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (size - 1);
    const plugInVariance = (Array.from(values).reduce((sum, value) => sum + (value - 50) ** 2, 0)) / values.length;
    const h = smoothing[0]?.bandwidth as number;
    const expectedVariance = plugInVariance + h * h;
    // SE of the mean √(v/n) ≈ 0.0066; SE of the variance ≈ v·√(2/n) (near-normal) ≈ 0.028; 5 SEs.
    expect(Math.abs(mean - 50)).toBeLessThan(5 * Math.sqrt(expectedVariance / size));
    expect(Math.abs(variance - expectedVariance)).toBeLessThan(5 * expectedVariance * Math.sqrt(2 / size));
  });
});
