import { describe, expect, it } from "vitest";
import { computeDirectEffect, computeLinearEffect, computeLogLinearEffect, DEFAULT_LOG_LINEAR_OFFSET, emaxEffect } from "../../src/pd/index.js";

describe("computeLinearEffect", () => {
  it("is slope · X (the doc example), 0 at 0, and keeps the sign of the slope", () => {
    expect(computeLinearEffect(4, 0.25)).toBe(1);
    expect(computeLinearEffect(0, 3)).toBe(0);
    expect(computeLinearEffect(2, -1.5)).toBe(-3);
  });
});

describe("computeLogLinearEffect", () => {
  it("is slope · ln(X + 1) by default (the doc example: 2 at X = e − 1), 0 without drug", () => {
    expect(computeLogLinearEffect(Math.E - 1, { slope: 2 })).toBeCloseTo(2, 15);
    expect(computeLogLinearEffect(0, { slope: 2 })).toBe(0);
    expect(DEFAULT_LOG_LINEAR_OFFSET).toBe(1);
  });

  it("keeps full precision for tiny exposures (log1p) and takes any positive offset", () => {
    // ln(1 + 1e-12) = 1e-12 − 5e-25: Math.log(1 + 1e-12) would lose 4 digits.
    expect(computeLogLinearEffect(1e-12, { slope: 1 })).toBe(1e-12 - 5e-25);
    expect(computeLogLinearEffect(10, { slope: 3, offset: 0.5 })).toBeCloseTo(3 * Math.log(10.5), 14);
  });

  it("refuses an offset ≤ 0 and a logarithm of a non-positive number", () => {
    expect(() => computeLogLinearEffect(1, { slope: 1, offset: 0 })).toThrow(new RangeError("computeLogLinearEffect requires a finite offset > 0, got 0"));
    expect(() => computeLogLinearEffect(-2, { slope: 1 })).toThrow(new RangeError("computeLogLinearEffect requires exposure + offset > 0, got -2 + 1"));
  });
});

describe("computeDirectEffect", () => {
  it("dispatches to each model (the doc example: Emax 2.5, EC50 40, at 40 gives 1.25)", () => {
    expect(computeDirectEffect({ kind: "emax", emax: 2.5, ec50: 40 }, 40)).toBe(1.25);
    expect(computeDirectEffect({ kind: "linear", slope: 0.5 }, 3)).toBe(1.5);
    expect(computeDirectEffect({ kind: "log-linear", slope: 2, offset: 1 }, Math.E - 1)).toBeCloseTo(2, 15);
    // Sigmoid: 3 · 20² / (10² + 20²) = 2.4, as emaxEffect.
    expect(computeDirectEffect({ kind: "sigmoid-emax", emax: 3, ec50: 10, hill: 2 }, 20)).toBe(emaxEffect(20, { emax: 3, ec50: 10, hill: 2 }));
    expect(computeDirectEffect({ kind: "sigmoid-emax", emax: 3, ec50: 10, hill: 2 }, 20)).toBeCloseTo(2.4, 14);
  });
});
