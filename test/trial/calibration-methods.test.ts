import { describe, expect, it } from "vitest";
import { runSummaryJson } from "../../src/cli/run-summary.js";
import type { AnalysisMethod } from "../../src/spec/schema.js";
import { runTrial, type TrialResult } from "../../src/trial/index.js";
import { planFromText } from "../helpers/plan.js";

/**
 * Calibration of every analysis method under the null: with a constant drug effect of 0 each
 * treated patient's outcome equals its twin's, so every replicate's true effect is exactly 0,
 * the rejection rate is a type I error and should be alpha = 0.05, and the 95% CIs should
 * contain 0 in 95% of the trials. Expected values are the nominal levels; the tolerance is
 * 3 Monte Carlo SEs of the nominal rate, MCSE = √(α(1 − α)/R) (Morris, White & Crowther 2019,
 * Table 6), which a real miscalibration of a few percentage points fails. Each design is a
 * deterministic run with a fixed seed, so the numbers (and the verdicts) never change.
 *
 * Designs are chosen where the asymptotic methods are expected to hold: 100 patients per arm,
 * event probabilities 0.3–0.5, about 80 events per time-to-event trial, count means ~1.5.
 */
const ALPHA = 0.05;
const LEVEL = 0.95;

/** 3 MCSE of a rate whose true value is `rate`, over `replicates` trials. */
function threeMcse(rate: number, replicates: number): number {
  return 3 * Math.sqrt((rate * (1 - rate)) / replicates);
}

/** A two-arm spec (placebo vs drug, 100 per arm unless told) on the PBC baseline cohort. */
function specText(options: { id: string; seed: number; replicates: number; nPerArm?: number; body: string }): string {
  return `trial:
  id: ${options.id}
  title: "Calibration under the null: ${options.id}"
  seed: ${options.seed}
  replicates: ${options.replicates}
  alpha: ${ALPHA}
  duration_days: 365
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    age: {type: number, unit: years}
    sex: {type: category}
    albumin: {type: number, unit: g/dL}
population:
  method: bootstrap
  n_per_arm: ${options.nPerArm ?? 100}
arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 1, interval_h: 24}   # no pk section: only marks the arm as treated
outputs:
  keep_replicates: 0
${options.body}`;
}

function run(options: Parameters<typeof specText>[0]): TrialResult {
  return runTrial(planFromText(specText(options)));
}

/**
 * The checks of one method: no failed analysis, a truth of exactly 0 in every replicate (so the
 * rate is labelled a type I error), that label's rate equal to the share of p ≤ alpha recounted
 * from the raw p values, and the rejection rate and coverage within 3 MCSE of alpha and the
 * nominal level — or, for a conservative method, at most alpha + 3 MCSE and at least the level
 * − 3 MCSE.
 */
function expectCalibrated(result: TrialResult, endpoint: string, method: AnalysisMethod, kind: "asymptotic" | "conservative" = "asymptotic"): void {
  const replicates = result.plan.spec.trial.replicates;
  const summary = result.summary.find((entry) => entry.endpoint === endpoint && entry.method === method);
  const c = summary?.characteristics;
  expect(c?.replicates).toBe(replicates);
  expect(c?.failedAnalyses).toBe(0);
  expect(summary?.isNull).toBe(true);
  expect(c?.meanTrueEffect).toBe(0);

  const rows = result.efficacy.filter((row) => row.endpoint === endpoint && row.method === method);
  expect(rows).toHaveLength(replicates);
  const recounted = rows.filter((row) => row.estimate.pValue <= ALPHA).length / replicates;
  const recountedCoverage = rows.filter((row) => row.estimate.ciLower <= 0 && 0 <= row.estimate.ciUpper).length / replicates;
  const labelled = (runSummaryJson(result, "out") as { summary: { endpoint: string; method: string; quantity: string; rejection_rate: number }[] }).summary.find((entry) => entry.endpoint === endpoint && entry.method === method);
  expect(labelled?.quantity).toBe("type_i_error");
  expect(labelled?.rejection_rate).toBe(recounted);
  expect(c?.rejectionRate).toBe(recounted);
  expect(c?.coverage).toBe(recountedCoverage);

  const rate = c?.rejectionRate ?? Number.NaN;
  const coverage = c?.coverage ?? Number.NaN;
  const tolerance = threeMcse(ALPHA, replicates);
  if (kind === "asymptotic") {
    expect(Math.abs(rate - ALPHA)).toBeLessThan(tolerance);
    expect(Math.abs(coverage - LEVEL)).toBeLessThan(tolerance);
  } else {
    expect(rate).toBeLessThan(ALPHA + tolerance);
    expect(coverage).toBeGreaterThan(LEVEL - tolerance);
  }
}

describe("continuous methods under the null", () => {
  // 30 per arm: the t tests are exact for normal data and the change here is a normal
  // residual plus a small baseline term (regression to the mean), which ANCOVA removes.
  const result = run({
    id: "calibration-continuous",
    seed: 101,
    replicates: 4000,
    nPerArm: 30,
    body: `endpoints:
  - id: change
    type: continuous
    baseline_column: albumin
    baseline_slope: -0.3
    baseline_centre: 3.5
    drug_effect: {model: constant, value: 0}
    residual_sd: 0.3
    methods: [student, welch, ancova]
`,
  });

  for (const method of ["student", "welch", "ancova"] as const) {
    it(`${method}: type I error within 3 MCSE of 0.05, coverage within 3 MCSE of 0.95 (R = 4,000, MCSE 0.0034)`, () => {
      expectCalibrated(result, "change", method);
    });
  }
});

describe("binary methods under the null", () => {
  // Logistic model: log-odds −0.6 − (albumin − 3.5), a risk of about 0.36 that varies
  // between patients; the logistic analysis adjusts for albumin, the true covariate.
  const result = run({
    id: "calibration-binary",
    seed: 202,
    replicates: 4000,
    body: `endpoints:
  - id: response
    type: binary
    logistic: {intercept: -0.6}
    covariates:
      - {column: albumin, coefficient: -1, reference: 3.5}
    drug_effect: {model: constant, value: 0}
    methods: [risk-difference, newcombe, chi-square, chi-square-yates, fisher, odds-ratio, relative-risk, logistic]
analysis:
  adjustment_covariates: [albumin]
`,
  });

  for (const method of ["risk-difference", "newcombe", "chi-square", "odds-ratio", "relative-risk", "logistic"] as const) {
    it(`${method}: type I error within 3 MCSE of 0.05, coverage within 3 MCSE of 0.95 (R = 4,000, MCSE 0.0034)`, () => {
      expectCalibrated(result, "response", method);
    });
  }

  // Fisher's exact test and its conditional exact CI guarantee size ≤ alpha and coverage
  // ≥ the level (the discreteness makes both strictly conservative); Yates's continuity
  // correction shrinks the chi-square statistic and widens the interval, which makes it
  // conservative too. Only the one-sided bounds are theirs.
  for (const method of ["chi-square-yates", "fisher"] as const) {
    it(`${method}: type I error at most 0.05 + 3 MCSE and coverage at least 0.95 − 3 MCSE (conservative by construction)`, () => {
      expectCalibrated(result, "response", method, "conservative");
    });
  }

  it("Yates's correction never rejects where the uncorrected chi-square test does not", () => {
    // |O − E| − 1/2 ≤ |O − E|: the corrected p value is never the smaller, trial by trial.
    const p = (method: string) => result.efficacy.filter((row) => row.method === method).map((row) => row.estimate.pValue);
    const corrected = p("chi-square-yates");
    p("chi-square").forEach((value, index) => expect(corrected[index]).toBeGreaterThanOrEqual(value));
  });
});

/** An exponential or Weibull time-to-event endpoint, 200 patients accrued at 20 a month and analysed on day 730. */
function timeToEventBody(hazard: string, analysis: string): string {
  return `enrolment:
  periods:
    - {patients_per_month: 20}           # 200 patients in about 10 months
endpoints:
  - id: event
    type: time-to-event
    baseline_hazard: ${hazard}
    covariates:
      - {column: albumin, coefficient: -1, reference: 3.5}
    drug_effect: {model: constant, value: 0}
    methods: [logrank, cox]
analysis:
  cutoff: {day: 730}                      # administrative censoring only: no dropout
${analysis}`;
}

describe("time-to-event methods under the null", () => {
  // About 40% of patients have the event before the cutoff (~80 events per trial), so the
  // log-rank and Cox Wald tests are in their large-sample regime.
  const adjusted = run({ id: "calibration-survival", seed: 303, replicates: 2000, body: timeToEventBody("{model: exponential, median_days: 800}", "  adjustment_covariates: [albumin]\n") });
  const stratified = run({ id: "calibration-survival-strata", seed: 304, replicates: 2000, body: timeToEventBody("{model: weibull, median_days: 800, shape: 1.5}", "  adjustment_covariates: [albumin]\n  strata: [sex]\n") });

  it("the analyses see administrative censoring with event rates between 0.3 and 0.5", () => {
    for (const result of [adjusted, stratified]) {
      const events = result.summary[0]?.meanEvents ?? Number.NaN;
      expect(events / 200).toBeGreaterThan(0.3);
      expect(events / 200).toBeLessThan(0.5);
    }
  });

  for (const method of ["logrank", "cox"] as const) {
    it(`${method} (Cox adjusted for albumin): type I error and coverage within 3 MCSE (R = 2,000, MCSE 0.0049)`, () => {
      expectCalibrated(adjusted, "event", method);
    });
    it(`${method} stratified by sex (Weibull hazard): type I error and coverage within 3 MCSE (R = 2,000, MCSE 0.0049)`, () => {
      expectCalibrated(stratified, "event", method);
    });
  }
});

describe("count methods under the null", () => {
  // One year on study; rate 1.5 a year for the reference patient, so ~300 events per trial.
  const poisson = run({
    id: "calibration-poisson",
    seed: 404,
    replicates: 2000,
    body: `endpoints:
  - id: exacerbations
    type: count
    count_model: poisson
    rate_per_year: 1.5
    covariates:
      - {column: albumin, coefficient: -0.5, reference: 3.5}
    drug_effect: {model: constant, value: 0}
    methods: [poisson]
analysis:
  adjustment_covariates: [albumin]
`,
  });
  // Negative binomial data (θ = 1.5: Var = μ + μ²/1.5), analysed by the NB model. Its fit is
  // the costliest here (~4 ms), hence fewer replicates.
  const negativeBinomial = run({
    id: "calibration-negative-binomial",
    seed: 405,
    replicates: 1000,
    body: `endpoints:
  - id: exacerbations
    type: count
    count_model: negative-binomial
    rate_per_year: 1.5
    dispersion: 1.5
    drug_effect: {model: constant, value: 0}
    methods: [negative-binomial]
`,
  });

  it("poisson on Poisson data (adjusted for albumin): type I error and coverage within 3 MCSE (R = 2,000, MCSE 0.0049)", () => {
    expectCalibrated(poisson, "exacerbations", "poisson");
  });

  it("negative-binomial on NB data: type I error and coverage within 3 MCSE (R = 1,000, MCSE 0.0069)", () => {
    expectCalibrated(negativeBinomial, "exacerbations", "negative-binomial");
  });
});
