import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../src/stats/kaplan-meier.js";
import { survivalAt } from "../../src/stats/survival-at.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import {
  fromR,
  loadSurvivalExtraReference,
  loadSurvivalExtrasReference,
  loadSurvivalReference,
  selectArm,
} from "../helpers/survival-reference.js";

/**
 * Closed-form quantities: asked to 1e-8 relative; we use the same operations as survfitkm.c and
 * observe at most ~2e-15, so 1e-12 still leaves room for summation-order rounding.
 */
const TOLERANCE = 1e-12;

const CURVE = kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] });

describe("survivalAt", () => {
  it("doc example: the step at or before t, Greenwood errors, and those with time ≥ t at risk", () => {
    expect(survivalAt(CURVE, 2.5)).toEqual({ survival: 0.5, standardError: 0.25, logStandardError: 0.5, atRisk: 1 });
  });

  it("requires a time that is a number", () => {
    expect(() => survivalAt(CURVE, Number.NaN)).toThrow(new RangeError("survivalAt requires a time that is a number, got NaN"));
  });

  it("is 1 with zero error before the first time, everyone at risk", () => {
    expect(survivalAt(CURVE, 0.5)).toEqual({ survival: 1, standardError: 0, logStandardError: 0, atRisk: 4 });
    expect(survivalAt(CURVE, -Infinity)).toEqual({ survival: 1, standardError: 0, logStandardError: 0, atRisk: 4 });
  });

  it("counts those tied at t as at risk at t", () => {
    expect(survivalAt(CURVE, 2).atRisk).toBe(3);
    expect(survivalAt(CURVE, 1).survival).toBe(0.75);
  });

  it("after everyone at risk died: S = 0, infinite log error, NaN error of S (R: NaN), nobody at risk after", () => {
    const last = survivalAt(CURVE, 3);
    expect([last.survival, last.logStandardError, last.atRisk]).toEqual([0, Infinity, 1]);
    expect(last.standardError).toBeNaN();
    expect(survivalAt(CURVE, Infinity).atRisk).toBe(0);
  });

  it("reproduces R's summary(survfit, times, extend = TRUE) on pbc (stats.json → kaplan_meier_at_times)", () => {
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    for (const arm of ["treatment", "control"] as const) {
      const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(event, treat, arm) });
      const expected = reference.kaplan_meier_at_times[arm];
      for (const [k, t] of expected.time.entries()) {
        const got = survivalAt(curve, t);
        expect(got.atRisk, `${arm} n.risk at ${t}`).toBe(expected.n_risk[k]);
        expectRelativeClose(got.survival, fromR(expected.survival[k]), TOLERANCE, `${arm} S(${t})`);
        expectRelativeClose(got.standardError, fromR(expected.se_greenwood[k]), TOLERANCE, `${arm} SE(${t})`);
      }
    }
  });

  it("reproduces R on pbc for death and death or transplant (models.json → survival_extras.kaplan_meier)", () => {
    const extras = loadSurvivalExtrasReference();
    const { time, status, treat } = extras.inputs;
    const endpoints = { death: (s: number) => s === 2, death_or_transplant: (s: number) => s >= 1 };
    for (const [endpoint, isEvent] of Object.entries(endpoints)) {
      const events = status.map((s) => (isEvent(s) ? 1 : 0));
      for (const arm of ["treatment", "control"] as const) {
        const curve = kaplanMeier({ times: selectArm(time, treat, arm), events: selectArm(events, treat, arm) });
        const expected = extras.kaplan_meier[endpoint as "death"][arm].at_times;
        for (const [k, t] of expected.time.entries()) {
          const got = survivalAt(curve, t);
          const label = `${endpoint} ${arm} at ${t}`;
          expect(got.atRisk, label).toBe(expected.n_risk[k]);
          expectRelativeClose(got.survival, fromR(expected.survival[k]), TOLERANCE, `${label} S`);
          expectRelativeClose(got.standardError, fromR(expected.se_survival_greenwood[k]), TOLERANCE, `${label} SE`);
          expectRelativeClose(got.logStandardError, fromR(expected.se_log_survival[k]), TOLERANCE, `${label} SE log`);
        }
      }
    }
  });

  it("reproduces R on hand-made edge cases: ties everywhere, all events at one time (survival-extra.json)", () => {
    for (const [name, block] of Object.entries(loadSurvivalExtraReference().kaplan_meier)) {
      const curve = kaplanMeier({ times: block.time, events: block.event });
      for (const [k, t] of block.at.entries()) {
        const got = survivalAt(curve, t);
        const label = `${name} at ${t}`;
        expect(got.atRisk, label).toBe(block.log.n_risk[k]);
        expectRelativeClose(got.survival, fromR(block.log.survival[k]), TOLERANCE, `${label} S`);
        expectRelativeClose(got.standardError, fromR(block.log.se_survival[k]), TOLERANCE, `${label} SE`);
        const seLog = block.se_log_infinite[k] === true ? Infinity : fromR(block.se_log[k]);
        expectRelativeClose(got.logStandardError, seLog, TOLERANCE, `${label} SE log`);
      }
    }
  });
});
