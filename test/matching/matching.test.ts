import { readFileSync } from "node:fs";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { matchNearestNeighbour, propensityLogits, standardizedDifference, whitenRows } from "../../src/matching/index.js";
import { matchControls } from "../../src/trial/design-matching.js";
import type { Design } from "../../src/spec/schema.js";

/** test/reference/matching.R on pbc: D-penicillamine patients as "trial", placebo as "historical". */
interface MatchingReference {
  trial_rows: number[][];
  historical_rows: number[][];
  coefficients: number[];
  logits_trial: number[];
  logits_historical: number[];
  mahalanobis_pairs: number[][];
  mahalanobis: number[];
  caliper: number;
  matched: number[];
  smd_before: number[];
  smd_after: number[];
}

const reference = JSON.parse(readFileSync(new URL("../reference/matching.json", import.meta.url), "utf8")) as MatchingReference;
// R's glm converges to about 1e-10 in the coefficients (epsilon 1e-8 on the deviance); ours to 1e-14.
const GLM_TOLERANCE = 1e-7;

describe("propensityLogits against R glm(trial ~ x, binomial) and predict(type = 'link')", () => {
  it("gives R's linear predictors for every trial and historical patient", () => {
    const logits = propensityLogits(reference.trial_rows, reference.historical_rows);
    reference.logits_trial.forEach((value, index) => expect(logits.trial[index]).toBeCloseTo(value, 7));
    reference.logits_historical.forEach((value, index) => expect(Math.abs((logits.historical[index] as number) - value)).toBeLessThan(GLM_TOLERANCE));
  });
});

describe("whitenRows against stats::mahalanobis with the pooled covariance", () => {
  it("Euclidean distances of whitened rows are Mahalanobis distances", () => {
    const white = whitenRows([...reference.trial_rows, ...reference.historical_rows]);
    const offset = reference.trial_rows.length;
    reference.mahalanobis_pairs.forEach(([t, h], index) => {
      const a = white[t as number] as number[];
      const b = white[offset + (h as number)] as number[];
      const distance = Math.sqrt(a.reduce((sum, value, k) => sum + (value - (b[k] as number)) ** 2, 0));
      expect(Math.abs(distance - (reference.mahalanobis[index] as number))).toBeLessThan(1e-12);
    });
  });

  it("refuses a constant covariate", () => {
    expect(() => whitenRows([[1, 2], [1, 3], [1, 4]])).toThrow("whitenRows requires a positive-definite covariance of the matching covariates");
  });
});

describe("matchNearestNeighbour", () => {
  it("takes the closest free control, in the given order", () => {
    const treated = [0, 1, 10];
    const controls = [0.9, 0.1, 9, 20];
    const distance = (t: number, c: number) => Math.abs((treated[t] as number) - (controls[c] as number));
    expect(Array.from(matchNearestNeighbour({ treatedCount: 3, controlCount: 4, distance, order: [0, 1, 2] }))).toEqual([1, 0, 2]);
    // Treated 1 first: it takes control 0 (0.9), so treated 0 gets control 1.
    expect(Array.from(matchNearestNeighbour({ treatedCount: 3, controlCount: 4, distance, order: [1, 0, 2] }))).toEqual([1, 0, 2]);
    // A caliper of 0.5 leaves treated 2 (nearest free control at distance 1) unmatched.
    expect(Array.from(matchNearestNeighbour({ treatedCount: 3, controlCount: 4, distance, order: [0, 1, 2], caliper: 0.5 }))).toEqual([1, 0, -1]);
  });

  propTest.prop([fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.double({ min: 0.01, max: 3, noNaN: true })])(
    "never reuses a control, respects the caliper, and each match is the nearest control still free at its turn",
    (treated, controls, caliper) => {
      const distance = (t: number, c: number) => Math.abs((treated[t] as number) - (controls[c] as number));
      const order = Array.from(treated.keys());
      const matched = matchNearestNeighbour({ treatedCount: treated.length, controlCount: controls.length, distance, order, caliper });
      const used = Array.from(matched).filter((c) => c >= 0);
      expect(new Set(used).size).toBe(used.length);
      const taken = new Set<number>();
      for (const t of order) {
        const free = Array.from(controls.keys()).filter((c) => !taken.has(c));
        const nearest = Math.min(...free.map((c) => distance(t, c)));
        const c = matched[t] as number;
        if (c < 0) expect(free.length === 0 || nearest > caliper).toBe(true);
        else {
          expect(distance(t, c)).toBe(nearest);
          expect(distance(t, c)).toBeLessThanOrEqual(caliper);
          taken.add(c);
        }
      }
    },
  );
});

describe("standardizedDifference", () => {
  it("is (mean1 − mean0) / √((s1² + s0²)/2) with the scale's SDs", () => {
    expect(standardizedDifference([2, 4], [1, 3], { treated: [2, 4], control: [1, 3] })).toBeCloseTo(1 / Math.sqrt(2), 15);
    expect(standardizedDifference([2, 4], [1, 3], { treated: [0, 4], control: [1, 3] })).toBeCloseTo(1 / Math.sqrt(5), 15);
  });
});

describe("matchControls on pbc against the greedy matching written out in R", () => {
  const design: Design = { id: "external", kind: "external-control", n_treated: 158, prognostic_score: false, matching: { method: "propensity", caliper_sd: 0.2 } };

  it("matches the same pairs as R (largest propensity first, caliper 0.2 pooled SD of the logit)", () => {
    const match = matchControls(design, reference.trial_rows, reference.historical_rows);
    const expected = reference.matched.flatMap((h, t) => (h >= 0 ? [[t, h]] : []));
    expect(Array.from(match.trial, (t, index) => [t, match.historical[index]])).toEqual(expected);
    expect(match.fellBack).toBe(false);
  });

  it("reports R's standardized differences before and after matching", () => {
    const match = matchControls(design, reference.trial_rows, reference.historical_rows);
    match.smdBefore.forEach((value, index) => expect(Math.abs(value - (reference.smd_before[index] as number))).toBeLessThan(1e-12));
    match.smdAfter.forEach((value, index) => expect(Math.abs(value - (reference.smd_after[index] as number))).toBeLessThan(1e-12));
  });

  it("by Mahalanobis distance, every trial patient finds a control when there are enough", () => {
    const match = matchControls({ ...design, matching: { method: "mahalanobis" } }, reference.trial_rows.slice(0, 100), reference.historical_rows);
    expect(match.trial.length).toBe(100);
    expect(new Set(match.historical).size).toBe(100);
  });
});
