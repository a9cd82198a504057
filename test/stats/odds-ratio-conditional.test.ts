import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { oddsRatioConditional } from "../../src/stats/odds-ratio-conditional.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadStatsTwoByTwo, readNumber, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/**
 * 1e-8 relative, as asked, against fisher_precise (R's equations solved with uniroot(tol =
 * 1e-13) on log ψ); observed below 1e-13. R's fisher.test values themselves are only good to
 * ~1e-4 (its uniroot stops early), hence the looser check against them.
 */
const REFERENCE_TOLERANCE = 1e-8;
const FISHER_TEST_TOLERANCE = 1e-3;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("oddsRatioConditional preconditions", () => {
  it("checks the table and the level", () => {
    expect(() => oddsRatioConditional({ ...SMALL, totalTreatment: 0 }, 0.95)).toThrow(
      new RangeError("oddsRatioConditional requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => oddsRatioConditional({ ...SMALL, eventsControl: 9, totalControl: 8 }, 0.95)).toThrow(
      new RangeError("oddsRatioConditional requires eventsControl to be an integer from 0 to totalControl (8), got 9"),
    );
    expect(() => oddsRatioConditional(SMALL, 0)).toThrow(
      new RangeError("oddsRatioConditional requires a confidence level strictly between 0 and 1, got 0"),
    );
  });
});

describe("oddsRatioConditional", () => {
  it("doc example: 7/10 vs 2/10 (R 4.2.2 stats.json hand_made_small fisher_precise: 8.15383541450429)", () => {
    expectRelativeClose(oddsRatioConditional(SMALL, 0.95).estimate, 8.15383541450429, 1e-13, "estimate");
    expectRelativeClose(oddsRatioConditional(SMALL, 0.95).estimate, 8.153835414504286, 1e-14, "doc value");
  });

  it("is 1 with a lower limit of 1/upper for a table symmetric in its arms", () => {
    const result = oddsRatioConditional({ eventsTreatment: 5, totalTreatment: 10, eventsControl: 5, totalControl: 10 }, 0.95);
    expectRelativeClose(result.estimate, 1, 1e-14, "estimate");
    expectRelativeClose(result.ciLower, 1 / result.ciUpper, 1e-13, "limits");
  });

  it("no treatment event (x at the lower end): estimate and lower limit 0, upper the exact bound at α/2", () => {
    const result = oddsRatioConditional({ eventsTreatment: 0, totalTreatment: 12, eventsControl: 4, totalControl: 11 }, 0.95);
    expect(result.estimate).toBe(0);
    expect(result.ciLower).toBe(0);
    expect(result.ciUpper).toBeGreaterThan(0);
  });

  it("every treatment patient with the event (x at the upper end): estimate and upper limit Infinity", () => {
    const result = oddsRatioConditional({ eventsTreatment: 12, totalTreatment: 12, eventsControl: 4, totalControl: 11 }, 0.95);
    expect(result.estimate).toBe(Infinity);
    expect(result.ciUpper).toBe(Infinity);
    expect(result.ciLower).toBeGreaterThan(1);
  });

  it("one possible table (no patient with the event): estimate NaN, interval [0, Infinity] (R reports 0)", () => {
    for (const events of [0, 10]) {
      const result = oddsRatioConditional({ eventsTreatment: events, totalTreatment: 10, eventsControl: events, totalControl: 10 }, 0.95);
      expect(result).toEqual({ estimate: Number.NaN, ciLower: 0, ciUpper: Infinity });
    }
  });

  propTest.prop([arbitraryTwoByTwo(200)])("swapping the arms inverts the estimate and the interval", (table) => {
    const result = oddsRatioConditional(table, 0.95);
    const swapped = oddsRatioConditional(swapArms(table), 0.95);
    // 1/0 = Infinity and 1/Infinity = 0 hold exactly; finite values agree to the solver's accuracy.
    expectRelativeClose(swapped.estimate, 1 / result.estimate, 1e-10, "estimate");
    expectRelativeClose(swapped.ciLower, 1 / result.ciUpper, 1e-10, "lower");
    expectRelativeClose(swapped.ciUpper, 1 / result.ciLower, 1e-10, "upper");
  });

  propTest.prop([arbitraryTwoByTwo(200)])("the interval contains the estimate", (table) => {
    const result = oddsRatioConditional(table, 0.95);
    if (Number.isNaN(result.estimate)) return;
    expect(result.ciLower).toBeLessThanOrEqual(result.estimate);
    expect(result.estimate).toBeLessThanOrEqual(result.ciUpper);
  });
});

describe("oddsRatioConditional against R 4.2.2", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s (fisher_precise, and fisher.test to 1e-3)", (name, block) => {
    const result = oddsRatioConditional(toTwoByTwo(block.inputs), 0.95);
    const precise = block.fisher_precise;
    expectRelativeClose(result.estimate, precise.odds_ratio_conditional_mle, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.ciLower, precise.ci95_conditional[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, precise.ci95_conditional[1], REFERENCE_TOLERANCE, `${name} upper`);
    expectRelativeClose(result.estimate, block.fisher.odds_ratio_conditional_mle, FISHER_TEST_TOLERANCE, `${name} fisher.test estimate`);
    expectRelativeClose(result.ciLower, block.fisher.ci95_conditional[0], FISHER_TEST_TOLERANCE, `${name} fisher.test lower`);
    expectRelativeClose(result.ciUpper, block.fisher.ci95_conditional[1], FISHER_TEST_TOLERANCE, `${name} fisher.test upper`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s (levels 0.95 and 0.9)", (name, block) => {
    for (const [level, expected] of [[0.95, block.fisher_precise_95], [0.9, block.fisher_precise_90]] as const) {
      const result = oddsRatioConditional(toTwoByTwo(block.inputs), level);
      if (expected === undefined) {
        expect(result).toEqual({ estimate: Number.NaN, ciLower: 0, ciUpper: Infinity });
        continue;
      }
      const [lower, upper] = expected.ci_conditional.map(readNumber);
      expectRelativeClose(result.estimate, readNumber(expected.odds_ratio_conditional_mle), REFERENCE_TOLERANCE, `${name} ${level} estimate`);
      expectRelativeClose(result.ciLower, lower ?? Number.NaN, REFERENCE_TOLERANCE, `${name} ${level} lower`);
      expectRelativeClose(result.ciUpper, upper ?? Number.NaN, REFERENCE_TOLERANCE, `${name} ${level} upper`);
    }
  });

  it("binary-extra.json random_tables (40 tables, arms of 5 to 2000 patients)", () => {
    for (const [row, block] of loadBinaryExtra().random_tables.entries()) {
      const result = oddsRatioConditional(toTwoByTwo(block.inputs), 0.95);
      const expected = block.fisher_precise_95;
      const [lower, upper] = expected.ci_conditional.map(readNumber);
      const label = `random_tables[${row}] ${JSON.stringify(block.inputs)}`;
      expectRelativeClose(result.estimate, readNumber(expected.odds_ratio_conditional_mle), REFERENCE_TOLERANCE, `${label} estimate`);
      expectRelativeClose(result.ciLower, lower ?? Number.NaN, REFERENCE_TOLERANCE, `${label} lower`);
      expectRelativeClose(result.ciUpper, upper ?? Number.NaN, REFERENCE_TOLERANCE, `${label} upper`);
    }
  });
});
