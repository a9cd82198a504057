import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { drawCopulaPopulation, fitGaussianCopula, growPopulation, type CovariateTable, type MissingValues } from "../../src/population/index.js";
import { normalQuantile, streamFor } from "../../src/rng/index.js";
import { normalCdf } from "../../src/stats/index.js";
import { countUniforms } from "../helpers/counting-rng.js";

/** A small table: a continuous column with a missing value, an integer column, a constant, an all-missing column and a category. */
const TABLE: CovariateTable = {
  rowCount: 5,
  numeric: [
    { name: "albumin", values: Float64Array.from([3.1, 3.5, Number.NaN, 4.0, 2.8]), continuous: true },
    { name: "stage", values: Float64Array.from([1, 2, 3, 4, 2]), continuous: false },
    { name: "site", values: Float64Array.from([7, 7, 7, 7, 7]), continuous: false },
    { name: "copper", values: Float64Array.from([Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN]), continuous: true },
  ],
  categorical: [{ name: "sex", codes: Int32Array.from([0, 1, 0, 0, -1]) }],
};

function grow(missing: MissingValues, size: number, seed = 1) {
  return growPopulation({ table: TABLE, method: "gaussian-copula", missing, size, smoothing: [] }, streamFor(seed, [1, "population"]));
}

describe("drawCopulaPopulation", () => {
  it("dimensions: the 5 columns, then an indicator for each column with a missing value (preserve only)", () => {
    expect(fitGaussianCopula(TABLE, "preserve").dimensions.map((dimension) => dimension.name)).toEqual(["albumin", "stage", "site", "copper", "sex", "albumin missing", "copper missing", "sex missing"]);
    expect(fitGaussianCopula(TABLE, "impute").dimensions.map((dimension) => dimension.name)).toEqual(["albumin", "stage", "site", "copper", "sex"]);
  });

  it("reads exactly one uniform per dimension per patient, and patient 1's values follow from its uniforms", () => {
    const fit = fitGaussianCopula(TABLE, "impute");
    const rng = countUniforms(streamFor(3, [1, "population"]));
    const population = drawCopulaPopulation(fit, 7, rng);
    expect(rng.drawn.length).toBe(7 * 5);
    // Independent check of the first patient: z = L·Φ⁻¹(u), then stage = x₍⌈5·Φ(z₁)⌉₎ of 1, 2, 2, 3, 4.
    const e = rng.drawn.slice(0, 5).map(normalQuantile);
    const z1 = (fit.choleskyLower[1]?.[0] ?? 0) * (e[0] as number) + (fit.choleskyLower[1]?.[1] ?? 0) * (e[1] as number);
    expect(population.numeric.get("stage")?.[0]).toBe([1, 2, 2, 3, 4][Math.ceil(5 * normalCdf(z1)) - 1]);
  });

  it("every patient is new (sourceRow -1); a constant column stays constant; an all-missing column stays missing, also with impute", () => {
    for (const missing of ["preserve", "impute"] as const) {
      const population = grow(missing, 300);
      expect(population.sourceRow.every((row) => row === -1)).toBe(true);
      expect(population.numeric.get("site")?.every((value) => value === 7)).toBe(true);
      expect(population.numeric.get("copper")?.every(Number.isNaN)).toBe(true);
    }
  });

  it("impute: every other value is drawn, inside the observed range; categories only observed codes", () => {
    const population = grow("impute", 2000);
    const albumin = Array.from(population.numeric.get("albumin") ?? []);
    expect(albumin.every((value) => value >= 2.8 && value <= 4.0)).toBe(true);
    expect(new Set(population.numeric.get("stage"))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(population.categorical.get("sex"))).toEqual(new Set([0, 1]));
  });

  it("preserve: missing values come out as NaN and code -1, and only there", () => {
    const population = grow("preserve", 2000);
    const missingAlbumin = Array.from(population.numeric.get("albumin") ?? []).filter(Number.isNaN).length;
    const missingSex = Array.from(population.categorical.get("sex") ?? []).filter((code) => code === -1).length;
    // 1 in 5 in the table: binomial SE √(0.2·0.8/2000) ≈ 0.009, so 400 ± 4·18.
    expect(Math.abs(missingAlbumin - 400)).toBeLessThanOrEqual(72);
    expect(Math.abs(missingSex - 400)).toBeLessThanOrEqual(72);
    expect(new Set(population.numeric.get("stage"))).toEqual(new Set([1, 2, 3, 4]));
  });

  it("size 0 gives an empty population", () => {
    const population = grow("preserve", 0);
    expect([population.size, population.sourceRow.length, population.numeric.get("albumin")?.length]).toEqual([0, 0, 0]);
  });

  it("the same seed gives identical arrays; another seed does not", () => {
    const [first, second, other] = [grow("preserve", 200, 5), grow("preserve", 200, 5), grow("preserve", 200, 6)];
    for (const name of ["albumin", "stage"]) expect(first.numeric.get(name)).toEqual(second.numeric.get(name));
    expect(first.categorical.get("sex")).toEqual(second.categorical.get("sex"));
    expect(first.numeric.get("albumin")).not.toEqual(other.numeric.get("albumin"));
  });

  it("patient i is the same whether 10 or 100 patients are grown", () => {
    const [small, large] = [grow("preserve", 10, 8), grow("preserve", 100, 8)];
    for (const name of ["albumin", "stage", "site"]) expect(Array.from(large.numeric.get(name)?.subarray(0, 10) ?? [])).toEqual(Array.from(small.numeric.get(name) ?? []));
    expect(Array.from(large.categorical.get("sex")?.subarray(0, 10) ?? [])).toEqual(Array.from(small.categorical.get("sex") ?? []));
  });

  propTest.prop([fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom("preserve" as const, "impute" as const)])(
    "patient i does not depend on how many patients follow it",
    (size, extra, seed, missing) => {
      const small = grow(missing, size, seed);
      const large = grow(missing, size + extra, seed);
      for (const name of ["albumin", "stage"]) expect(Array.from(large.numeric.get(name)?.subarray(0, size) ?? [])).toEqual(Array.from(small.numeric.get(name) ?? []));
      expect(Array.from(large.categorical.get("sex")?.subarray(0, size) ?? [])).toEqual(Array.from(small.categorical.get("sex") ?? []));
    },
  );
});
