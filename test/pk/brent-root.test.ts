import { describe, expect, it } from "vitest";
import { findRootByBrent } from "../../src/pk/brent-root.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const bracketOf = (f: (x: number) => number, lower: number, upper: number, tolerance = 0) => ({ lower, upper, valueAtLower: f(lower), valueAtUpper: f(upper), tolerance });

describe("findRootByBrent", () => {
  // √2 = 1.41421356237309504880…; Brent stops within 2ε|x|, here one ulp below the nearest double.
  it("doc example: √2 as the root of x² − 2 on [0, 2]", () => {
    const f = (x: number) => x * x - 2;
    expect(findRootByBrent(f, bracketOf(f, 0, 2))).toBe(1.414213562373095);
    expectRelativeClose(findRootByBrent(f, bracketOf(f, 0, 2)), Math.SQRT2, 4.5e-16, "√2");
  });

  it("returns an end that is an exact root", () => {
    const f = (x: number) => x - 3;
    expect(findRootByBrent(f, bracketOf(f, 1, 3))).toBe(3);
    expect(findRootByBrent(f, bracketOf(f, 3, 5))).toBe(3);
  });

  // A root where the function is flat to high order defeats interpolation; Brent falls back to
  // bisection and still converges to the tolerance.
  it("converges on a flat, odd-order root and on a discontinuous sign change", () => {
    const flat = (x: number) => Math.sign(x - 1) * Math.abs(x - 1) ** 9;
    expect(Math.abs(findRootByBrent(flat, bracketOf(flat, 0, 3, 1e-12)) - 1)).toBeLessThan(1e-12);
    const step = (x: number) => (x < 0.3 ? -1 : 1);
    expect(Math.abs(findRootByBrent(step, bracketOf(step, 0, 1)) - 0.3)).toBeLessThan(1e-15);
  });

  // e^(−x) − x: the omega constant W(1) = 0.5671432904097838729999686622… (DLMF 4.13).
  it("finds a transcendental root to rounding", () => {
    const f = (x: number) => Math.exp(-x) - x;
    expectRelativeClose(findRootByBrent(f, bracketOf(f, 0, 1)), 0.5671432904097838, 2e-16, "omega constant");
  });
});
