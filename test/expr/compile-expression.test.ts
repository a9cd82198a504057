import { describe, expect, it } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { compileExpression, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from "../../src/expr/index.js";
import { evaluationError } from "./expression-test-helpers.js";

describe("compileExpression", () => {
  it("compiles a derived covariate (doc example)", () => {
    const bmi = compileExpression("weight / (height / 100) ^ 2");
    expect(bmi.source).toBe("weight / (height / 100) ^ 2");
    expect(bmi.variables).toEqual(["weight", "height"]);
    expect(bmi.evaluate([81, 180])).toBe(25); // 81 / 1.8^2 = 81 / 3.24 = 25
  });

  it("lists distinct variables in order of first appearance", () => {
    expect(compileExpression("b + a * b - c / a").variables).toEqual(["b", "a", "c"]);
    expect(compileExpression("if_else(z > 0, y, x) + z").variables).toEqual(["z", "y", "x"]);
    expect(compileExpression("1 + 2").variables).toEqual([]);
    expect(compileExpression("log(x) + exp(x)").variables).toEqual(["x"]); // function names are not variables
  });

  it("reads values by position, and can be evaluated again and again", () => {
    const expression = compileExpression("ka * exp(-k * t) + 1");
    expect(expression.evaluate([2, 0.5, 0])).toBe(3); // 2 * exp(0) + 1
    expect(expression.evaluate([2, 0.5, 2])).toBe(2 * Math.exp(-1) + 1);
    expect(expression.evaluate([2, 0.5, 0])).toBe(3);
  });

  it("accepts the known variables it uses, in any order", () => {
    const knownVariables = new Set(["sex", "bili", "age"]);
    const eligibility = compileExpression('age >= 30 and bili < 10 and sex == "f"', { knownVariables });
    expect(eligibility.variables).toEqual(["age", "bili", "sex"]);
    expect(eligibility.evaluate([42, 1.2, "f"])).toBe(true);
    expect(eligibility.evaluate([42, 1.2, "m"])).toBe(false);
  });

  it("requires exactly one value per variable", () => {
    const expression = compileExpression("a + b");
    expect(() => expression.evaluate([1])).toThrow(new RangeError("evaluate requires 2 values (a, b), got 1"));
    expect(() => expression.evaluate([1, 2, 3])).toThrow(new RangeError("evaluate requires 2 values (a, b), got 3"));
    expect(() => compileExpression("1").evaluate([1])).toThrow(new RangeError("evaluate requires no values, got 1"));
  });

  it("returns a frozen object whose variables cannot be changed", () => {
    const expression = compileExpression("a + b");
    expect(Object.isFrozen(expression)).toBe(true);
    expect(Object.isFrozen(expression.variables)).toBe(true);
  });

  it("throws only ExpressionError for bad source", () => {
    expect(() => compileExpression("1 +")).toThrow(ExpressionError);
  });

  it("exports its limits", () => {
    expect([MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH]).toEqual([4000, 64]);
  });
});

describe("type errors found at evaluation", () => {
  it("quotes the expression, the operand and the value", () => {
    const rows: readonly (readonly [string, Record<string, string | number | boolean | null>, string])[] = [
      ["weight / sex", { weight: 70, sex: "f" }, 'expression `weight / sex` expects a number for `sex`, got "f"'],
      ["x + 1", { x: true }, "expression `x + 1` expects a number for `x`, got true"],
      ["-x", { x: "a" }, 'expression `-x` expects a number for `x`, got "a"'],
      ["x ^ 2", { x: "a" }, 'expression `x ^ 2` expects a number for `x`, got "a"'],
      ["2 ^ x", { x: false }, "expression `2 ^ x` expects a number for `x`, got false"],
      ["a + b + c", { a: null, b: "s", c: 1 }, 'expression `a + b + c` expects a number for `b`, got "s"'],
      ["a * b * c", { a: "s", b: 1, c: 1 }, 'expression `a * b * c` expects a number for `a`, got "s"'],
      ["log(x)", { x: "a" }, 'expression `log(x)` expects a number for `x`, got "a"'],
      ["max(x, y)", { x: null, y: "a" }, 'expression `max(x, y)` expects a number for `y`, got "a"'],
      ["not x", { x: 3 }, "expression `not x` expects true or false for `x`, got 3"],
      ["x and y", { x: true, y: 1 }, "expression `x and y` expects true or false for `y`, got 1"],
      ["x or y", { x: "yes", y: true }, 'expression `x or y` expects true or false for `x`, got "yes"'],
      ["if_else(x, 1, 2)", { x: 1 }, "expression `if_else(x, 1, 2)` expects true or false for `x`, got 1"],
      ["x < 3", { x: true }, "expression `x < 3` expects a number or a string for `x`, got true"],
      ["3 > x", { x: false }, "expression `3 > x` expects a number or a string for `x`, got false"],
      ["sex == 1", { sex: "f" }, "expression `sex == 1` expects a string (like `sex`) for `1`, got 1"],
      ["a < b", { a: 1, b: "2" }, 'expression `a < b` expects a number (like `a`) for `b`, got "2"'],
      ["x != y", { x: true, y: 0 }, "expression `x != y` expects true or false (like `x`) for `y`, got 0"],
      ["x in [1, 2]", { x: "1" }, 'expression `x in [1, 2]` expects a number (like the list) for `x`, got "1"'],
    ];
    for (const [source, values, message] of rows) expect(evaluationError(source, values), source).toBe(message);
  });

  it("still checks types when another operand is missing", () => {
    expect(evaluationError("x + y", { x: null, y: "a" })).toBe('expression `x + y` expects a number for `y`, got "a"');
    expect(evaluationError("x < y", { x: null, y: true })).toBe("expression `x < y` expects a number or a string for `y`, got true");
  });
});
