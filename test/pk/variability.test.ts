import { describe, expect, it } from "vitest";
import { lognormalOmega, powerCovariateFactor } from "../../src/pk/index.js";

describe("lognormalOmega", () => {
  it("gives ω with ω² = ln(1 + CV²) (WORKLOADS.md W3: CV 30 % → ω² = 0.0861777)", () => {
    expect(lognormalOmega(0.3) ** 2).toBeCloseTo(0.0861777, 7);
    expect(lognormalOmega(0.2) ** 2).toBeCloseTo(0.0392207, 7);
    expect(lognormalOmega(0)).toBe(0);
  });

  it("so that the CV of exp(η) is the CV asked for: √(exp(ω²) − 1) = CV", () => {
    expect(Math.sqrt(Math.expm1(lognormalOmega(0.45) ** 2))).toBeCloseTo(0.45, 14);
  });

  it("refuses a negative CV", () => {
    expect(() => lognormalOmega(-0.1)).toThrow("lognormalOmega requires a finite cv >= 0, got -0.1");
  });
});

describe("powerCovariateFactor", () => {
  it("is (value / reference)^exponent", () => {
    expect(powerCovariateFactor(35, 70, 0.75)).toBeCloseTo(0.5 ** 0.75, 15);
    expect(powerCovariateFactor(70, 70, 0.75)).toBe(1);
  });
});
