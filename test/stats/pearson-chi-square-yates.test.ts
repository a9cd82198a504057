import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { pearsonChiSquare } from "../../src/stats/pearson-chi-square.js";
import { pearsonChiSquareYates } from "../../src/stats/pearson-chi-square-yates.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadStatsTwoByTwo, readNumber, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-13.
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("pearsonChiSquareYates", () => {
  it("checks the table", () => {
    expect(() => pearsonChiSquareYates({ ...SMALL, totalControl: 0 })).toThrow(
      new RangeError("pearsonChiSquareYates requires totalControl to be a positive integer, got 0"),
    );
    expect(() => pearsonChiSquareYates({ ...SMALL, eventsTreatment: -1 })).toThrow(
      new RangeError("pearsonChiSquareYates requires eventsTreatment to be an integer from 0 to totalTreatment (10), got -1"),
    );
  });

  it("doc example: 7/10 vs 2/10 gives X² = 320/99 (R 4.2.2 stats.json hand_made_small: 3.23232323232323)", () => {
    expectRelativeClose(pearsonChiSquareYates(SMALL).statistic, 320 / 99, 1e-15, "X²");
    expectRelativeClose(pearsonChiSquareYates(SMALL).statistic, 3.2323232323232323, 1e-15, "doc value");
  });

  it("never corrects beyond the deviation: |O − E| = 0.25 gives X² = 0 and p = 1 (R's min(0.5, |O − E|))", () => {
    // Expected treatment events 10·9/40 = 2.25, observed 2.
    const result = pearsonChiSquareYates({ eventsTreatment: 2, totalTreatment: 10, eventsControl: 7, totalControl: 30 });
    expect(result.statistic).toBe(0);
    expect(result.pValue).toBe(1);
  });

  it("is NaN when every patient has the event", () => {
    expect(pearsonChiSquareYates({ eventsTreatment: 4, totalTreatment: 4, eventsControl: 6, totalControl: 6 }).pValue).toBeNaN();
  });

  propTest.prop([arbitraryTwoByTwo()])("is at most the uncorrected statistic", (table) => {
    const corrected = pearsonChiSquareYates(table);
    if (Number.isNaN(corrected.statistic)) return;
    expect(corrected.statistic).toBeLessThanOrEqual(pearsonChiSquare(table).statistic * (1 + 1e-12));
  });
});

describe("pearsonChiSquareYates against R 4.2.2 chisq.test(correct = TRUE)", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s", (name, block) => {
    const result = pearsonChiSquareYates(toTwoByTwo(block.inputs));
    expectRelativeClose(result.statistic, block.chisq_yates.statistic, REFERENCE_TOLERANCE, `${name} statistic`);
    expect(result.degreesOfFreedom).toBe(block.chisq_yates.df);
    expectRelativeClose(result.pValue, block.chisq_yates.p, REFERENCE_TOLERANCE, `${name} p`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s", (name, block) => {
    const result = pearsonChiSquareYates(toTwoByTwo(block.inputs));
    expectRelativeClose(result.statistic, readNumber(block.chisq_yates.statistic), REFERENCE_TOLERANCE, `${name} statistic`);
    expectRelativeClose(result.pValue, readNumber(block.chisq_yates.p), REFERENCE_TOLERANCE, `${name} p`);
  });
});
