import { describe, expect, it } from "vitest";
import { RNG_ALGORITHM, streamFor } from "../../src/rng/index.js";

function take(count: number, seed: number, path: (string | number)[]): number[] {
  const rng = streamFor(seed, path);
  return Array.from({ length: count }, () => rng.next());
}

describe("streamFor", () => {
  it("pins the first draws of a fixed path (a change here changes every result: bump the results-format version)", () => {
    // Known answers of seedrandom 3.0.5 alea("twin-trial/v1|42|1|population").double().
    expect(take(3, 42, [1, "population"])).toEqual([0.47782945599980375, 0.23319878283082462, 0.4505055029105518]);
    expect(take(2, 42, [1, "random-effects"])).toEqual([0.6909077548000694, 0.5689792764851345]);
    expect(RNG_ALGORITHM).toBe("seedrandom@3.0.5 alea, 53-bit doubles");
  });

  it("gives the same numbers for the same key, every time", () => {
    expect(take(1000, 7, [3, "residual", "albumin_change"])).toEqual(take(1000, 7, [3, "residual", "albumin_change"]));
  });

  it("gives different streams for different seeds, replicates and purposes", () => {
    const base = take(5, 7, [3, "population"]);
    expect(take(5, 8, [3, "population"])).not.toEqual(base);
    expect(take(5, 7, [4, "population"])).not.toEqual(base);
    expect(take(5, 7, [3, "allocation"])).not.toEqual(base);
  });

  it("draws in the open interval (0, 1) with a uniform mean and variance", () => {
    const draws = take(200_000, 1, [1, "uniformity"]);
    expect(draws.reduce((low, u) => Math.min(low, u), 1)).toBeGreaterThan(0);
    expect(draws.reduce((high, u) => Math.max(high, u), 0)).toBeLessThan(1);
    const mean = draws.reduce((sum, u) => sum + u, 0) / draws.length;
    const variance = draws.reduce((sum, u) => sum + (u - mean) ** 2, 0) / (draws.length - 1);
    // Uniform(0,1): mean 1/2 (SE √(1/12/n) = 6.5e-4), variance 1/12 (SE ≈ √(1/180/n) = 1.7e-4); 5 SE.
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * 6.5e-4);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * 1.7e-4);
  });

  it("refuses a seed that is not a non-negative safe integer", () => {
    expect(() => streamFor(-1, [])).toThrow("streamFor requires a non-negative safe integer seed, got -1");
    expect(() => streamFor(1.5, [])).toThrow("streamFor requires a non-negative safe integer seed, got 1.5");
  });
});
