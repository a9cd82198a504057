import { describe, expect, it } from "vitest";
import { adjustPValues, testFixedSequence } from "../../src/stats/index.js";
import { runTrial, type EfficacyResult, type TrialResult } from "../../src/trial/index.js";
import { planFromText } from "../helpers/plan.js";

/**
 * Family-wise error of the multiplicity adjustments, simulated (fixed seeds: deterministic).
 * For three independent null endpoints the expected rates are closed forms for independent,
 * exactly uniform p values (Student's t test on normal data under the null), with a tolerance
 * of 3 Monte Carlo SEs √(q(1 − q)/R) of that rate (Morris, White & Crowther 2019): 0.010 at
 * q ≈ 0.05 and 0.017 for "none", so a FWER off by 1–2 percentage points fails. Correlated
 * comparisons and a family with a true alternative are checked against the bounds the
 * procedures guarantee (FWER ≤ alpha), with the same 3 MCSE of slack.
 */
const ALPHA = 0.05;
const METHODS = ["none", "bonferroni", "holm", "hochberg", "fixed-sequence"] as const;
type Method = (typeof METHODS)[number];

function threeMcse(rate: number, replicates: number): number {
  return 3 * Math.sqrt((rate * (1 - rate)) / replicates);
}

/** A continuous endpoint whose change is a normal residual only (no baseline term): N(effect, 1). */
function endpoint(id: string, effect: number): string {
  return `  - id: ${id}
    type: continuous
    baseline_column: albumin
    drug_effect: {model: constant, value: ${effect}}
    residual_sd: 1
`;
}

function specText(options: { id: string; seed: number; replicates: number; arms: readonly string[]; endpoints: string; methods: string; multiplicity: string }): string {
  return `trial:
  id: ${options.id}
  title: "Family-wise error: ${options.id}"
  seed: ${options.seed}
  replicates: ${options.replicates}
  alpha: ${ALPHA}
  duration_days: 28
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    albumin: {type: number, unit: g/dL}
population:
  method: bootstrap
  n_per_arm: 20
arms:
  - {id: placebo, control: true}
${options.arms.map((arm) => `  - id: ${arm}\n    regimen: {route: oral, dose_mg: 1, interval_h: 24}\n`).join("")}endpoints:
${options.endpoints}analysis:
  methods: [${options.methods}]
  multiplicity: ${options.multiplicity}
outputs:
  keep_replicates: 0
`;
}

/**
 * Closed forms of P(at least one rejection) for k = 3 independent U(0, 1) p values at level α.
 * None: 1 − (1 − α)³. Bonferroni, and Holm (whose first step is Bonferroni's test): 1 − (1 − α/3)³.
 * Hochberg rejects something iff p₍ᵢ₎ ≤ α/(4 − i) for some i, so it rejects nothing iff no p is
 * in [0, α/3], at most one in [0, α/2] and at most two in [0, α]: a multinomial sum over the
 * counts (n₂, n₃) in (α/3, α/2] and (α/2, α]. Fixed sequence: only the first p opens the
 * sequence, so α.
 */
function independentFwer(method: Method): number {
  const k = 3;
  if (method === "none") return 1 - (1 - ALPHA) ** k;
  if (method === "bonferroni" || method === "holm") return 1 - (1 - ALPHA / k) ** k;
  if (method === "fixed-sequence") return ALPHA;
  const [q2, q3, q4] = [ALPHA / 2 - ALPHA / 3, ALPHA - ALPHA / 2, 1 - ALPHA];
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  let none = 0;
  for (const [n2, n3] of [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]] as const) {
    const n4 = k - n2 - n3;
    none += (factorial(k) / (factorial(n2) * factorial(n3) * factorial(n4))) * q2 ** n2 * q3 ** n3 * q4 ** n4;
  }
  return 1 - none;
}

/** The efficacy rows of each replicate, in replicate order. */
function byReplicate(result: TrialResult): EfficacyResult[][] {
  const groups: EfficacyResult[][] = [];
  for (const row of result.efficacy) (groups[row.replicate - 1] ??= []).push(row);
  return groups;
}

describe("three independent null endpoints (separate residuals), 20 per arm", () => {
  const replicates = 4000;
  const results = new Map(
    METHODS.map((method) => [
      method,
      runTrial(planFromText(specText({ id: `fwer-${method}`, seed: 515, replicates, arms: ["drug"], endpoints: endpoint("first", 0) + endpoint("second", 0) + endpoint("third", 0), methods: "student", multiplicity: `{method: ${method}}` }))),
    ]),
  );

  it("the closed forms: none is far above alpha, every adjustment at or just below it", () => {
    expect(independentFwer("none")).toBeCloseTo(0.142625, 6);
    expect(independentFwer("bonferroni")).toBeCloseTo(0.0491713, 6);
    expect(independentFwer("hochberg")).toBeCloseTo(0.0494063, 6);
  });

  for (const method of METHODS) {
    it(`${method}: family-wise error within 3 MCSE of its closed form ${independentFwer(method).toFixed(4)} (R = ${replicates})`, () => {
      const family = results.get(method)?.family;
      expect(family?.method).toBe(method);
      expect(family?.hypotheses).toEqual(["first:drug", "second:drug", "third:drug"]);
      expect(family?.nullHypotheses).toEqual(["first:drug", "second:drug", "third:drug"]);
      expect(family?.replicates).toBe(replicates);
      const fwer = family?.familywiseError ?? Number.NaN;
      // Every hypothesis is null: rejecting any of them is a family-wise error.
      expect(family?.anyRejected).toBe(fwer);
      const expected = independentFwer(method);
      expect(Math.abs(fwer - expected)).toBeLessThan(threeMcse(expected, replicates));
      if (method === "none") expect(fwer).toBeGreaterThan(ALPHA + threeMcse(ALPHA, replicates));
      else expect(fwer).toBeLessThan(ALPHA + threeMcse(ALPHA, replicates));
    });
  }

  it("on the same trials, Holm rejects something exactly when Bonferroni does, Hochberg at least as often", () => {
    // Same seed, same data: only the adjustment differs. Holm's first step is Bonferroni's.
    const any = (method: Method) => results.get(method)?.family?.anyRejected ?? Number.NaN;
    expect(any("holm")).toBe(any("bonferroni"));
    expect(any("hochberg")).toBeGreaterThanOrEqual(any("holm"));
    expect(any("none")).toBeGreaterThanOrEqual(any("hochberg"));
  });
});

describe("two drug arms sharing a control, one null endpoint, 20 per arm", () => {
  // The two comparisons share the control mean, so their statistics are positively
  // correlated (about 0.5): no closed form for "none", but it must lie above alpha and at
  // most 1 − (1 − α)² (Šidák's inequality for two-sided tests of jointly normal statistics,
  // which these t statistics follow closely); each bound with 3 MCSE of slack.
  const replicates = 2000;
  const results = new Map(
    METHODS.map((method) => [
      method,
      runTrial(planFromText(specText({ id: `fwer-arms-${method}`, seed: 616, replicates, arms: ["low", "high"], endpoints: endpoint("change", 0), methods: "student", multiplicity: `{method: ${method}}` }))),
    ]),
  );

  for (const method of METHODS) {
    it(`${method}: family-wise error ${method === "none" ? "above alpha and at most 1 − (1 − α)²" : "at most alpha + 3 MCSE"} (R = ${replicates})`, () => {
      const family = results.get(method)?.family;
      expect(family?.nullHypotheses).toEqual(["change:low", "change:high"]);
      const fwer = family?.familywiseError ?? Number.NaN;
      expect(family?.anyRejected).toBe(fwer);
      if (method === "none") {
        expect(fwer).toBeGreaterThan(ALPHA + threeMcse(ALPHA, replicates));
        const independent = 1 - (1 - ALPHA) ** 2;
        expect(fwer).toBeLessThan(independent + threeMcse(independent, replicates));
      } else {
        expect(fwer).toBeLessThan(ALPHA + threeMcse(ALPHA, replicates));
      }
    });
  }
});

describe("one true alternative and one null hypothesis", () => {
  // "effect": drug − placebo = 0.8 SD (Student's power about 0.69 at 20 per arm);
  // "no_effect": none. Student's test is primary (in the family), Welch's is secondary.
  const replicates = 2000;
  const adjusted = ["bonferroni", "holm", "hochberg", "fixed-sequence"] as const;
  const results = new Map(
    adjusted.map((method) => [
      method,
      runTrial(planFromText(specText({ id: `fwer-mixed-${method}`, seed: 717, replicates, arms: ["drug"], endpoints: endpoint("effect", 0.8) + endpoint("no_effect", 0), methods: "student, welch", multiplicity: `{method: ${method}, hypotheses: ["effect:drug", "no_effect:drug"]}` }))),
    ]),
  );

  for (const method of adjusted) {
    it(`${method}: the family-wise error counts only the null hypothesis and stays at most alpha + 3 MCSE`, () => {
      const result = results.get(method) as TrialResult;
      const family = result.family;
      expect(family?.nullHypotheses).toEqual(["no_effect:drug"]);
      const rows = byReplicate(result);
      expect(rows).toHaveLength(replicates);
      const share = (predicate: (replicate: EfficacyResult[]) => boolean) => rows.filter(predicate).length / replicates;
      const rejects = (replicate: EfficacyResult[], endpointId: string) => replicate.some((row) => row.primary && row.endpoint === endpointId && row.rejected);
      expect(family?.familywiseError).toBe(share((replicate) => rejects(replicate, "no_effect")));
      expect(family?.anyRejected).toBe(share((replicate) => rejects(replicate, "no_effect") || rejects(replicate, "effect")));
      expect(family?.allRejected).toBe(share((replicate) => rejects(replicate, "no_effect") && rejects(replicate, "effect")));
      // The true alternative is rejected often (power ≥ 0.58 even at α/2: noncentral t,
      // d = 0.8, 20 per arm), the null one rarely, so counting the alternative as an error
      // would push the FWER far above this margin.
      expect(family?.anyRejected).toBeGreaterThan((family?.familywiseError ?? 1) + 0.3);
      expect(family?.familywiseError).toBeLessThan(ALPHA + threeMcse(ALPHA, replicates));
    });

    it(`${method}: each replicate's adjusted p values are those of src/stats, and rejected means p_adjusted ≤ alpha in the family, p ≤ alpha outside`, () => {
      const result = results.get(method) as TrialResult;
      for (const replicate of byReplicate(result)) {
        const members = ["effect", "no_effect"].map((id) => replicate.find((row) => row.primary && row.endpoint === id) as EfficacyResult);
        expect(members.map((row) => row.method)).toEqual(["student", "student"]);
        const p = members.map((row) => row.estimate.pValue);
        const expected = method === "fixed-sequence" ? testFixedSequence(p, ALPHA).adjustedPValues : adjustPValues(p, method);
        expect(members.map((row) => row.pAdjusted)).toEqual(expected);
        for (const row of members) expect(row.rejected).toBe(row.pAdjusted <= ALPHA);
        const others = replicate.filter((row) => !members.includes(row));
        expect(others.map((row) => row.method)).toEqual(["welch", "welch"]);
        for (const row of others) {
          expect(row.pAdjusted).toBeNaN();
          expect(row.rejected).toBe(row.estimate.pValue <= ALPHA);
        }
      }
    });
  }

  it("the secondary (unadjusted) analyses are labelled so, the primary ones carry the family's method", () => {
    const summary = results.get("holm")?.summary ?? [];
    expect(summary.map((entry) => [entry.endpoint, entry.method, entry.adjustment, entry.isNull])).toEqual([
      ["effect", "student", "holm", false],
      ["effect", "welch", "none", false],
      ["no_effect", "student", "holm", true],
      ["no_effect", "welch", "none", true],
    ]);
  });
});
