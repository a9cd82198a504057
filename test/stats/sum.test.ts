import { describe, expect, it } from "vitest";
import { sum } from "../../src/stats/sum.js";

describe("sum", () => {
  it("is 0 for an empty array", () => {
    expect(sum([])).toBe(0);
  });

  it("returns a single value unchanged", () => {
    expect(sum([-2.5])).toBe(-2.5);
  });

  it("propagates NaN and infinities (the library alone turns an infinite term into NaN)", () => {
    expect(sum([1, Number.NaN, 2])).toBeNaN();
    expect(sum([1, Infinity])).toBe(Infinity);
    expect(sum([-Infinity, 1])).toBe(-Infinity);
    expect(sum([Infinity, -Infinity])).toBeNaN();
  });

  it("doc example: 0.1 + 0.2 + 0.3 is 0.6, where plain addition gives 0.6000000000000001", () => {
    expect(0.1 + 0.2 + 0.3).toBe(0.6000000000000001);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it("compensates: 1e100 + 1 − 1e100 is 1 (plain addition loses the 1)", () => {
    expect(1e100 + 1 - 1e100).toBe(0);
    expect(sum([1e100, 1, -1e100])).toBe(1);
  });
});
