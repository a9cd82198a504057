import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { adjustPValues, P_VALUE_ADJUSTMENTS, type PValueAdjustment } from "../../src/stats/adjust-p-values.js";
import { asArray, loadCountMultiplicityAftExtra, loadModelsReferenceBlocks } from "../helpers/count-multiplicity-aft-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/*
 * R 4.2.2 p.adjust (models.json multiplicity.p_adjust; count-multiplicity-aft-extra.json
 * p_adjust). The same products and quotients in the same order give R's doubles; the JSON has
 * 15 significant digits, so BH's thirds are compared to 1e-14 (observed ≤ 1.1e-16 relative).
 */
const TOLERANCE = 1e-14;
const REFERENCE = loadModelsReferenceBlocks().multiplicity.p_adjust;

describe("adjustPValues preconditions", () => {
  it("requires p values in [0, 1]", () => {
    expect(() => adjustPValues([0.1, 0.2, 0.3, 1.2], "holm")).toThrow(
      new RangeError("adjustPValues requires p values in [0, 1], got 1.2 at index 3"),
    );
    expect(() => adjustPValues([Number.NaN], "BH")).toThrow(new RangeError("adjustPValues requires p values in [0, 1], got NaN at index 0"));
    expect(() => adjustPValues([-0.01], "BH")).toThrow(new RangeError("adjustPValues requires p values in [0, 1], got -0.01 at index 0"));
  });

  it("requires a known method", () => {
    expect(() => adjustPValues([0.1, 0.2], "fdr" as PValueAdjustment)).toThrow(
      new RangeError('adjustPValues requires method "bonferroni", "holm", "hochberg", "hommel" or "BH", got "fdr"'),
    );
  });
});

describe("adjustPValues", () => {
  it("doc example: R p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm') = 0.03 0.06 0.06 0.02", () => {
    expect(adjustPValues([0.01, 0.04, 0.03, 0.005], "holm")).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it("P_VALUE_ADJUSTMENTS doc example: lists the five methods", () => {
    expect(P_VALUE_ADJUSTMENTS.includes("hommel")).toBe(true);
    expect(P_VALUE_ADJUSTMENTS).toEqual(["bonferroni", "holm", "hochberg", "hommel", "BH"]);
  });

  it("returns an empty list for none and the p value itself for one (as R)", () => {
    for (const method of P_VALUE_ADJUSTMENTS) {
      expect(adjustPValues([], method)).toEqual([]);
      expect(adjustPValues([0.2], method)).toEqual([0.2]);
    }
  });

  it.each(P_VALUE_ADJUSTMENTS.map((method) => [method] as const))("matches R's %s values and rejections on models.json (with the tie at 0.04)", (method) => {
    const adjusted = adjustPValues(REFERENCE.inputs.p, method);
    REFERENCE[method].adjusted.forEach((value, i) => expectRelativeClose(adjusted[i] ?? Number.NaN, value, TOLERANCE, `${method}[${i}]`));
    expect(adjusted.map((value) => value <= REFERENCE.inputs.alpha)).toEqual(REFERENCE[method].rejected_at_alpha);
  });

  it("matches R on two, tied, zero-and-one, all-equal and twenty rounded p values (count-multiplicity-aft-extra.json)", () => {
    for (const [name, set] of Object.entries(loadCountMultiplicityAftExtra().p_adjust)) {
      const p = asArray(set.p);
      for (const method of P_VALUE_ADJUSTMENTS) {
        const expected = asArray(set[method] ?? []);
        const adjusted = adjustPValues(p, method);
        expect(adjusted).toHaveLength(expected.length);
        expected.forEach((value, i) => expectRelativeClose(adjusted[i] ?? Number.NaN, value, TOLERANCE, `${name} ${method}[${i}]`));
      }
    }
  });

  const pValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.01, 0.05, 1)), { maxLength: 25 });

  test.prop([pValues, fc.constantFrom(...P_VALUE_ADJUSTMENTS)])("adjusted p values lie in [raw, 1] and keep the order of the raw ones", (p, method) => {
    const adjusted = adjustPValues(p, method);
    expect(adjusted).toHaveLength(p.length);
    for (const [i, value] of adjusted.entries()) {
      expect(value).toBeGreaterThanOrEqual(p[i] ?? Number.NaN);
      expect(value).toBeLessThanOrEqual(1);
      for (const [j, other] of adjusted.entries()) {
        if ((p[i] ?? 0) < (p[j] ?? 0)) expect(value).toBeLessThanOrEqual(other);
        if (p[i] === p[j]) expect(value).toBe(other);
      }
    }
  });

  test.prop([pValues, fc.double({ min: 0.001, max: 0.2, noNaN: true })])(
    "Holm rejects whatever Bonferroni rejects, Hochberg whatever Holm rejects, Hommel whatever Hochberg rejects",
    (p, alpha) => {
      const [bonferroni, holm, hochberg, hommel] = (["bonferroni", "holm", "hochberg", "hommel"] as const).map((method) =>
        adjustPValues(p, method).map((value) => value <= alpha),
      );
      for (const i of p.keys()) {
        if (bonferroni?.[i]) expect(holm?.[i]).toBe(true);
        if (holm?.[i]) expect(hochberg?.[i]).toBe(true);
        if (hochberg?.[i]) expect(hommel?.[i]).toBe(true);
      }
    },
  );

  test.prop([pValues])("does not depend on the order of the p values", (p) => {
    const reversed = [...p].reverse();
    for (const method of P_VALUE_ADJUSTMENTS) {
      expect(adjustPValues(reversed, method)).toEqual(adjustPValues(p, method).reverse());
    }
  });
});
