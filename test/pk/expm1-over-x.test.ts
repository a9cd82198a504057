import { describe, expect, it } from "vitest";
import { expm1OverX } from "../../src/pk/expm1-over-x.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("expm1OverX", () => {
  it("is 1 at 0, NaN at NaN, and has the right limits at ±Infinity", () => {
    expect(expm1OverX(0)).toBe(1);
    expect(expm1OverX(-0)).toBe(1);
    expect(expm1OverX(Number.NaN)).toBeNaN();
    expect(expm1OverX(Infinity)).toBeNaN(); // Infinity / Infinity: callers never pass it
    expect(expm1OverX(-Infinity)).toBe(0);
  });

  // Taylor series 1 + x/2 + x²/6 + x³/24: exact to rounding for |x| ≤ 1e-4; 5e-16 allows the two
  // roundings of expm1 and the division plus one of the series (an ulp at 1 is 2.2e-16).
  it("keeps full precision near 0, where (e^x − 1)/x would not", () => {
    for (const x of [1e-4, -1e-4, 1e-9, -1e-9, 1e-300]) {
      expectRelativeClose(expm1OverX(x), 1 + x / 2 + (x * x) / 6 + (x * x * x) / 24, 5e-16, `expm1OverX(${x})`);
    }
    expect(Math.abs((Math.exp(1e-9) - 1) / 1e-9 - (1 + 5e-10))).toBeGreaterThan(1e-8);
  });

  it("doc example: expm1OverX(1) = e − 1", () => {
    expect(expm1OverX(1)).toBe(1.718281828459045);
    expectRelativeClose(expm1OverX(1), Math.E - 1, 5e-16, "e − 1");
  });
});
