import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/index.js";
import { analyseEfficacy, simulateReplicate, type EfficacyResult } from "../../src/trial/index.js";
import { planFromText } from "../helpers/plan.js";

/**
 * The true effect of each measure under an alternative, against closed forms: where the
 * model the spec simulates and the analysis fits coincide, the truth is the spec's own drug
 * effect (exactly, or within the Monte Carlo noise of the time-to-event draws).
 */
function specText(body: string, extra = ""): string {
  return `trial: {id: truth, title: truth, seed: 11, replicates: 1, duration_days: 365}
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    age: {type: number}
    albumin: {type: number}
    sex: {type: category}
population: {method: bootstrap, n_per_arm: 150}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
outputs: {keep_replicates: 0}
${body}${extra}`;
}

function resultsOf(text: string, replicate = 1): EfficacyResult[] {
  const plan = planFromText(text);
  return analyseEfficacy(plan, simulateReplicate(plan, replicate));
}

function truthOf(results: readonly EfficacyResult[], method: string): number {
  const row = results.find((result) => result.method === method);
  if (row === undefined) throw new Error(`no ${method} row`);
  return row.trueEffect;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

describe("binary endpoints", () => {
  it("a logistic model without covariates: p₁ − p₀, the log odds ratio d and log(p₁/p₀) exactly", () => {
    const results = resultsOf(specText(`endpoints:
  - {id: e, type: binary, logistic: {intercept: -1}, drug_effect: {model: constant, value: 0.7}, methods: [risk-difference, odds-ratio, relative-risk, logistic, fisher]}
`));
    const [p1, p0] = [logistic(-0.3), logistic(-1)];
    expect(truthOf(results, "risk-difference")).toBeCloseTo(p1 - p0, 14);
    expect(truthOf(results, "odds-ratio")).toBeCloseTo(0.7, 13);
    expect(truthOf(results, "fisher")).toBeCloseTo(0.7, 13);
    expect(truthOf(results, "relative-risk")).toBeCloseTo(Math.log(p1 / p0), 13);
    expect(truthOf(results, "logistic")).toBeCloseTo(0.7, 10);
  });

  it("with a prognostic covariate: the adjusted logistic truth is d, the marginal odds ratio is closer to 0", () => {
    const results = resultsOf(specText(`endpoints:
  - id: e
    type: binary
    logistic: {intercept: -0.5}
    covariates: [{column: age, coefficient: 0.12, reference: 50}]
    drug_effect: {model: constant, value: 1}
    methods: [logistic, odds-ratio]
`, "analysis: {adjustment_covariates: [age]}\n"));
    // The analysis model is the simulated one: its coefficient on the probabilities is exact.
    expect(truthOf(results, "logistic")).toBeCloseTo(1, 9);
    // Non-collapsibility: the marginal log odds ratio is attenuated (strictly between 0 and d).
    const marginal = truthOf(results, "odds-ratio");
    expect(marginal).toBeGreaterThan(0.5);
    expect(marginal).toBeLessThan(0.97);
  });

  it("a responder endpoint: Φ((μ − threshold)/σ) on drug and under control", () => {
    const results = resultsOf(specText(`endpoints:
  - {id: c, type: continuous, baseline_column: albumin, placebo_response: 0.1, drug_effect: {model: constant, value: 0.3}, residual_sd: 0.4}
  - {id: r, type: binary, responder: {endpoint: c, threshold: 0.25, direction: above}, methods: [newcombe, relative-risk]}
`));
    const [p1, p0] = [normalCdf((0.4 - 0.25) / 0.4), normalCdf((0.1 - 0.25) / 0.4)];
    const rows = results.filter((result) => result.endpoint === "r");
    expect(rows.find((row) => row.method === "newcombe")?.trueEffect).toBeCloseTo(p1 - p0, 14);
    expect(rows.find((row) => row.method === "relative-risk")?.trueEffect).toBeCloseTo(Math.log(p1 / p0), 13);
  });
});

describe("count endpoints", () => {
  it("a constant effect on the log rate is the truth, with or without adjustment (collapsible)", () => {
    const results = resultsOf(specText(`endpoints:
  - id: n
    type: count
    count_model: negative-binomial
    rate_per_year: 1.5
    dispersion: 1.2
    covariates: [{column: age, coefficient: 0.03, reference: 50}]
    drug_effect: {model: constant, value: -0.4}
    methods: [negative-binomial, poisson]
`, "analysis: {adjustment_covariates: [albumin]}\n"));
    expect(truthOf(results, "negative-binomial")).toBeCloseTo(-0.4, 13);
    expect(truthOf(results, "poisson")).toBeCloseTo(-0.4, 13);
  });
});

describe("time-to-event endpoints", () => {
  /** A correctly specified Cox model's estimand is d; the truth's own noise (≥ 2000 stratified pairs) is below 0.01. */
  it("proportional hazards with the prognostic covariates adjusted for: the truth is the log hazard ratio d", () => {
    const text = specText(`endpoints:
  - id: t
    type: time-to-event
    baseline_hazard: {model: weibull, median_days: 500, shape: 1.3}
    covariates: [{column: age, coefficient: 0.04, reference: 50}]
    drug_effect: {model: constant, value: -0.5}
    methods: [cox, logrank]
`, "analysis: {adjustment_covariates: [age], cutoff: {day: 700}}\n");
    const truths = [1, 2, 3, 4, 5].map((replicate) => resultsOf(text, replicate));
    const cox = truths.map((results) => truthOf(results, "cox"));
    // Each within 0.04 (4 SD of the truth's noise) of d, and their mean within 0.02 (bias ~0.002 + noise/√5).
    for (const value of cox) expect(Math.abs(value + 0.5)).toBeLessThan(0.04);
    expect(Math.abs(cox.reduce((sum, value) => sum + value, 0) / cox.length + 0.5)).toBeLessThan(0.02);
    // Unadjusted (log-rank's hazard ratio): the marginal ratio, attenuated towards 0.
    const marginal = truths.map((results) => truthOf(results, "logrank"));
    for (const value of marginal) expect(value).toBeGreaterThan(-0.5);
  });

  it("is exactly 0 without a drug effect", () => {
    const results = resultsOf(specText(`endpoints:
  - {id: t, type: time-to-event, baseline_hazard: {model: exponential, median_days: 400}, drug_effect: {model: constant, value: 0}}
`));
    expect(results.map((result) => result.trueEffect)).toEqual([0, 0]);
  });
});
