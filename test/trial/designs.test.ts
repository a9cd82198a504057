import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { designCharacteristics } from "../../src/report/design-characteristics.js";
import { runTrial, type DesignResult } from "../../src/trial/index.js";
import { editSpecText, planFromText } from "../helpers/plan.js";

/**
 * Operating characteristics of the designs (issue 5) on a continuous endpoint whose
 * twin model is known exactly: change = 0.1·(age − 50) + drug + N(0, 1), age bootstrapped
 * from the real cohort. The prognostic score is then the exact expected outcome, and its
 * correlation with the outcome in a control arm is ρ² = β²·Var(age) / (β²·Var(age) + σ²).
 */
const SPEC = `
trial: {id: designs, title: Designs on a known model, seed: 5, replicates: 1000, alpha: 0.05, duration_days: 28}
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    age: {type: number}
    albumin: {type: number}
population: {method: bootstrap, n_per_arm: 2}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
endpoints:
  - id: y
    type: continuous
    baseline_column: albumin
    covariates: [{column: age, coefficient: 0.1, reference: 50}]
    drug_effect: {model: constant, value: 0.4}
    residual_sd: 1
analysis: {methods: [welch], ancova_covariates: []}
outputs: {keep_replicates: 0}
designs:
  candidates:
    - {id: concurrent, kind: randomised, n_total: 200}
    - {id: procova, kind: randomised, n_total: 201, allocation: {placebo: 1, drug: 2}, prognostic_score: true}
    - {id: synthetic, kind: single-arm-synthetic, n_treated: 100}
`;

const ALPHA = 0.05;

function byId(results: readonly DesignResult[] | undefined, id: string): DesignResult {
  const result = results?.find((candidate) => candidate.entry.design.id === id);
  if (result === undefined) throw new Error(`no design ${id}`);
  return result;
}

/** The null run's rejection rate of a design's primary analysis, and its Monte Carlo SE under H0 at alpha. */
function typeIError(result: DesignResult): { rate: number; bound: number } {
  const summary = designCharacteristics(result).nullPrimary;
  const replicates = summary?.characteristics.replicates ?? 0;
  return { rate: summary?.characteristics.rejectionRate ?? Number.NaN, bound: 3 * Math.sqrt((ALPHA * (1 - ALPHA)) / replicates) };
}

describe("designs without drift (1000 replicates)", () => {
  const result = runTrial(planFromText(SPEC));

  it.each(["concurrent", "procova"])("%s keeps its type I error within 3 Monte Carlo SEs of alpha", (id) => {
    const { rate, bound } = typeIError(byId(result.designs, id));
    expect(Math.abs(rate - ALPHA)).toBeLessThanOrEqual(bound);
  });

  it("the null run's true effect is exactly 0 in every replicate, the alternative's is the drug effect", () => {
    for (const design of result.designs ?? []) {
      expect(design.nullRun?.every((summary) => summary.isNull)).toBe(true);
      expect(design.alternative.every((summary) => !summary.isNull && Math.abs(summary.characteristics.meanTrueEffect - 0.4) < 1e-12)).toBe(true);
    }
  });

  it("a single-arm trial with synthetic twins does not reject more often than alpha when the twin model is right", () => {
    const { rate, bound } = typeIError(byId(result.designs, "synthetic"));
    expect(rate).toBeLessThanOrEqual(ALPHA + bound);
  });

  it("PROCOVA's variance reduction matches 1 − ρ², from the run's ρ and from the closed form", () => {
    const procova = byId(result.designs, "procova");
    const { observedVarianceRatio, predictedVarianceRatio } = designCharacteristics(procova);
    // Closed form: Var(age) of the bootstrapped cohort (divisor n, as a bootstrap draws it).
    const ages = readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8").trim().split("\n").slice(1).map((line) => Number(line.split(",")[1]));
    const meanAge = ages.reduce((sum, age) => sum + age, 0) / ages.length;
    const varianceAge = ages.reduce((sum, age) => sum + (age - meanAge) ** 2, 0) / ages.length;
    const explained = 0.01 * varianceAge;
    const closedForm = 1 - explained / (explained + 1);
    // The ratio of two empirical variances over 1000 trials: SE about ratio·√(2(1 − c²)/R) < 0.015.
    expect(Math.abs(observedVarianceRatio - predictedVarianceRatio)).toBeLessThan(0.05);
    expect(Math.abs(observedVarianceRatio - closedForm)).toBeLessThan(0.05);
    expect(Math.abs(predictedVarianceRatio - closedForm)).toBeLessThan(0.02);
  });

  it("PROCOVA needs fewer real patients than the concurrent trial for at least its power", () => {
    const concurrent = designCharacteristics(byId(result.designs, "concurrent")).primary?.characteristics;
    const procova = designCharacteristics(byId(result.designs, "procova")).primary?.characteristics;
    expect(procova?.rejectionRate).toBeGreaterThan((concurrent?.rejectionRate ?? 1) - 3 * (concurrent?.rejectionRateMcse ?? 0));
    expect(byId(result.designs, "procova").entry.concurrentControls).toBe(67);
  });
});

describe("designs under drift between the historical data and the trial (400 replicates)", () => {
  const drifted = editSpecText(SPEC, [[["trial", "replicates"], 400], [["endpoints", 0, "drift"], { shift: 0.3 }]]);
  const result = runTrial(planFromText(drifted));

  it("the synthetic control loses type I error control", () => {
    const { rate, bound } = typeIError(byId(result.designs, "synthetic"));
    expect(rate).toBeGreaterThan(ALPHA + bound);
    expect(designCharacteristics(byId(result.designs, "synthetic")).nullPrimary?.characteristics.bias).toBeGreaterThan(0.2);
  });

  it.each(["concurrent", "procova"])("%s, with concurrent controls, keeps it", (id) => {
    const { rate, bound } = typeIError(byId(result.designs, id));
    expect(Math.abs(rate - ALPHA)).toBeLessThanOrEqual(bound);
  });
});
