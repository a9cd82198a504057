import { describe, expect, it } from "vitest";
import { fitGaussianCopula, growPopulation, type MissingValues } from "../../src/population/index.js";
import { MINIMUM_EIGENVALUE } from "../../src/population/repair-correlation.js";
import { streamFor } from "../../src/rng/index.js";
import { COPULA_REFERENCE as reference } from "./copula-json.js";
import { loadPbcTable, normalScoreCorrelation } from "./copula-reference.js";

const table = loadPbcTable();
const VIRTUAL = 20_000;

function grow(missing: MissingValues, size = VIRTUAL) {
  return growPopulation({ table, method: "gaussian-copula", missing, size, smoothing: [] }, streamFor(20261127, [1, "population"]));
}

describe("gaussian-copula on cohorts/pbc.csv", () => {
  for (const missing of ["preserve", "impute"] as const) {
    it(`${missing}: the fitted correlation is R's cor(qnorm(rank(x) / (n + 1)), use = "pairwise.complete.obs") to 1e-12`, () => {
      const fit = fitGaussianCopula(table, missing);
      const expected = reference[missing];
      expect(fit.dimensions.map((dimension) => dimension.name)).toEqual(expected.dimensions);
      let worst = 0;
      expected.correlation.forEach((row, i) => row.forEach((value, j) => (worst = Math.max(worst, Math.abs((fit.normalScoreCorrelation[i]?.[j] ?? Number.NaN) - value)))));
      // R writes 15 significant digits; both sides sum 312 products in a different order.
      expect(worst, `largest |fit − R| over ${expected.dimensions.length}² entries`).toBeLessThan(1e-12);
      // R: the smallest eigenvalue is above the floor, so the matrix is used as estimated.
      expect(expected.minimum_eigenvalue).toBeGreaterThan(MINIMUM_EIGENVALUE);
      expect(fit.correlation).toEqual(fit.normalScoreCorrelation);
    });
  }

  it("preserve: the virtual normal-score correlations of age, bili, albumin and protime are the cohort's within 4 SEs", () => {
    const population = grow("preserve");
    const names = ["age", "bili", "albumin", "protime"];
    const { dimensions, correlation } = reference.preserve;
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const got = normalScoreCorrelation(population.numeric.get(a) ?? [], population.numeric.get(b) ?? []);
        const expected = correlation[dimensions.indexOf(a)]?.[dimensions.indexOf(b)] ?? Number.NaN;
        // SE of a correlation from N draws of a Gaussian copula: (1 − ρ²)/√N; R is the target, fixed.
        const tolerance = (4 * (1 - expected ** 2)) / Math.sqrt(VIRTUAL);
        expect(Math.abs(got - expected), `r(${a}, ${b}) = ${got}, R ${expected}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it("preserve: chol, trig, copper and platelet are missing at the cohort's rate within 4 binomial SEs; impute: never", () => {
    const preserved = grow("preserve");
    const imputed = grow("impute");
    for (const [name, rate] of Object.entries(reference.missing_rates)) {
      const share = (population: ReturnType<typeof grow>): number => Array.from(population.numeric.get(name) ?? []).filter(Number.isNaN).length / VIRTUAL;
      const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / VIRTUAL);
      expect(Math.abs(share(preserved) - rate), `${name}: ${share(preserved)} missing, cohort ${rate}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
      expect(share(imputed), name).toBe(0);
    }
  });

  it("integer, boolean and category columns take only observed levels", () => {
    const population = grow("preserve", 2000);
    for (const name of ["stage", "edema", "ascites", "hepato", "spiders"]) {
      const observed = new Set(table.numeric.find((column) => column.name === name)?.values);
      expect(Array.from(population.numeric.get(name) ?? []).every((value) => observed.has(value)), name).toBe(true);
    }
    expect(new Set(population.categorical.get("sex"))).toEqual(new Set([0, 1]));
  });
});
