import { describe, expect, it } from "vitest";
import { buildArithmetic, buildNegate, buildPower, missingOrTypeError } from "../../src/expr/build-arithmetic.js";
import { buildCall } from "../../src/expr/build-call.js";
import { applyComparison, buildComparison } from "../../src/expr/build-comparison.js";
import { buildEvaluator } from "../../src/expr/build-evaluator.js";
import { buildLogical, buildNot, requireCondition } from "../../src/expr/build-logical.js";
import { buildMembership } from "../../src/expr/build-membership.js";
import { parseExpression } from "../../src/expr/parse-expression.js";
import { describeKind, EXPECTS_NUMBER, formatValue, throwTypeError } from "../../src/expr/runtime-type-error.js";
import { findNode, treeAndContext } from "./expression-test-helpers.js";

describe("buildEvaluator", () => {
  it("reads variables by index (doc example)", () => {
    expect(buildEvaluator(parseExpression("a + 1"), "a + 1", new Map([["a", 0]]))([41])).toBe(42);
    expect(buildEvaluator(parseExpression("b - a"), "b - a", new Map([["a", 1], ["b", 0]]))([10, 3])).toBe(7);
  });

  it("refuses a tree whose variable has no index", () => {
    expect(() => buildEvaluator(parseExpression("a"), "a", new Map())).toThrow(new RangeError('buildEvaluator requires an index for variable "a"'));
  });
});

describe("node builders (doc examples)", () => {
  it("build arithmetic, powers and negation", () => {
    const product = treeAndContext("a * 2");
    expect(buildArithmetic(findNode(product.tree, "arithmetic"), product.context)([21])).toBe(42);
    const square = treeAndContext("a ^ 2");
    expect(buildPower(findNode(square.tree, "power"), square.context)([3])).toBe(9);
    const negative = treeAndContext("-x");
    expect(buildNegate(findNode(negative.tree, "negate"), negative.context)([3])).toBe(-3);
    expect(missingOrTypeError("x + 1", parseExpression("x"), null)).toBe(null);
    expect(missingOrTypeError("x + 1", parseExpression("x"), 2)).toBe(null);
  });

  it("build comparisons and membership", () => {
    expect(applyComparison("<", "F", "f")).toBe(true);
    expect(applyComparison("==", true, true)).toBe(true);
    const less = treeAndContext("a < 3");
    expect(buildComparison(findNode(less.tree, "comparison"), less.context)([null])).toBe(null);
    expect(buildComparison(findNode(less.tree, "comparison"), less.context)([2])).toBe(true);
    const stage = treeAndContext("stage in [3, 4]");
    expect(buildMembership(findNode(stage.tree, "membership"), stage.context)([4])).toBe(true);
  });

  it("build logic", () => {
    const both = treeAndContext("a and b");
    expect(buildLogical(findNode(both.tree, "logical"), both.context)([false, null])).toBe(false);
    const negation = treeAndContext("not a");
    expect(buildNot(findNode(negation.tree, "not"), negation.context)([true])).toBe(false);
    expect(requireCondition("x and y", parseExpression("x"), null)).toBe(null);
    expect(requireCondition("x and y", parseExpression("x"), true)).toBe(true);
  });

  it("build calls, and refuse an unknown one", () => {
    const largest = treeAndContext("max(a, 2)");
    const call = findNode(largest.tree, "call");
    expect(buildCall(call, largest.context)([5])).toBe(5);
    expect(buildCall(call, largest.context)([1])).toBe(2);
    expect(() => buildCall({ ...call, name: "eval" }, largest.context)).toThrow(new RangeError('buildCall requires a known function, got "eval"'));
  });
});

describe("run-time type errors", () => {
  it("quote values and kinds (doc examples)", () => {
    expect(formatValue("f")).toBe('"f"');
    expect(formatValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(formatValue(1.5)).toBe("1.5");
    expect(formatValue(null)).toBe("null");
    expect(describeKind(3)).toBe("a number");
    expect(describeKind(true)).toBe("true or false");
    expect(describeKind("f")).toBe("a string");
    expect(() => throwTypeError("weight / sex", { start: 9, end: 12 }, EXPECTS_NUMBER, "f")).toThrow(
      new RangeError('expression `weight / sex` expects a number for `sex`, got "f"'),
    );
  });
});
