import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../src/stats/kaplan-meier.js";
import { kaplanMeierMedian } from "../../src/stats/kaplan-meier-median.js";
import type { SurvivalTransform } from "../../src/stats/survival-interval-options.js";
import {
  fromR,
  loadSurvivalExtraReference,
  loadSurvivalExtrasReference,
  loadSurvivalReference,
  selectArm,
} from "../helpers/survival-reference.js";

const LOG_95 = { confidenceLevel: 0.95, transform: "log" } as const;

/** Medians and limits are observed times or midpoints of two: compared exactly, NA as NaN. */
function expectMedian(got: { median: number; ciLower: number; ciUpper: number }, expected: readonly (number | null)[], label: string): void {
  expect([got.median, got.ciLower, got.ciUpper], label).toEqual(expected.map(fromR));
}

describe("kaplanMeierMedian", () => {
  it("doc example: S = 0.5 on [2, 3) gives the midpoint 2.5 (R 4.2.2: 2.5, CI 1 to NA)", () => {
    const curve = kaplanMeier({ times: [1, 2, 3, 4], events: [1, 1, 1, 1] });
    expect(kaplanMeierMedian(curve, LOG_95)).toEqual({ median: 2.5, ciLower: 1, ciUpper: Number.NaN });
  });

  it("checks its options", () => {
    const curve = kaplanMeier({ times: [1, 2], events: [1, 1] });
    expect(() => kaplanMeierMedian(curve, { confidenceLevel: 0, transform: "log" })).toThrow(
      new RangeError("kaplanMeierMedian requires a confidence level strictly between 0 and 1, got 0"),
    );
    expect(() => kaplanMeierMedian(curve, { confidenceLevel: 0.95, transform: "logit" as SurvivalTransform })).toThrow(
      new RangeError('kaplanMeierMedian requires transform "log", "log-log" or "plain", got "logit"'),
    );
  });

  it("is NaN throughout without events, and when the curve stays above 0.5", () => {
    const none = kaplanMeierMedian(kaplanMeier({ times: [1, 2, 3], events: [0, 0, 0] }), LOG_95);
    expect([none.median, none.ciLower, none.ciUpper]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    const high = kaplanMeierMedian(kaplanMeier({ times: [1, 2, 3], events: [1, 0, 0] }), LOG_95);
    expect(high.median).toBeNaN();
  });

  it("ends flat at 0.5: halfway between reaching 0.5 and the last observed time (R: 4)", () => {
    const curve = kaplanMeier({ times: [1, 2, 3, 4, 5], events: [0, 1, 1, 0, 0] });
    expect(kaplanMeierMedian(curve, LOG_95).median).toBe(4);
  });

  it("does not depend on the order of the patients", () => {
    const times = [5, 1, 4, 2, 3, 8, 7, 6];
    const events = [0, 1, 1, 1, 0, 1, 1, 0];
    const reversed = kaplanMeierMedian(kaplanMeier({ times: [...times].reverse(), events: [...events].reverse() }), LOG_95);
    expect(reversed).toEqual(kaplanMeierMedian(kaplanMeier({ times, events }), LOG_95));
  });

  it("reproduces R's quantile(survfit, 0.5) on pbc for log, log-log and plain (stats.json → kaplan_meier_median)", () => {
    // R 4.2.2: treatment 3282 (log CI 2583 to NA; log-log and plain 2540 to 4191), control 3428 (3090 to NA; 3090 to 3853).
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    for (const arm of ["treatment", "control"] as const) {
      const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(event, treat, arm) });
      for (const transform of ["log", "log-log", "plain"] as const) {
        const expected = reference.kaplan_meier_median[transform][arm];
        expectMedian(kaplanMeierMedian(curve, { confidenceLevel: 0.95, transform }), [expected.median, ...expected.ci95], `${arm} ${transform}`);
      }
    }
  });

  it("reproduces R's log-log medians on pbc for death and death or transplant (models.json → survival_extras)", () => {
    const extras = loadSurvivalExtrasReference();
    const { time, status, treat } = extras.inputs;
    const endpoints = { death: (s: number) => s === 2, death_or_transplant: (s: number) => s >= 1 };
    for (const [endpoint, isEvent] of Object.entries(endpoints)) {
      const events = status.map((s) => (isEvent(s) ? 1 : 0));
      for (const arm of ["treatment", "control"] as const) {
        const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(events, treat, arm) });
        const expected = extras.kaplan_meier[endpoint as "death"][arm].median;
        const got = kaplanMeierMedian(curve, { confidenceLevel: 0.95, transform: "log-log" });
        expectMedian(got, [expected.estimate, ...expected.ci95_log_log], `${endpoint} ${arm}`);
      }
    }
  });

  it("reproduces R's midpoint rules and NA limits on hand-made curves (survival-extra.json)", () => {
    // Includes a curve flat at 0.5 on [3, 5) (median 4), one at 0.4999999999999999 on [6, 8)
    // that R's tolerance of 1.5e-8 still takes for 0.5 (median 7, not 6), one that ends at 0.5
    // (median 4), one that never reaches 0.5, ties everywhere and all events at one time.
    const transforms = { log: "log", log_log: "log-log", plain: "plain" } as const;
    for (const [name, block] of Object.entries(loadSurvivalExtraReference().kaplan_meier)) {
      const curve = kaplanMeier({ times: block.time, events: block.event });
      for (const [key, transform] of Object.entries(transforms)) {
        const got = kaplanMeierMedian(curve, { confidenceLevel: 0.95, transform });
        expectMedian(got, block[key as keyof typeof transforms].median, `${name} ${transform}`);
      }
    }
  });
});
