import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../src/stats/kaplan-meier.js";
import { survivalConfidenceInterval } from "../../src/stats/survival-confidence-interval.js";
import type { SurvivalTransform } from "../../src/stats/survival-interval-options.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import {
  fromR,
  loadSurvivalExtraReference,
  loadSurvivalExtrasReference,
  loadSurvivalReference,
  selectArm,
  type ReferenceInterval,
} from "../helpers/survival-reference.js";

/** Closed form (asked: 1e-8 relative); observed ≤ 2e-15 since the formulas are survfit_confint's. */
const TOLERANCE = 1e-12;
const CURVE = kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] });
const LEVEL_95 = { confidenceLevel: 0.95 };

function expectInterval(got: { lower: number; upper: number }, expected: ReferenceInterval, k: number, label: string): void {
  expectRelativeClose(got.lower, fromR(expected.lower[k]), TOLERANCE, `${label} lower`);
  expectRelativeClose(got.upper, fromR(expected.upper[k]), TOLERANCE, `${label} upper`);
}

describe("survivalConfidenceInterval", () => {
  it("doc example: plain, 0.5 ∓ 1.959963984540054·0.25", () => {
    const { lower, upper } = survivalConfidenceInterval(CURVE, 2, { ...LEVEL_95, transform: "plain" });
    expect([lower, upper]).toEqual([0.010009003864986599, 0.9899909961350134]);
    // 0.5 − 0.49 cancels: 1e-13 allows the last bits of the margin to differ.
    expectRelativeClose(lower, 0.5 - 1.959963984540054 * 0.25, 1e-13, "lower");
    expectRelativeClose(upper, 0.5 + 1.959963984540054 * 0.25, 1e-15, "upper");
  });

  it("checks its options and time", () => {
    expect(() => survivalConfidenceInterval(CURVE, 2, { confidenceLevel: 1, transform: "log" })).toThrow(
      new RangeError("survivalConfidenceInterval requires a confidence level strictly between 0 and 1, got 1"),
    );
    const arcsin = { confidenceLevel: 0.95, transform: "arcsin" as SurvivalTransform };
    expect(() => survivalConfidenceInterval(CURVE, 2, arcsin)).toThrow(
      new RangeError('survivalConfidenceInterval requires transform "log", "log-log" or "plain", got "arcsin"'),
    );
    expect(() => survivalConfidenceInterval(CURVE, Number.NaN, { ...LEVEL_95, transform: "log" })).toThrow(
      new RangeError("survivalAt requires a time that is a number, got NaN"),
    );
  });

  it("is [1, 1] while S = 1, for every transform (R: the same before the first time; NA for log-log after a censoring)", () => {
    const curve = kaplanMeier({ times: [1, 2, 3], events: [0, 1, 1] });
    for (const transform of ["log", "log-log", "plain"] as const) {
      expect(survivalConfidenceInterval(curve, 0.5, { ...LEVEL_95, transform })).toEqual({ lower: 1, upper: 1 });
      expect(survivalConfidenceInterval(curve, 1.5, { ...LEVEL_95, transform })).toEqual({ lower: 1, upper: 1 });
    }
  });

  it("is NaN where S = 0, for every transform (R: NA; Greenwood's error is infinite)", () => {
    for (const transform of ["log", "log-log", "plain"] as const) {
      const { lower, upper } = survivalConfidenceInterval(CURVE, 3, { ...LEVEL_95, transform });
      expect([lower, upper]).toEqual([Number.NaN, Number.NaN]);
    }
  });

  it("widens with the confidence level", () => {
    const narrow = survivalConfidenceInterval(CURVE, 1, { confidenceLevel: 0.5, transform: "log-log" });
    const wide = survivalConfidenceInterval(CURVE, 1, { confidenceLevel: 0.99, transform: "log-log" });
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it("reproduces R's log intervals on pbc (stats.json → kaplan_meier_at_times.ci95_log)", () => {
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    for (const arm of ["treatment", "control"] as const) {
      const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(event, treat, arm) });
      const expected = reference.kaplan_meier_at_times[arm];
      for (const [k, t] of expected.time.entries()) {
        const got = survivalConfidenceInterval(curve, t, { ...LEVEL_95, transform: "log" });
        expectInterval(got, expected.ci95_log, k, `${arm} at ${t}`);
      }
    }
  });

  it("reproduces R's log, log-log and plain intervals on pbc (models.json → survival_extras.kaplan_meier)", () => {
    const extras = loadSurvivalExtrasReference();
    const { time, status, treat } = extras.inputs;
    const endpoints = { death: (s: number) => s === 2, death_or_transplant: (s: number) => s >= 1 };
    for (const [endpoint, isEvent] of Object.entries(endpoints)) {
      const events = status.map((s) => (isEvent(s) ? 1 : 0));
      for (const arm of ["treatment", "control"] as const) {
        const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(events, treat, arm) });
        const expected = extras.kaplan_meier[endpoint as "death"][arm].at_times;
        const bands = { log: expected.ci95_log, "log-log": expected.ci95_log_log, plain: expected.ci95_plain };
        for (const [transform, band] of Object.entries(bands)) {
          for (const [k, t] of expected.time.entries()) {
            const got = survivalConfidenceInterval(curve, t, { ...LEVEL_95, transform: transform as SurvivalTransform });
            expectInterval(got, band, k, `${endpoint} ${arm} ${transform} at ${t}`);
          }
        }
      }
    }
  });

  it("reproduces R on hand-made edge cases (survival-extra.json), NA as NaN, except log-log NA where S = 1", () => {
    const transforms = { log: "log", log_log: "log-log", plain: "plain" } as const;
    for (const [name, block] of Object.entries(loadSurvivalExtraReference().kaplan_meier)) {
      const curve = kaplanMeier({ times: block.time, events: block.event });
      for (const [key, transform] of Object.entries(transforms)) {
        const expected = block[key as keyof typeof transforms];
        for (const [k, t] of block.at.entries()) {
          const got = survivalConfidenceInterval(curve, t, { ...LEVEL_95, transform });
          // Our one deviation: R's NA for log-log at S = 1 after a censoring is [1, 1] here.
          const isDeviation = expected.survival[k] === 1 && expected.lower[k] === null;
          const interval = isDeviation ? { lower: [1], upper: [1] } : { lower: expected.lower.map(fromR), upper: expected.upper.map(fromR) };
          expectInterval(got, interval, isDeviation ? 0 : k, `${name} ${transform} at ${t}`);
        }
      }
    }
  });
});
