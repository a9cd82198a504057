import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { testFixedSequence } from "../../src/stats/test-fixed-sequence.js";
import { loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";

const REFERENCE = loadModelsReferenceBlocks().multiplicity.fixed_sequence;

describe("testFixedSequence", () => {
  it("requires p values in [0, 1] and alpha in (0, 1)", () => {
    expect(() => testFixedSequence([-0.1, 0.2], 0.05)).toThrow(new RangeError("testFixedSequence requires p values in [0, 1], got -0.1 at index 0"));
    expect(() => testFixedSequence([0.1, Number.NaN], 0.05)).toThrow(new RangeError("testFixedSequence requires p values in [0, 1], got NaN at index 1"));
    expect(() => testFixedSequence([0.1], 5)).toThrow(new RangeError("testFixedSequence requires alpha strictly between 0 and 1, got 5"));
    expect(() => testFixedSequence([0.1], 0)).toThrow(new RangeError("testFixedSequence requires alpha strictly between 0 and 1, got 0"));
  });

  it("doc example and models.json fixed_sequence: H1, H2 rejected, stop at H3 (p = 0.061), H4 (p = 0.003) not tested", () => {
    const result = testFixedSequence(REFERENCE.inputs.p, REFERENCE.inputs.alpha);
    expect(result.rejected).toEqual(REFERENCE.rejected);
    expect(result.adjustedPValues).toEqual(REFERENCE.adjusted_p);
    expect(result.tested).toEqual(REFERENCE.steps.map((step) => step.tested));
    expect(result.rejected).toEqual(REFERENCE.steps.map((step) => step.rejected));
    expect(result.adjustedPValues).toEqual(REFERENCE.steps.map((step) => step.adjusted_p));
    expect(testFixedSequence([0.012, 0.031, 0.061, 0.003], 0.05).rejected).toEqual([true, true, false, false]);
  });

  it("handles no hypotheses, and p = alpha (rejected: p ≤ alpha)", () => {
    expect(testFixedSequence([], 0.05)).toEqual({ tested: [], rejected: [], adjustedPValues: [] });
    expect(testFixedSequence([0.05, 0.05], 0.05).rejected).toEqual([true, true]);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), fc.double({ min: 0.001, max: 0.5, noNaN: true })])(
    "rejects a prefix of the sequence; adjusted p values are ≥ raw, ≤ 1 and non-decreasing",
    (p, alpha) => {
      const { tested, rejected, adjustedPValues } = testFixedSequence(p, alpha);
      const firstKept = rejected.indexOf(false);
      for (const [i, value] of adjustedPValues.entries()) {
        expect(value).toBeGreaterThanOrEqual(p[i] ?? Number.NaN);
        expect(value).toBeLessThanOrEqual(1);
        if (i > 0) expect(value).toBeGreaterThanOrEqual(adjustedPValues[i - 1] ?? Number.NaN);
        expect(rejected[i]).toBe(firstKept < 0 || i < firstKept);
        expect(tested[i]).toBe(firstKept < 0 || i <= firstKept);
      }
    },
  );
});
