import { test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fisherExactTest } from "../../src/stats/fisher-exact-test.js";
import type { Alternative } from "../../src/stats/test-options.js";
import { arbitraryTwoByTwo, loadBinaryExtra, loadStatsTwoByTwo, swapArms, toTwoByTwo } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-13 (R sums dhyper / phyper values, we sum ratios of neighbours).
const REFERENCE_TOLERANCE = 1e-8;
const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("fisherExactTest preconditions", () => {
  it("checks the table", () => {
    expect(() => fisherExactTest({ ...SMALL, totalTreatment: 0 }, "two-sided")).toThrow(
      new RangeError("fisherExactTest requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => fisherExactTest({ ...SMALL, eventsControl: 11 }, "two-sided")).toThrow(
      new RangeError("fisherExactTest requires eventsControl to be an integer from 0 to totalControl (10), got 11"),
    );
  });

  it("checks the alternative", () => {
    expect(() => fisherExactTest(SMALL, "both" as Alternative)).toThrow(
      new RangeError('fisherExactTest requires alternative "two-sided", "greater" or "less", got "both"'),
    );
  });
});

describe("fisherExactTest", () => {
  it("doc example: 7/10 vs 2/10 (R 4.2.2 stats.json hand_made_small: 0.0697785186949273)", () => {
    expectRelativeClose(fisherExactTest(SMALL, "two-sided").pValue, 0.0697785186949273, 1e-14, "p");
    expectRelativeClose(fisherExactTest(SMALL, "two-sided").pValue, 0.06977851869492738, 1e-15, "doc value");
  });

  it("sums hypergeometric probabilities: 1/2 vs 1/2 has P(X = 0, 1, 2) = 1/6, 2/3, 1/6", () => {
    const table = { eventsTreatment: 0, totalTreatment: 2, eventsControl: 2, totalControl: 2 };
    expectRelativeClose(fisherExactTest(table, "less").pValue, 1 / 6, 1e-15, "less");
    expect(fisherExactTest(table, "greater").pValue).toBe(1);
    expectRelativeClose(fisherExactTest(table, "two-sided").pValue, 1 / 3, 1e-15, "two-sided");
    expect(fisherExactTest({ ...table, eventsTreatment: 1, eventsControl: 1 }, "two-sided").pValue).toBe(1);
  });

  it("is 1 for every alternative when the margins allow one table only", () => {
    for (const alternative of ["two-sided", "greater", "less"] as const) {
      expect(fisherExactTest({ eventsTreatment: 0, totalTreatment: 10, eventsControl: 0, totalControl: 10 }, alternative).pValue).toBe(1);
    }
  });

  propTest.prop([arbitraryTwoByTwo(200)])("swapping the arms keeps the two-sided p and exchanges the one-sided ones", (table) => {
    const swapped = swapArms(table);
    expectRelativeClose(fisherExactTest(swapped, "two-sided").pValue, fisherExactTest(table, "two-sided").pValue, 1e-12, "two-sided");
    expectRelativeClose(fisherExactTest(swapped, "greater").pValue, fisherExactTest(table, "less").pValue, 1e-12, "greater/less");
  });

  propTest.prop([arbitraryTwoByTwo(200)])("p values lie in (0, 1], the two-sided one at least the smaller one-sided one (the law is unimodal)", (table) => {
    const twoSided = fisherExactTest(table, "two-sided").pValue;
    const oneSided = Math.min(fisherExactTest(table, "less").pValue, fisherExactTest(table, "greater").pValue);
    expect(twoSided).toBeGreaterThan(0);
    expect(twoSided).toBeLessThanOrEqual(1);
    expect(twoSided).toBeGreaterThanOrEqual(oneSided * (1 - 1e-12));
  });
});

describe("fisherExactTest against R 4.2.2 fisher.test", () => {
  it.each(Object.entries(loadStatsTwoByTwo()))("stats.json two_by_two.%s", (name, block) => {
    const p = fisherExactTest(toTwoByTwo(block.inputs), "two-sided").pValue;
    expectRelativeClose(p, block.fisher.p_two_sided, REFERENCE_TOLERANCE, `${name} two-sided`);
  });

  it.each(Object.entries(loadBinaryExtra().two_by_two))("binary-extra.json two_by_two.%s (all alternatives)", (name, block) => {
    const table = toTwoByTwo(block.inputs);
    expectRelativeClose(fisherExactTest(table, "two-sided").pValue, block.fisher_p.two_sided, REFERENCE_TOLERANCE, `${name} two-sided`);
    expectRelativeClose(fisherExactTest(table, "less").pValue, block.fisher_p.less, REFERENCE_TOLERANCE, `${name} less`);
    expectRelativeClose(fisherExactTest(table, "greater").pValue, block.fisher_p.greater, REFERENCE_TOLERANCE, `${name} greater`);
  });

  it("binary-extra.json random_tables (40 tables, arms of 5 to 2000 patients; all alternatives)", () => {
    for (const [row, block] of loadBinaryExtra().random_tables.entries()) {
      const table = toTwoByTwo(block.inputs);
      const label = `random_tables[${row}] ${JSON.stringify(block.inputs)}`;
      expectRelativeClose(fisherExactTest(table, "two-sided").pValue, block.fisher_p.two_sided, REFERENCE_TOLERANCE, `${label} two-sided`);
      expectRelativeClose(fisherExactTest(table, "less").pValue, block.fisher_p.less, REFERENCE_TOLERANCE, `${label} less`);
      expectRelativeClose(fisherExactTest(table, "greater").pValue, block.fisher_p.greater, REFERENCE_TOLERANCE, `${label} greater`);
    }
  });
});
