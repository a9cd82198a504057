import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { riskDifferenceNewcombe } from "../../src/stats/risk-difference-newcombe.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadModelsBinary, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-14 (the JSON has 15 significant digits).
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("riskDifferenceNewcombe preconditions", () => {
  it("checks the table", () => {
    expect(() => riskDifferenceNewcombe({ ...SMALL, totalControl: 0 }, 0.95)).toThrow(
      new RangeError("riskDifferenceNewcombe requires totalControl to be a positive integer, got 0"),
    );
    expect(() => riskDifferenceNewcombe({ ...SMALL, eventsTreatment: 11 }, 0.95)).toThrow(
      new RangeError("riskDifferenceNewcombe requires eventsTreatment to be an integer from 0 to totalTreatment (10), got 11"),
    );
  });

  it("checks the confidence level", () => {
    expect(() => riskDifferenceNewcombe(SMALL, 1)).toThrow(
      new RangeError("riskDifferenceNewcombe requires a confidence level strictly between 0 and 1, got 1"),
    );
  });
});

describe("riskDifferenceNewcombe", () => {
  it("doc example: 7/10 vs 2/10 (R 4.2.2 models.json hand_made_small: 0.0664763144863049)", () => {
    const result = riskDifferenceNewcombe(SMALL, 0.95);
    expect(result.estimate).toBe(0.49999999999999994);
    expectRelativeClose(result.ciLower, 0.0664763144863049, 1e-14, "lower");
    expectRelativeClose(result.ciLower, 0.06647631448630492, 1e-15, "doc value");
  });

  it("is defined with zero cells: 0/10 vs 0/10 is symmetric about 0", () => {
    const result = riskDifferenceNewcombe({ eventsTreatment: 0, totalTreatment: 10, eventsControl: 0, totalControl: 10 }, 0.95);
    expect(result.estimate).toBe(0);
    expect(result.ciLower).toBe(-result.ciUpper);
    expect(result.ciUpper).toBeGreaterThan(0);
  });

  propTest.prop([arbitraryTwoByTwo()])("swapping the arms negates the estimate and the interval exactly", (table) => {
    const result = riskDifferenceNewcombe(table, 0.95);
    const swapped = riskDifferenceNewcombe(swapArms(table), 0.95);
    // A difference of +0 (not Object.is, for which 0 and −0 differ: a tie gives 0 one way and −0 the other).
    expect(swapped.estimate + result.estimate).toBe(0);
    expect(swapped.ciLower + result.ciUpper).toBe(0);
    expect(swapped.ciUpper + result.ciLower).toBe(0);
  });

  propTest.prop([arbitraryTwoByTwo()])("contains the estimate and lies in [−1, 1]", (table) => {
    const result = riskDifferenceNewcombe(table, 0.95);
    expect(result.ciLower).toBeGreaterThanOrEqual(-1);
    expect(result.ciLower).toBeLessThanOrEqual(result.estimate);
    expect(result.estimate).toBeLessThanOrEqual(result.ciUpper);
    expect(result.ciUpper).toBeLessThanOrEqual(1);
  });
});

describe("riskDifferenceNewcombe against R 4.2.2", () => {
  it.each(Object.entries(loadModelsBinary().binary_extras.two_by_two))("models.json binary_extras.two_by_two.%s", (name, block) => {
    const result = riskDifferenceNewcombe(toTwoByTwo(block.inputs), 0.95);
    expectRelativeClose(result.estimate, block.risk_difference, REFERENCE_TOLERANCE, `${name} estimate`);
    expectRelativeClose(result.ciLower, block.ci95_newcombe_hybrid_score[0], REFERENCE_TOLERANCE, `${name} lower`);
    expectRelativeClose(result.ciUpper, block.ci95_newcombe_hybrid_score[1], REFERENCE_TOLERANCE, `${name} upper`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s (levels 0.95 and 0.9)", (name, block) => {
    for (const [level, expected] of [[0.95, block.newcombe_95], [0.9, block.newcombe_90]] as const) {
      const result = riskDifferenceNewcombe(toTwoByTwo(block.inputs), level);
      expectRelativeClose(result.ciLower, expected[0], REFERENCE_TOLERANCE, `${name} ${level} lower`);
      expectRelativeClose(result.ciUpper, expected[1], REFERENCE_TOLERANCE, `${name} ${level} upper`);
    }
  });
});
