import { describe, expect, it } from "vitest";
import { log1pOverX } from "../../src/pk/log1p-over-x.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("log1pOverX", () => {
  it("is 1 at 0, Infinity at −1, NaN below −1 and at NaN", () => {
    expect(log1pOverX(0)).toBe(1);
    expect(log1pOverX(-1)).toBe(Infinity);
    expect(log1pOverX(-2)).toBeNaN();
    expect(log1pOverX(Number.NaN)).toBeNaN();
  });

  // Taylor series 1 − x/2 + x²/3 − x³/4: exact to rounding for |x| ≤ 1e-4; 5e-16 allows the two
  // roundings of log1p and the division plus one of the series (an ulp at 1 is 2.2e-16).
  it("keeps full precision near 0", () => {
    for (const x of [1e-4, -1e-4, 1e-12, -1e-12]) {
      expectRelativeClose(log1pOverX(x), 1 - x / 2 + (x * x) / 3 - (x * x * x) / 4, 5e-16, `log1pOverX(${x})`);
    }
  });

  it("doc example: log1pOverX(1) = ln 2", () => {
    expect(log1pOverX(1)).toBe(0.6931471805599453);
    expect(log1pOverX(1)).toBe(Math.LN2);
  });
});
