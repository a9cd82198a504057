import { describe, expect, it } from "vitest";
import { parseExpression } from "../../src/expr/parse-expression.js";
import { childrenOf } from "../../src/expr/syntax-node.js";
import { evaluateWith, expectSameNumber } from "./expression-test-helpers.js";

describe("parseExpression", () => {
  it("puts * below + (doc example)", () => {
    expect(parseExpression("1 + 2 * 3")).toEqual({
      kind: "arithmetic",
      first: { kind: "literal", value: 1, start: 0, end: 1 },
      rest: [
        {
          operator: "+",
          operand: {
            kind: "arithmetic",
            first: { kind: "literal", value: 2, start: 4, end: 5 },
            rest: [{ operator: "*", operand: { kind: "literal", value: 3, start: 8, end: 9 } }],
            start: 4,
            end: 9,
          },
        },
      ],
      start: 0,
      end: 9,
    });
  });

  it("keeps a chain of one precedence level in one node, in source order", () => {
    const tree = parseExpression("a - b + c");
    expect(tree.kind).toBe("arithmetic");
    expect(tree.kind === "arithmetic" && tree.rest.map((step) => step.operator)).toEqual(["-", "+"]);
    expect(parseExpression("a and b and c")).toMatchObject({ kind: "logical", operator: "and", start: 0, end: 13 });
  });

  it("spans a parenthesized expression by its inside and a call by its name to its ')'", () => {
    expect(parseExpression("(a + b)")).toMatchObject({ start: 1, end: 6 });
    expect(parseExpression("max(a, b) ")).toMatchObject({ kind: "call", name: "max", start: 0, end: 9 });
    expect(parseExpression("stage in [3, -4]")).toMatchObject({ kind: "membership", items: [3, -4], start: 0, end: 16 });
    expect(parseExpression("-x ^ 2")).toMatchObject({ kind: "negate", start: 0, end: 6, operand: { kind: "power", start: 1 } });
  });
});

describe("childrenOf", () => {
  it("lists a node's children in source order (doc example)", () => {
    expect(childrenOf(parseExpression("a + b")).length).toBe(2);
    expect(childrenOf(parseExpression("if_else(c, a, b)")).map((node) => node.start)).toEqual([8, 11, 14]);
    expect(childrenOf(parseExpression("x"))).toEqual([]);
  });
});

// Each row: source, value, and how the value follows from the precedence rules. Checked with
// R 4.2.2 (Rscript), writing and/or/not as & | ! : every row without `in` gives the same value
// in R. `in` differs on purpose: R's %in% binds tighter than * (R: 2 * 3 %in% 6 is 0), ours
// looser than + and -, so that `dose * 2 in [100, 200]` reads as it looks.
const PRECEDENCE: readonly (readonly [string, number | boolean, string])[] = [
  ["1 + 2 * 3", 7, "2 * 3 = 6, then 1 + 6"],
  ["(1 + 2) * 3", 9, "parentheses first: 3 * 3"],
  ["2 * 3 ^ 2", 18, "3 ^ 2 = 9, then 2 * 9"],
  ["-2 ^ 2", -4, "^ binds tighter than prefix minus: -(2 ^ 2); R: -2^2 is -4"],
  ["(-2) ^ 2", 4, "(-2) * (-2)"],
  ["2 ^ 3 ^ 2", 512, "right-associative: 2 ^ (3 ^ 2) = 2 ^ 9; R: 2^3^2 is 512"],
  ["(2 ^ 3) ^ 2", 64, "8 ^ 2"],
  ["2 ^ -1", 0.5, "the exponent may carry a minus: 2 ^ (-1)"],
  ["-2 ^ 2 ^ -1", -Math.SQRT2, "-(2 ^ (2 ^ -1)) = -sqrt(2); R: -1.414214"],
  ["10 - 4 - 3", 3, "left-associative: (10 - 4) - 3"],
  ["10 - (4 - 3)", 9, "10 - 1"],
  ["64 / 8 / 2", 4, "left-associative: (64 / 8) / 2"],
  ["8 / 2 * 4", 16, "same level, left to right: (8 / 2) * 4"],
  ["2 + 3 * 4 ^ 2 / 8 - 1", 7, "4 ^ 2 = 16; 3 * 16 / 8 = 6; 2 + 6 - 1"],
  ["-3 * -2", 6, "(-3) * (-2)"],
  ["- - 3", 3, "-(-3)"],
  ["min(1, 2) + max(3, 4) * 2", 9, "1 + 4 * 2"],
  ["1 + 2 < 4", true, "arithmetic before comparison: 3 < 4"],
  ["2 * 3 in [6]", true, "arithmetic before in: 6 in [6]"],
  ["1 + 1 in [2] == true", true, "in before comparison: (2 in [2]) == true"],
  ["not 1 > 2", true, "comparison before not: not (1 > 2)"],
  ["not false and false", false, "not before and: (not false) and false = true and false"],
  ["true or false and false", true, "and before or: true or (false and false)"],
  ["false and true or true", true, "(false and true) or true"],
  ["not not true", true, "not (not true)"],
];

describe("precedence and associativity", () => {
  it.each(PRECEDENCE)("%s is %s (%s)", (source, expected) => {
    const got = evaluateWith(source);
    if (typeof expected === "number") expectSameNumber(got, expected, source);
    else expect(got).toBe(expected);
  });
});
