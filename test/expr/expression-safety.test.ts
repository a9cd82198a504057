import { describe, expect, it } from "vitest";
import { compileExpression, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from "../../src/expr/index.js";
import { compileError, evaluateWith } from "./expression-test-helpers.js";

const DEPTH_ERROR = `expression is nested too deeply (more than ${MAX_NESTING_DEPTH} levels)`;
const DEPTH_HINT = "simplify it, or split it into several derived covariates";

describe("no name reaches JavaScript", () => {
  it("treats prototype and global names as ordinary variables", () => {
    for (const name of ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "process", "this", "globalThis", "eval", "Function"]) {
      const expression = compileExpression(`${name} + 1`);
      expect(expression.variables).toEqual([name]);
      expect(expression.evaluate([41])).toBe(42);
      expect(expression.evaluate([null])).toBe(null);
    }
  });

  it("rejects them when they are not known variables", () => {
    const knownVariables = new Set(["age"]);
    for (const name of ["constructor", "__proto__", "process", "this", "globalThis"]) {
      expect(compileError(`${name} > 1`, { knownVariables }).message).toBe(`unknown variable "${name}"`);
    }
  });

  it("accepts them as known variables, with no special meaning", () => {
    const knownVariables = new Set(["__proto__", "constructor"]);
    const expression = compileExpression("__proto__ * constructor", { knownVariables });
    expect(expression.variables).toEqual(["__proto__", "constructor"]);
    expect(expression.evaluate([6, 7])).toBe(42);
  });

  it("calls no function outside its own table", () => {
    for (const name of ["constructor", "toString", "hasOwnProperty", "__proto__", "eval", "Function", "require", "import", "process", "this"]) {
      expect(compileError(`${name}(1)`).message).toBe(`unknown function "${name}"`);
    }
    expect(compileError('require("fs")')).toMatchObject({ message: 'unknown function "require"', offset: 0 });
  });

  it("has no member access, indexing or assignment", () => {
    expect(compileError("a.b")).toMatchObject({ message: 'unexpected character "."', offset: 1 });
    expect(compileError("process.exit(1)")).toMatchObject({ message: 'unexpected character "."', offset: 7 });
    expect(compileError("x[0]")).toMatchObject({ message: 'unexpected "[" after a complete expression', offset: 1 });
    expect(compileError('x["constructor"]')).toMatchObject({ offset: 1 });
    expect(compileError("a = 1")).toMatchObject({ message: 'unknown operator "="', offset: 2 });
    expect(compileError("`x`")).toMatchObject({ message: 'unexpected character "`"', offset: 0 });
    expect(compileError("x; y")).toMatchObject({ message: 'unexpected character ";"', offset: 1 });
    // The whole source is tokenized before parsing, so the "=" of "=>" is found first.
    expect(compileError("() => 1")).toMatchObject({ message: 'unknown operator "="', offset: 3 });
  });

  it("keeps strings inert", () => {
    expect(evaluateWith('x == "constructor"', { x: "constructor" })).toBe(true);
    expect(evaluateWith('"__proto__" in ["__proto__"]')).toBe(true);
    expect(evaluateWith('if_else(true, "process.exit(1)", "")')).toBe("process.exit(1)");
  });
});

describe("limits", () => {
  it(`accepts ${MAX_EXPRESSION_LENGTH} characters and refuses one more`, () => {
    const longest = `${"1+".repeat(MAX_EXPRESSION_LENGTH / 2 - 1)}10`;
    expect(longest.length).toBe(MAX_EXPRESSION_LENGTH);
    expect(compileExpression(longest).evaluate([])).toBe(MAX_EXPRESSION_LENGTH / 2 - 1 + 10);
    expect(compileError(`${longest} `)).toEqual({
      message: `expression is too long (${MAX_EXPRESSION_LENGTH + 1} characters, at most ${MAX_EXPRESSION_LENGTH})`,
      offset: MAX_EXPRESSION_LENGTH,
      hint: "split it into several derived covariates",
    });
  });

  it("compiles and evaluates the longest flat chains without deep recursion", () => {
    const terms = (operator: string, term: string): string =>
      Array.from({ length: Math.floor((MAX_EXPRESSION_LENGTH + operator.length) / (term.length + operator.length)) }, () => term).join(operator);
    expect(compileExpression(terms("*", "1")).evaluate([])).toBe(1);
    expect(compileExpression(terms(" and ", "a")).evaluate([true])).toBe(true);
    expect(compileExpression(terms(" or ", "a")).evaluate([null])).toBe(null);
    expect(compileExpression(terms("-", "x")).evaluate([0])).toBe(0);
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels of nesting and refuses ${MAX_NESTING_DEPTH + 1}`, () => {
    const parentheses = (depth: number): string => `${"(".repeat(depth)}1${")".repeat(depth)}`;
    expect(compileExpression(parentheses(MAX_NESTING_DEPTH)).evaluate([])).toBe(1);
    expect(compileError(parentheses(MAX_NESTING_DEPTH + 1))).toEqual({ message: DEPTH_ERROR, offset: MAX_NESTING_DEPTH, hint: DEPTH_HINT });
  });

  it("counts calls, prefix operators and exponents as levels", () => {
    const calls = (depth: number): string => `${"abs(".repeat(depth)}-1${")".repeat(depth)}`;
    expect(compileExpression(calls(MAX_NESTING_DEPTH - 1)).evaluate([])).toBe(1); // 63 calls + the minus
    expect(compileError(calls(MAX_NESTING_DEPTH))).toMatchObject({ message: DEPTH_ERROR, offset: 4 * MAX_NESTING_DEPTH });
    expect(compileExpression(`${"-".repeat(MAX_NESTING_DEPTH)}1`).evaluate([])).toBe(1);
    expect(compileError(`${"-".repeat(MAX_NESTING_DEPTH + 1)}1`)).toMatchObject({ message: DEPTH_ERROR, offset: MAX_NESTING_DEPTH });
    expect(compileError(`${"not ".repeat(MAX_NESTING_DEPTH + 1)}true`)).toMatchObject({ message: DEPTH_ERROR, offset: 4 * MAX_NESTING_DEPTH });
    expect(compileExpression(Array.from({ length: MAX_NESTING_DEPTH + 1 }, () => "1").join("^")).evaluate([])).toBe(1);
    expect(compileError(Array.from({ length: MAX_NESTING_DEPTH + 2 }, () => "1").join("^"))).toMatchObject({ message: DEPTH_ERROR, offset: 2 * MAX_NESTING_DEPTH + 1 });
  });

  it("refuses a deeply nested hostile input with an error, not a stack overflow", () => {
    expect(compileError("(".repeat(MAX_EXPRESSION_LENGTH))).toMatchObject({ message: DEPTH_ERROR });
    expect(compileError("-".repeat(MAX_EXPRESSION_LENGTH))).toMatchObject({ message: DEPTH_ERROR });
    expect(compileError("log(".repeat(1000))).toMatchObject({ message: DEPTH_ERROR });
  });
});
