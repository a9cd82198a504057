import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { relativeRiskLog } from "../../src/stats/relative-risk-log.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadModelsBinary, loadStatsTwoByTwo, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-14 (the JSON has 15 significant digits).
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("relativeRiskLog preconditions", () => {
  it("checks the table and the level", () => {
    expect(() => relativeRiskLog({ ...SMALL, totalTreatment: 0 }, 0.95)).toThrow(
      new RangeError("relativeRiskLog requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => relativeRiskLog({ ...SMALL, eventsControl: 12 }, 0.95)).toThrow(
      new RangeError("relativeRiskLog requires eventsControl to be an integer from 0 to totalControl (10), got 12"),
    );
    expect(() => relativeRiskLog(SMALL, 0)).toThrow(
      new RangeError("relativeRiskLog requires a confidence level strictly between 0 and 1, got 0"),
    );
  });
});

describe("relativeRiskLog", () => {
  it("doc example: 7/10 vs 2/10 (R 4.2.2 stats.json hand_made_small: 12.8979740335905)", () => {
    const result = relativeRiskLog(SMALL, 0.95);
    expectRelativeClose(result.estimate, 3.5, 1e-15, "estimate");
    expectRelativeClose(result.logStandardError, Math.sqrt(1 / 7 - 1 / 10 + 1 / 2 - 1 / 10), 1e-15, "se");
    expectRelativeClose(result.ciUpper, 12.8979740335905, 1e-14, "upper");
    expectRelativeClose(result.ciUpper, 12.897974033590499, 1e-15, "doc value");
  });

  it("zero cells: the estimate is 0, Infinity or NaN, the SE Infinity and the inference NaN", () => {
    const cases = [
      [{ eventsTreatment: 0, totalTreatment: 12, eventsControl: 4, totalControl: 11 }, 0],
      [{ eventsTreatment: 4, totalTreatment: 12, eventsControl: 0, totalControl: 11 }, Infinity],
      [{ eventsTreatment: 0, totalTreatment: 12, eventsControl: 0, totalControl: 11 }, Number.NaN],
    ] as const;
    for (const [table, estimate] of cases) {
      const result = relativeRiskLog(table, 0.95);
      expect(result.estimate).toBe(estimate);
      expect(result.logStandardError).toBe(Infinity);
      expect([result.statistic, result.pValue, result.ciLower, result.ciUpper].every(Number.isNaN)).toBe(true);
    }
  });

  it("every patient with the event in both arms: RR 1 with SE 0, and NaN inference", () => {
    const result = relativeRiskLog({ eventsTreatment: 5, totalTreatment: 5, eventsControl: 8, totalControl: 8 }, 0.95);
    expect(result.estimate).toBe(1);
    expect(result.logStandardError).toBe(0);
    expect(result.pValue).toBeNaN();
  });

  propTest.prop([arbitraryTwoByTwo()])("swapping the arms inverts the ratio and its interval and negates z", (table) => {
    const result = relativeRiskLog(table, 0.95);
    const swapped = relativeRiskLog(swapArms(table), 0.95);
    if (!Number.isFinite(result.statistic)) {
      expect(Number.isFinite(swapped.statistic)).toBe(false);
      return;
    }
    expectRelativeClose(swapped.estimate, 1 / result.estimate, 1e-14, "estimate");
    expect(swapped.logStandardError).toBe(result.logStandardError);
    // z = log(ratio)/SE: log of a ratio near 1 loses relative accuracy (rounding of the ratio,
    // ~1e-16, against a log as small as 1e-5), so z is compared on the scale max(1, |z|).
    expect(Math.abs(swapped.statistic + result.statistic)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(result.statistic)));
    expectRelativeClose(swapped.ciLower, 1 / result.ciUpper, 1e-12, "lower");
    expectRelativeClose(swapped.ciUpper, 1 / result.ciLower, 1e-12, "upper");
  });
});

describe("relativeRiskLog against R 4.2.2", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s", (name, block) => {
    const result = relativeRiskLog(toTwoByTwo(block.inputs), 0.95);
    expectRelativeClose(result.estimate, block.relative_risk.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.logStandardError, block.relative_risk.se_log, REFERENCE_TOLERANCE, `${name} se`);
    expectRelativeClose(result.ciLower, block.relative_risk.ci95_log[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, block.relative_risk.ci95_log[1], REFERENCE_TOLERANCE, `${name} upper`);
  });

  it.each(Object.entries(loadModelsBinary().binary_extras.two_by_two))("models.json binary_extras.two_by_two.%s", (name, block) => {
    const result = relativeRiskLog(toTwoByTwo(block.inputs), 0.95);
    if (block.relative_risk === undefined) {
      // hand_made_zero_cell: R gives no interval ("a zero cell: ... undefined").
      expect(result.ciLower).toBeNaN();
      expect(result.ciUpper).toBeNaN();
      return;
    }
    expectRelativeClose(result.estimate, block.relative_risk.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.logStandardError, block.relative_risk.se_log, REFERENCE_TOLERANCE, `${name} se`);
    expectRelativeClose(result.ciLower, block.relative_risk.ci95_log[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, block.relative_risk.ci95_log[1], REFERENCE_TOLERANCE, `${name} upper`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s (z and p)", (name, block) => {
    const result = relativeRiskLog(toTwoByTwo(block.inputs), 0.95);
    const expected = block.relative_risk_95;
    if (expected === undefined) {
      expect(result.pValue).toBeNaN();
      return;
    }
    expectRelativeClose(result.estimate, expected.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.logStandardError, expected.se_log, REFERENCE_TOLERANCE, `${name} se`);
    expectRelativeClose(result.statistic, expected.z, REFERENCE_TOLERANCE, `${name} z`);
    expectRelativeClose(result.pValue, expected.p_two_sided, REFERENCE_TOLERANCE, `${name} p`);
    expectRelativeClose(result.ciLower, expected.ci[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, expected.ci[1], REFERENCE_TOLERANCE, `${name} upper`);
  });
});
