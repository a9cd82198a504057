import { describe, expect, it } from "vitest";
import { chiSquareOneDfUpperTail } from "../../src/stats/chi-square-one-df-upper-tail.js";
import { normalQuantile } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("chiSquareOneDfUpperTail", () => {
  it("doc example: the square of z(0.975) has upper tail 0.05", () => {
    expectRelativeClose(chiSquareOneDfUpperTail(3.841458820694124), 0.05, 1e-14, "p");
    expectRelativeClose(chiSquareOneDfUpperTail(normalQuantile(0.975) ** 2), 0.05, 1e-14, "p from z²");
  });

  it("is 1 at 0, 0 at Infinity and NaN for NaN or a negative statistic", () => {
    expect(chiSquareOneDfUpperTail(0)).toBe(1);
    expect(chiSquareOneDfUpperTail(Infinity)).toBe(0);
    expect(chiSquareOneDfUpperTail(Number.NaN)).toBeNaN();
    expect(chiSquareOneDfUpperTail(-1)).toBeNaN();
  });

  it("keeps small p values: R 4.2.2 pchisq(100, 1, lower.tail = FALSE) = 1.52397060483211e-23", () => {
    expectRelativeClose(chiSquareOneDfUpperTail(100), 1.52397060483211e-23, 1e-13, "p");
  });
});
