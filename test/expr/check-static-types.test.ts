import { describe, expect, it } from "vitest";
import { checkStaticTypes } from "../../src/expr/check-static-types.js";
import { collectVariables } from "../../src/expr/collect-variables.js";
import { EXPRESSION_FUNCTION_NAMES, EXPRESSION_FUNCTIONS } from "../../src/expr/expression-functions.js";
import { parseExpression } from "../../src/expr/parse-expression.js";

const kindOf = (source: string): string => checkStaticTypes(parseExpression(source), source);

describe("checkStaticTypes", () => {
  it("infers the kind of the whole expression (doc example)", () => {
    expect(kindOf("age > 3")).toBe("boolean");
    expect(kindOf("weight / height ^ 2")).toBe("number");
    expect(kindOf('"f"')).toBe("string");
    expect(kindOf("x")).toBe("unknown");
    expect(kindOf("x in [1] or is_missing(y)")).toBe("boolean");
    expect(kindOf('if_else(c, "a", "b")')).toBe("string");
    expect(kindOf('if_else(c, 1, "b")')).toBe("unknown");
    expect(kindOf("-round(x)")).toBe("number");
  });
});

describe("collectVariables", () => {
  it("lists names in order of first appearance (doc example)", () => {
    expect(collectVariables(parseExpression("b + a * b"))).toEqual(["b", "a"]);
    expect(collectVariables(parseExpression("abs(x) > 1 and y in [2]"))).toEqual(["x", "y"]);
  });
});

describe("EXPRESSION_FUNCTIONS", () => {
  it("holds the documented functions, found only by their own names (doc example)", () => {
    expect(EXPRESSION_FUNCTIONS.get("log")?.usage).toBe("log(x)");
    expect(EXPRESSION_FUNCTION_NAMES).toEqual(["abs", "ceil", "exp", "floor", "if_else", "is_missing", "log", "log10", "max", "min", "pow", "round", "sqrt"]);
    expect(EXPRESSION_FUNCTIONS.get("constructor")).toBeUndefined();
    expect(EXPRESSION_FUNCTIONS.get("__proto__")).toBeUndefined();
    expect(EXPRESSION_FUNCTIONS.get("toString")).toBeUndefined();
  });
});
