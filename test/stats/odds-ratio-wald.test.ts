import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { oddsRatioWald } from "../../src/stats/odds-ratio-wald.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadModelsBinary, loadStatsTwoByTwo, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-14 (the JSON has 15 significant digits).
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("oddsRatioWald preconditions", () => {
  it("checks the table and the level", () => {
    expect(() => oddsRatioWald({ ...SMALL, totalControl: -3 }, 0.95)).toThrow(
      new RangeError("oddsRatioWald requires totalControl to be a positive integer, got -3"),
    );
    expect(() => oddsRatioWald({ ...SMALL, eventsTreatment: 0.5 }, 0.95)).toThrow(
      new RangeError("oddsRatioWald requires eventsTreatment to be an integer from 0 to totalTreatment (10), got 0.5"),
    );
    expect(() => oddsRatioWald(SMALL, 1.5)).toThrow(
      new RangeError("oddsRatioWald requires a confidence level strictly between 0 and 1, got 1.5"),
    );
  });
});

describe("oddsRatioWald", () => {
  it("doc example: 7/10 vs 2/10 has OR 28/3 and log SE √(1/7 + 1/3 + 1/2 + 1/8) (R 4.2.2: 1.04937623195424)", () => {
    const result = oddsRatioWald(SMALL, 0.95);
    expectRelativeClose(result.estimate, 28 / 3, 1e-15, "estimate");
    expectRelativeClose(result.logStandardError, Math.sqrt(1 / 7 + 1 / 3 + 1 / 2 + 1 / 8), 1e-15, "se closed form");
    expectRelativeClose(result.logStandardError, 1.04937623195424, 1e-14, "se R");
    expectRelativeClose(result.logStandardError, 1.0493762319542388, 1e-15, "doc value");
  });

  it("zero cells: the estimate is 0, Infinity or NaN, the SE Infinity and the inference NaN", () => {
    const cases = [
      [{ eventsTreatment: 0, totalTreatment: 12, eventsControl: 4, totalControl: 11 }, 0],
      [{ eventsTreatment: 12, totalTreatment: 12, eventsControl: 4, totalControl: 11 }, Infinity],
      [{ eventsTreatment: 0, totalTreatment: 12, eventsControl: 0, totalControl: 11 }, Number.NaN],
    ] as const;
    for (const [table, estimate] of cases) {
      const result = oddsRatioWald(table, 0.95);
      expect(result.estimate).toBe(estimate);
      expect(result.logStandardError).toBe(Infinity);
      expect([result.statistic, result.pValue, result.ciLower, result.ciUpper].every(Number.isNaN)).toBe(true);
    }
  });

  propTest.prop([arbitraryTwoByTwo()])("swapping the arms inverts the ratio and its interval and negates z", (table) => {
    const result = oddsRatioWald(table, 0.95);
    const swapped = oddsRatioWald(swapArms(table), 0.95);
    if (!Number.isFinite(result.statistic)) {
      expect(Number.isFinite(swapped.statistic)).toBe(false);
      return;
    }
    expectRelativeClose(swapped.estimate, 1 / result.estimate, 1e-14, "estimate");
    expectRelativeClose(swapped.logStandardError, result.logStandardError, 1e-15, "se");
    // z = log(ratio)/SE: log of a ratio near 1 loses relative accuracy (rounding of the ratio,
    // ~1e-16, against a log as small as 1e-5), so z is compared on the scale max(1, |z|).
    expect(Math.abs(swapped.statistic + result.statistic)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(result.statistic)));
    expectRelativeClose(swapped.ciLower, 1 / result.ciUpper, 1e-12, "lower");
    expectRelativeClose(swapped.ciUpper, 1 / result.ciLower, 1e-12, "upper");
  });
});

describe("oddsRatioWald against R 4.2.2", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s (odds_ratio_sample)", (name, block) => {
    const result = oddsRatioWald(toTwoByTwo(block.inputs), 0.95);
    expectRelativeClose(result.estimate, block.odds_ratio_sample.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.logStandardError, block.odds_ratio_sample.se_log, REFERENCE_TOLERANCE, `${name} se`);
    expectRelativeClose(result.ciLower, block.odds_ratio_sample.ci95_wald_log[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, block.odds_ratio_sample.ci95_wald_log[1], REFERENCE_TOLERANCE, `${name} upper`);
  });

  it.each(Object.entries(loadModelsBinary().binary_extras.two_by_two))("models.json binary_extras.two_by_two.%s", (name, block) => {
    const result = oddsRatioWald(toTwoByTwo(block.inputs), 0.95);
    if (block.odds_ratio === undefined) {
      // hand_made_zero_cell: R gives no interval ("a zero cell: ... undefined").
      expect(result.ciLower).toBeNaN();
      expect(result.ciUpper).toBeNaN();
      return;
    }
    expectRelativeClose(result.estimate, block.odds_ratio.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.logStandardError, block.odds_ratio.se_log, REFERENCE_TOLERANCE, `${name} se`);
    expectRelativeClose(result.ciLower, block.odds_ratio.ci95_wald_log[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, block.odds_ratio.ci95_wald_log[1], REFERENCE_TOLERANCE, `${name} upper`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s (z, p; levels 0.95 and 0.9)", (name, block) => {
    for (const [level, expected] of [[0.95, block.odds_ratio_95], [0.9, block.odds_ratio_90]] as const) {
      const result = oddsRatioWald(toTwoByTwo(block.inputs), level);
      if (expected === undefined) {
        expect(result.pValue).toBeNaN();
        continue;
      }
      expectRelativeClose(result.estimate, expected.estimate, REFERENCE_TOLERANCE, `${name} estimate`);
      expectRelativeClose(result.logStandardError, expected.se_log, REFERENCE_TOLERANCE, `${name} se`);
      expectRelativeClose(result.statistic, expected.z, REFERENCE_TOLERANCE, `${name} z`);
      expectRelativeClose(result.pValue, expected.p_two_sided, REFERENCE_TOLERANCE, `${name} p`);
      expectRelativeClose(result.ciLower, expected.ci[0], REFERENCE_TOLERANCE, `${name} ${level} lower`);
      expectRelativeClose(result.ciUpper, expected.ci[1], REFERENCE_TOLERANCE, `${name} ${level} upper`);
    }
  });
});
