import { describe, expect, it } from "vitest";
import type { ExpressionValue } from "../../src/expr/compiled-expression.js";
import { evaluateWith, expectSameNumber } from "./expression-test-helpers.js";

// Every expected value is R 4.2.2's (checked with Rscript) for the same expression written in R syntax (shown after
// "R:"), unless the row says we differ on purpose. NaN and Inf are R's NaN and Inf; null is NA.
const NUMBERS: readonly (readonly [string, number, string])[] = [
  ["-2^2", -4, "R: -2^2 is -4"],
  ["2^3^2", 512, "R: 2^3^2 is 512"],
  ["(-8)^(1/3)", Number.NaN, "R: (-8)^(1/3) is NaN"],
  ["0^0", 1, "R: 0^0 is 1"],
  ["1^(0/0)", 1, "R: 1^NaN is 1 (JavaScript's 1 ** NaN is NaN)"],
  ["1^(1/0)", 1, "R: 1^Inf is 1 (JavaScript's 1 ** Infinity is NaN)"],
  ["(0/0)^0", 1, "R: NaN^0 is 1"],
  ["pow(2, 10)", 1024, "R: 2^10 is 1024"],
  ["1/0", Infinity, "R: 1/0 is Inf"],
  ["-1/0", -Infinity, "R: -1/0 is -Inf"],
  ["0/0", Number.NaN, "R: 0/0 is NaN"],
  ["0.1 + 0.2", 0.30000000000000004, "R: sprintf('%.17g', 0.1 + 0.2) is 0.30000000000000004"],
  ["5 - 3 - 1", 1, "R: 5 - 3 - 1 is 1"],
  ["7 / 2 / 2", 1.75, "R: 7 / 2 / 2 is 1.75"],
  ["log(0)", -Infinity, "R: log(0) is -Inf"],
  ["log(-1)", Number.NaN, "R: log(-1) is NaN, with a warning"],
  ["sqrt(-1)", Number.NaN, "R: sqrt(-1) is NaN, with a warning"],
  ["exp(1)", 2.718281828459045, "R: sprintf('%.17g', exp(1)) is 2.7182818284590451"],
  ["log(exp(2))", 2, "R: log(exp(2)) is 2"],
  ["log10(1000)", 3, "R: log10(1000) is 3"],
  ["sqrt(16)", 4, "R: sqrt(16) is 4"],
  ["abs(-3)", 3, "R: abs(-3) is 3"],
  ["floor(-2.5)", -3, "R: floor(-2.5) is -3"],
  ["ceil(-2.5)", -2, "R: ceiling(-2.5) is -2"],
  ["min(3, 1, 2)", 1, "R: min(3, 1, 2) is 1"],
  ["max(3, 1, 2)", 3, "R: max(3, 1, 2) is 3"],
  ["min(1, 0/0)", Number.NaN, "R: min(1, NaN) is NaN"],
  ["1e-3 + .5", 0.501, "R: 1e-3 + .5 is 0.501"],
  ["if_else(2 > 1, 10, 20)", 10, "R: ifelse(2 > 1, 10, 20) is 10"],
  // Departures, on purpose and documented in round-half-away-from-zero.ts:
  ["round(2.5)", 3, "R: round(2.5) is 2 (halves to even); we halve away from zero"],
  ["round(-2.5)", -3, "R: round(-2.5) is -2; we halve away from zero"],
  ["round(0.5)", 1, "R: round(0.5) is 0; we halve away from zero"],
  ["round(1.4999)", 1, "R: round(1.4999) is 1"],
];

describe("numbers follow R", () => {
  it.each(NUMBERS)("%s is %s (%s)", (source, expected) => {
    expectSameNumber(evaluateWith(source), expected, source);
  });
});

const MISSING: readonly (readonly [string, Readonly<Record<string, ExpressionValue>>, ExpressionValue, string])[] = [
  ["x + 1", { x: null }, null, "R: NA + 1 is NA"],
  ["-x", { x: null }, null, "R: -NA is NA"],
  ["x ^ 0", { x: null }, null, "R: NA^0 is 1; a missing value always propagates here"],
  ["1 + x * 2 - 3", { x: null }, null, "R: 1 + NA * 2 - 3 is NA"],
  ["log(x)", { x: null }, null, "R: log(NA) is NA"],
  ["max(1, x)", { x: null }, null, "R: max(1, NA) is NA"],
  ["x > 1", { x: null }, null, "R: NA > 1 is NA"],
  ["x == \"f\"", { x: null }, null, "R: NA == 'f' is NA"],
  ["x > 1", { x: Number.NaN }, null, "R: NaN > 1 is NA"],
  ["x == x", { x: Number.NaN }, null, "R: NaN == NaN is NA"],
  ["x != 1", { x: Number.NaN }, null, "R: NaN != 1 is NA"],
  ["x in [1, 2]", { x: null }, null, "R: NA %in% c(1, 2) is FALSE; we say missing, as SQL's NULL IN (1, 2)"],
  ["is_missing(x)", { x: null }, true, "R: is.na(NA) is TRUE"],
  ["is_missing(x)", { x: Number.NaN }, true, "R: is.na(NaN) is TRUE"],
  ["is_missing(x)", { x: "" }, false, "R: is.na('') is FALSE"],
  ["is_missing(x)", { x: 0 }, false, "R: is.na(0) is FALSE"],
  ["if_else(x > 1, 10, 20)", { x: null }, null, "R: ifelse(NA > 1, 10, 20) is NA"],
  ["if_else(is_missing(x), 0, x)", { x: null }, 0, "R: ifelse(is.na(NA), 0, NA) is 0"],
];

describe("missing values follow R", () => {
  it.each(MISSING)("%s with %j is %s (%s)", (source, values, expected) => {
    expect(evaluateWith(source, values)).toBe(expected);
  });
});

describe("strings and membership", () => {
  it("compares strings by UTF-16 code unit, whatever the locale", () => {
    // R: "B" < "a" is TRUE in the C locale and FALSE in en_US.UTF-8; we never depend on the locale.
    expect(evaluateWith('x < "a"', { x: "B" })).toBe(true);
    expect(evaluateWith('x == "f"', { x: "f" })).toBe(true);
    expect(evaluateWith('x != "f"', { x: "F" })).toBe(true);
  });

  it("tests membership by value, -0 equal to 0 as in R", () => {
    expect(evaluateWith("x in [3, 4]", { x: 4 })).toBe(true);
    expect(evaluateWith("x in [3, 4]", { x: 5 })).toBe(false);
    expect(evaluateWith("x in [0]", { x: -0 })).toBe(true); // R: -0 %in% 0 is TRUE
    expect(evaluateWith('sex in ["f"]', { sex: "f" })).toBe(true);
    expect(evaluateWith("flag in [true]", { flag: false })).toBe(false);
  });

  it("evaluates only the branch if_else returns", () => {
    // The other branch would be a type error, so it must not run.
    expect(evaluateWith("if_else(x > 0, log(x), 0)", { x: -1 })).toBe(0);
    expect(evaluateWith("if_else(ok, 1, bad + 1)", { ok: true, bad: "s" })).toBe(1);
    expect(evaluateWith('if_else(ok, "yes", "no")', { ok: false })).toBe("no");
  });
});
