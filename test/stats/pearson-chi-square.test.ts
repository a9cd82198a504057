import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/distributions.js";
import { pearsonChiSquare } from "../../src/stats/pearson-chi-square.js";
import type { TwoByTwo } from "../../src/stats/two-by-two.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadStatsTwoByTwo, readNumber, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-13 (p = 2·Φ(−√X²) vs R's pchisq).
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

/** The pooled two-proportion z statistic (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)). */
function computePooledZ(table: TwoByTwo): number {
  const { eventsTreatment, totalTreatment, eventsControl, totalControl } = table;
  const pooled = (eventsTreatment + eventsControl) / (totalTreatment + totalControl);
  const difference = eventsTreatment / totalTreatment - eventsControl / totalControl;
  return difference / Math.sqrt(pooled * (1 - pooled) * (1 / totalTreatment + 1 / totalControl));
}

describe("pearsonChiSquare", () => {
  it("checks the table", () => {
    expect(() => pearsonChiSquare({ ...SMALL, totalTreatment: 0 })).toThrow(
      new RangeError("pearsonChiSquare requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => pearsonChiSquare({ ...SMALL, eventsControl: 11 })).toThrow(
      new RangeError("pearsonChiSquare requires eventsControl to be an integer from 0 to totalControl (10), got 11"),
    );
  });

  it("doc example: 7/10 vs 2/10 gives X² = 500/99 (R 4.2.2 stats.json hand_made_small: 5.05050505050505)", () => {
    const result = pearsonChiSquare(SMALL);
    expectRelativeClose(result.statistic, 500 / 99, 1e-15, "X²");
    expectRelativeClose(result.statistic, 5.05050505050505, 1e-15, "R and doc value");
    expect(result.degreesOfFreedom).toBe(1);
  });

  it("is 0 with p = 1 for a table at its expected counts", () => {
    expect(pearsonChiSquare({ eventsTreatment: 3, totalTreatment: 10, eventsControl: 6, totalControl: 20 })).toEqual({
      statistic: 0,
      degreesOfFreedom: 1,
      pValue: 1,
    });
  });

  it("is NaN when no patient, or every patient, has the event (an expected count of 0, as R)", () => {
    for (const events of [0, 10]) {
      const result = pearsonChiSquare({ eventsTreatment: events, totalTreatment: 10, eventsControl: events, totalControl: 10 });
      expect(result.statistic).toBeNaN();
      expect(result.pValue).toBeNaN();
    }
  });

  propTest.prop([arbitraryTwoByTwo()])("X² = z² of the pooled two-proportion test, and p is its two-sided p", (table) => {
    const z = computePooledZ(table);
    const result = pearsonChiSquare(table);
    if (Number.isNaN(z)) {
      expect(result.statistic).toBeNaN();
      return;
    }
    expectRelativeClose(result.statistic, z * z, 1e-12, "X² vs z²");
    expectRelativeClose(result.pValue, 2 * normalCdf(-Math.abs(z)), 1e-9, "p vs z-test p");
  });

  propTest.prop([arbitraryTwoByTwo()])("does not depend on which arm is called treatment", (table) => {
    expectRelativeClose(pearsonChiSquare(swapArms(table)).statistic, pearsonChiSquare(table).statistic, 1e-13, "X²");
  });
});

describe("pearsonChiSquare against R 4.2.2 chisq.test(correct = FALSE)", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s", (name, block) => {
    const result = pearsonChiSquare(toTwoByTwo(block.inputs));
    expectRelativeClose(result.statistic, block.chisq_no_correction.statistic, REFERENCE_TOLERANCE, `${name} statistic`);
    expect(result.degreesOfFreedom).toBe(block.chisq_no_correction.df);
    expectRelativeClose(result.pValue, block.chisq_no_correction.p, REFERENCE_TOLERANCE, `${name} p`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s", (name, block) => {
    const result = pearsonChiSquare(toTwoByTwo(block.inputs));
    expectRelativeClose(result.statistic, readNumber(block.chisq_no_correction.statistic), REFERENCE_TOLERANCE, `${name} statistic`);
    expectRelativeClose(result.pValue, readNumber(block.chisq_no_correction.p), REFERENCE_TOLERANCE, `${name} p`);
  });
});
