import { describe, expect, it } from "vitest";
import type { ExpressionValue } from "../../src/expr/compiled-expression.js";
import { evaluateWith } from "./expression-test-helpers.js";

type Truth = boolean | null;

// Kleene's strong three-valued logic: SQL's, and R's for & | ! on NA (R: FALSE & NA is FALSE,
// TRUE & NA is NA, TRUE | NA is TRUE, FALSE | NA is NA, !NA is NA).
const AND: readonly (readonly [Truth, Truth, Truth])[] = [
  [true, true, true], [true, false, false], [true, null, null],
  [false, true, false], [false, false, false], [false, null, false],
  [null, true, null], [null, false, false], [null, null, null],
];
const OR: readonly (readonly [Truth, Truth, Truth])[] = [
  [true, true, true], [true, false, true], [true, null, true],
  [false, true, true], [false, false, false], [false, null, null],
  [null, true, true], [null, false, null], [null, null, null],
];

describe("three-valued logic", () => {
  it.each(AND)("%s and %s is %s", (a, b, expected) => {
    expect(evaluateWith("a and b", { a, b })).toBe(expected);
    expect(evaluateWith("b and a", { a, b })).toBe(expected); // and is commutative, also with missing values
  });

  it.each(OR)("%s or %s is %s", (a, b, expected) => {
    expect(evaluateWith("a or b", { a, b })).toBe(expected);
    expect(evaluateWith("b or a", { a, b })).toBe(expected);
  });

  it.each([[true, false], [false, true], [null, null]] as const)("not %s is %s", (a, expected) => {
    expect(evaluateWith("not a", { a })).toBe(expected);
  });

  it("lets a later false decide an and-chain even after a missing value", () => {
    const values: Readonly<Record<string, ExpressionValue>> = { a: null, b: true, c: false };
    expect(evaluateWith("a and b and c", values)).toBe(false);
    expect(evaluateWith("a and b", values)).toBe(null);
    expect(evaluateWith("a or b or c", values)).toBe(true);
    expect(evaluateWith("a or c", values)).toBe(null);
  });

  it("stops at the operand that decides, as R's && and ||", () => {
    // The right side would throw a type error if it were evaluated.
    expect(evaluateWith("a and b + 1 > 0", { a: false, b: "s" })).toBe(false);
    expect(evaluateWith("a or b + 1 > 0", { a: true, b: "s" })).toBe(true);
  });

  it("excludes a patient with a missing value from an eligibility condition", () => {
    // The caller keeps a row only when the result is exactly true.
    const source = 'age >= 30 and bili < 10 and sex == "f"';
    expect(evaluateWith(source, { age: 40, bili: 3, sex: "f" })).toBe(true);
    expect(evaluateWith(source, { age: 40, bili: null, sex: "f" })).toBe(null);
    expect(evaluateWith(source, { age: 20, bili: null, sex: "f" })).toBe(false);
  });
});
