import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { riskDifferencePropTest } from "../../src/stats/prop-test.js";
import type { Alternative } from "../../src/stats/test-options.js";

/** test/reference/prop-test.json, made by test/reference/prop-test.R (R 4.2.2 prop.test). */
interface PropTestCase {
  readonly events_treatment: number;
  readonly total_treatment: number;
  readonly events_control: number;
  readonly total_control: number;
  readonly correct: boolean;
  readonly confidence_level: number;
  readonly ci: readonly [number, number];
  readonly statistic: number | "NaN";
  readonly p_two_sided: number | "NaN";
  readonly p_greater: number | "NaN";
  readonly p_less: number | "NaN";
}

const reference = JSON.parse(readFileSync(new URL("../reference/prop-test.json", import.meta.url), "utf8")) as { cases: PropTestCase[] };

function expectClose(actual: number, expected: number | "NaN", relative: number): void {
  if (expected === "NaN") {
    expect(actual).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300) + 1e-15);
}

describe("riskDifferencePropTest", () => {
  it("matches R's prop.test interval, statistic and p values on 144 tables (1e-12 relative)", () => {
    expect(reference.cases).toHaveLength(144);
    for (const c of reference.cases) {
      const table = { eventsTreatment: c.events_treatment, totalTreatment: c.total_treatment, eventsControl: c.events_control, totalControl: c.total_control };
      const at = (alternative: Alternative) => riskDifferencePropTest(table, { confidenceLevel: c.confidence_level, alternative }, c.correct);
      const two = at("two-sided");
      expectClose(two.ciLower, c.ci[0], 1e-12);
      expectClose(two.ciUpper, c.ci[1], 1e-12);
      expectClose(two.statistic ** 2, c.statistic, 1e-12);
      expectClose(two.pValue, c.p_two_sided, 1e-11);
      expectClose(at("greater").pValue, c.p_greater, 1e-11);
      expectClose(at("less").pValue, c.p_less, 1e-11);
    }
  });

  it("gives the doc example", () => {
    expect(riskDifferencePropTest({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, { confidenceLevel: 0.95, alternative: "two-sided" }, false).ciLower).toBeCloseTo(0.122993400103284, 14);
  });

  it("keeps the signed statistic's sign with the risk difference", () => {
    const estimate = riskDifferencePropTest({ eventsTreatment: 2, totalTreatment: 10, eventsControl: 7, totalControl: 10 }, { confidenceLevel: 0.95, alternative: "two-sided" }, true);
    expect(estimate.estimate).toBeCloseTo(-0.5, 15);
    expect(estimate.statistic).toBeLessThan(0);
    expect(estimate.ciLower).toBeGreaterThanOrEqual(-1);
  });

  it("names itself in a bad-input error", () => {
    expect(() => riskDifferencePropTest({ eventsTreatment: 1, totalTreatment: 10, eventsControl: 0, totalControl: 0 }, { confidenceLevel: 0.95, alternative: "two-sided" }, true)).toThrow(/riskDifferencePropTest requires totalControl/);
  });
});
