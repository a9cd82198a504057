import { describe, expect, it } from "vitest";
import type { VirtualPopulation } from "../../src/population/index.js";
import { fitPoissonRegression } from "../../src/stats/index.js";
import { adjustFamily } from "../../src/trial/apply-multiplicity.js";
import { covariateColumns, designRows, stratumCodes } from "../../src/trial/design-columns.js";
import { analyseEfficacy, simulateReplicate, type CountOutcome } from "../../src/trial/index.js";
import { planFromText } from "../helpers/plan.js";

const population: VirtualPopulation = {
  size: 6,
  sourceRow: Int32Array.from([0, 1, 2, 3, 4, 5]),
  numeric: new Map([["age", Float64Array.from([40, 50, 60, 70, 80, 90])]]),
  categorical: new Map([
    ["sex", Int32Array.from([0, 1, 1, 0, 1, 0])],
    ["stage", Int32Array.from([2, 2, 3, 1, 3, 1])],
  ]),
};

describe("covariateColumns", () => {
  it("copies number columns and codes categories as indicators of every present level but the first (R's contr.treatment)", () => {
    expect(covariateColumns(population, ["age"], [5, 0])).toEqual([[90, 40]]);
    // stage levels present among patients 0..5: 1, 2, 3 → indicators for 2 and 3.
    expect(covariateColumns(population, ["stage"], [0, 1, 2, 3, 4, 5])).toEqual([
      [1, 1, 0, 0, 0, 0],
      [0, 0, 1, 0, 1, 0],
    ]);
    // Among patients 0, 1, 2 only levels 2 and 3 are present: one indicator (no empty column).
    expect(covariateColumns(population, ["stage"], [0, 1, 2])).toEqual([[0, 0, 1]]);
  });

  it("numbers strata by their joint levels in order of first appearance (R's strata(a, b))", () => {
    expect(stratumCodes(population, [], [0, 1])).toBeUndefined();
    expect(stratumCodes(population, ["sex"], [0, 1, 2, 3, 4, 5])).toEqual([0, 1, 1, 0, 1, 0]);
    expect(stratumCodes(population, ["sex", "stage"], [0, 1, 2, 3, 4, 5])).toEqual([0, 1, 2, 3, 2, 3]);
  });

  it("builds the design [1, group, covariates…]", () => {
    expect(designRows([1, 0], [[5, 6], [7, 8]])).toEqual([[1, 1, 5, 7], [1, 0, 6, 8]]);
  });
});

describe("adjustFamily", () => {
  it("adjusts as p.adjust and tests at alpha, a failed analysis entering as p = 1", () => {
    // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03), "holm") = 0.03 0.06 0.06; "hochberg" = 0.03 0.04 0.04.
    expect(adjustFamily("holm", [0.01, 0.04, 0.03], 0.05)).toEqual({ adjustedPValues: [0.03, 0.06, 0.06], rejected: [true, false, false] });
    expect(adjustFamily("hochberg", [0.01, 0.04, 0.03], 0.05).rejected).toEqual([true, true, true]);
    expect(adjustFamily("bonferroni", [0.01, Number.NaN], 0.05)).toEqual({ adjustedPValues: [0.02, 1], rejected: [true, false] });
    // Fixed sequence: a failed first analysis stops the sequence.
    expect(adjustFamily("fixed-sequence", [Number.NaN, 0.001], 0.05).rejected).toEqual([false, false]);
    expect(adjustFamily("none", [0.05, 0.0500001], 0.05).rejected).toEqual([true, false]);
  });
});

describe("a negative binomial analysis of counts that are not overdispersed", () => {
  it("reports the Poisson fit, the limit θ → ∞, instead of failing", () => {
    // Poisson data with a small mean: most replicates' counts are not overdispersed.
    const plan = planFromText(`trial: {id: nb, title: nb, seed: 3, replicates: 1, duration_days: 365}
cohort: {file: ../cohorts/pbc_baseline.csv, id_column: id, columns: {age: {type: number}}}
population: {method: bootstrap, n_per_arm: 60}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
endpoints:
  - {id: n, type: count, count_model: poisson, rate_per_year: 0.3, drug_effect: {model: constant, value: -0.3}, methods: [negative-binomial, poisson]}
outputs: {keep_replicates: 0}
`);
    let checked = 0;
    for (let replicate = 1; replicate <= 20 && checked === 0; replicate++) {
      const simulation = simulateReplicate(plan, replicate);
      const outcome = simulation.endpoints[0] as CountOutcome;
      const counts = Array.from(outcome.count);
      const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
      const variance = counts.reduce((sum, count) => sum + (count - mean) ** 2, 0) / (counts.length - 1);
      if (variance >= mean) continue;
      const [nb, poisson] = analyseEfficacy(plan, simulation);
      const direct = fitPoissonRegression({ design: Array.from(simulation.arm, (arm) => [1, arm === 1 ? 1 : 0]), counts, offset: counts.map(() => Math.log(365 / 365.25)) });
      expect(nb?.estimate.estimate).toBe(poisson?.estimate.estimate);
      expect(nb?.estimate.estimate).toBeCloseTo(direct.coefficients[1] ?? Number.NaN, 12);
      expect(nb?.estimate.standardError).toBe(poisson?.estimate.standardError);
      checked++;
    }
    expect(checked).toBe(1);
  });
});
