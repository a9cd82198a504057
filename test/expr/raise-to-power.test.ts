import { describe, expect, it } from "vitest";
import { raiseToPower } from "../../src/expr/raise-to-power.js";

describe("raiseToPower", () => {
  it("gives 1 for 1 to any power, as R (doc example)", () => {
    expect(raiseToPower(1, Number.NaN)).toBe(1); // R: 1^NaN is 1
    expect(raiseToPower(1, Infinity)).toBe(1); // R: 1^Inf is 1
    expect(raiseToPower(1, -Infinity)).toBe(1); // R: 1^-Inf is 1
  });

  it("follows IEEE pow elsewhere, as R", () => {
    expect(raiseToPower(2, 10)).toBe(1024);
    expect(raiseToPower(0, 0)).toBe(1); // R: 0^0 is 1
    expect(raiseToPower(Number.NaN, 0)).toBe(1); // R: NaN^0 is 1
    expect(raiseToPower(0, -1)).toBe(Infinity); // R: 0^-1 is Inf
    expect(raiseToPower(-8, 1 / 3)).toBeNaN(); // R: (-8)^(1/3) is NaN
    expect(raiseToPower(-1, Infinity)).toBeNaN(); // R: (-1)^Inf is NaN
    expect(raiseToPower(-2, 3)).toBe(-8);
    expect(raiseToPower(2, Number.NaN)).toBeNaN(); // R: 2^NaN is NaN
  });
});
