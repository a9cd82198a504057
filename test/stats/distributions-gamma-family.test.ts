import { describe, expect, it } from "vitest";
import { chiSquareUpperTail, digamma, logGamma, trigamma } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("chiSquareUpperTail", () => {
  it("doc example: R 4.2.2 pchisq(10, 4, lower.tail = FALSE) = 0.0404276819945128", () => {
    expect(chiSquareUpperTail(10, 4)).toBe(0.040427681994512805);
  });

  it("keeps the far upper tail: R pchisq(95.9914375054395, 3, lower.tail = FALSE) = 1.13041038500679e-20", () => {
    expectRelativeClose(chiSquareUpperTail(95.9914375054395, 3), 1.13041038500679e-20, 1e-13, "χ²₃ tail");
    // Two degrees of freedom: P(X ≥ x) = e^(−x/2) exactly.
    expectRelativeClose(chiSquareUpperTail(200, 2), Math.exp(-100), 1e-13, "e^−100");
  });

  it("is 1 at and below 0, 0 at ∞, NaN for NaN or non-positive degrees of freedom (as R's pchisq)", () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(-1, 3)).toBe(1);
    expect(chiSquareUpperTail(Infinity, 3)).toBe(0);
    expect(chiSquareUpperTail(Number.NaN, 3)).toBeNaN();
    expect(chiSquareUpperTail(1, 0)).toBeNaN();
  });
});

describe("logGamma, digamma, trigamma", () => {
  it("doc examples: log Γ(1/2) = log √π, ψ(1) = −γ, ψ′(1) = π²/6 (R 4.2.2 lgamma, digamma, trigamma)", () => {
    expect(logGamma(0.5)).toBe(0.5723649429247001);
    expect(digamma(1)).toBe(-0.5772156649015329);
    expect(trigamma(1)).toBe(1.6449340668482264);
  });

  it("match R 4.2.2 at 1.3 and 11 (printed with 17 digits)", () => {
    // R: trigamma(1.3) = 1.1342534349966193, digamma(1.3) = -0.16919088886679923, lgamma(11) = 15.104412573075519.
    expectRelativeClose(trigamma(1.3), 1.1342534349966193, 1e-15, "trigamma(1.3)");
    expectRelativeClose(digamma(1.3), -0.16919088886679923, 1e-14, "digamma(1.3)");
    expectRelativeClose(logGamma(11), Math.log(3628800), 1e-15, "lgamma(11) = log 10!");
  });
});
