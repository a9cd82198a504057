import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/report/index.js";

describe("formatNumber", () => {
  it("handles the special values first", () => {
    expect(formatNumber(Number.NaN)).toBe("NA");
    expect(formatNumber(Infinity)).toBe("Inf");
    expect(formatNumber(-Infinity)).toBe("-Inf");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(0)).toBe("0");
  });

  it("writes integers as they are and everything else with 10 significant digits", () => {
    expect(formatNumber(312)).toBe("312");
    expect(formatNumber(-7)).toBe("-7");
    expect(formatNumber(0.13286415338127)).toBe("0.1328641534");
    expect(formatNumber(1 / 3)).toBe("0.3333333333");
    expect(formatNumber(-2.5)).toBe("-2.5");
    expect(formatNumber(1.11479621367986e-107)).toBe("1.114796214e-107");
    expect(formatNumber(123456789.123456)).toBe("123456789.1");
    expect(formatNumber(2 ** 60)).toBe("1152921505000000000");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
  });
});
