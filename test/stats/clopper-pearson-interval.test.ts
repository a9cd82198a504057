import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { clopperPearsonInterval } from "../../src/stats/clopper-pearson-interval.js";
import { loadBinaryExtra, loadModelsBinary } from "../helpers/binary-reference.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// 1e-8 relative, as asked; observed below 1e-14 (stdlib's inverse incomplete beta vs R's qbeta).
const REFERENCE_TOLERANCE = 1e-8;

describe("clopperPearsonInterval preconditions", () => {
  it("requires a positive integer total and integer events from 0 to the total", () => {
    expect(() => clopperPearsonInterval(0, 0, 0.95)).toThrow(
      new RangeError("clopperPearsonInterval requires total to be a positive integer, got 0"),
    );
    expect(() => clopperPearsonInterval(-1, 15, 0.95)).toThrow(
      new RangeError("clopperPearsonInterval requires events to be an integer from 0 to total (15), got -1"),
    );
  });

  it("requires a confidence level strictly between 0 and 1", () => {
    expect(() => clopperPearsonInterval(3, 15, 1)).toThrow(
      new RangeError("clopperPearsonInterval requires a confidence level strictly between 0 and 1, got 1"),
    );
  });
});

describe("clopperPearsonInterval", () => {
  it("doc example: 0 of 15 has upper end 1 − 0.025^(1/15) (R 4.2.2 binom.test: 0.218019360910534)", () => {
    const interval = clopperPearsonInterval(0, 15, 0.95);
    expect(interval.ciLower).toBe(0);
    expectRelativeClose(interval.ciUpper, 1 - 0.025 ** (1 / 15), 1e-14, "closed form");
    expectRelativeClose(interval.ciUpper, 0.218019360910534, 1e-14, "R and doc value");
  });

  it("has the closed form [(α/2)^(1/n), 1] with n of n events", () => {
    const interval = clopperPearsonInterval(20, 20, 0.95);
    expect(interval.ciUpper).toBe(1);
    expectRelativeClose(interval.ciLower, 0.025 ** (1 / 20), 1e-14, "20/20 lower");
  });

  propTest.prop([
    fc.integer({ min: 1, max: 100_000 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
    fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
  ])("contains the estimate and lies in [0, 1]", ([events, total], level) => {
    const interval = clopperPearsonInterval(events, total, level);
    expect(interval.ciLower).toBeGreaterThanOrEqual(0);
    expect(interval.ciLower).toBeLessThanOrEqual(interval.estimate);
    expect(interval.estimate).toBeLessThanOrEqual(interval.ciUpper);
    expect(interval.ciUpper).toBeLessThanOrEqual(1);
  });
});

describe("clopperPearsonInterval against R 4.2.2 binom.test", () => {
  it.each(Object.entries(loadModelsBinary().binary_extras.single_proportion))(
    "models.json binary_extras.single_proportion.%s (level 0.95)",
    (name, block) => {
      const interval = clopperPearsonInterval(block.inputs.x, block.inputs.n, 0.95);
      expectRelativeClose(interval.ciLower, block.ci95_clopper_pearson[0], REFERENCE_TOLERANCE, `${name} lower`);
      expectRelativeClose(interval.ciUpper, block.ci95_clopper_pearson[1], REFERENCE_TOLERANCE, `${name} upper`);
    },
  );

  it.each(Object.entries(loadBinaryExtra().single_proportion))("binary-extra.json single_proportion.%s (levels 0.9 and 0.99)", (name, block) => {
    for (const [level, expected] of [[0.9, block.clopper_pearson_90], [0.99, block.clopper_pearson_99]] as const) {
      const interval = clopperPearsonInterval(block.inputs.x, block.inputs.n, level);
      expectRelativeClose(interval.ciLower, expected[0], REFERENCE_TOLERANCE, `${name} ${level} lower`);
      expectRelativeClose(interval.ciUpper, expected[1], REFERENCE_TOLERANCE, `${name} ${level} upper`);
    }
  });
});
