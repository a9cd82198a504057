import { describe, expect, it } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { hintAfterOperand, hintForMissingOperand } from "../../src/expr/unexpected-token-hint.js";
import { parseList } from "../../src/expr/parse-list.js";
import { parsePrimary } from "../../src/expr/parse-primary.js";
import type { SyntaxNode } from "../../src/expr/syntax-node.js";
import { TokenCursor } from "../../src/expr/token-cursor.js";
import { tokenizeExpression } from "../../src/expr/tokenize-expression.js";

const cursorFor = (source: string): TokenCursor => new TokenCursor(source, tokenizeExpression(source));
const parseNested = (): SyntaxNode => {
  throw new Error("not called for a name");
};

describe("TokenCursor", () => {
  it("walks the tokens (doc example) and stays on the end", () => {
    const cursor = cursorFor("a + 1");
    expect(cursor.next().text).toBe("a");
    expect(cursor.isAt("+")).toBe(true);
    expect(cursor.takeOperator(["-", "+"])).toBe("+");
    expect(cursor.takeOperator(["+"])).toBeUndefined();
    expect(cursor.next()).toMatchObject({ kind: "number", value: 1 });
    expect(cursor.next()).toMatchObject({ kind: "end", start: 5 });
    expect(cursor.next()).toMatchObject({ kind: "end", start: 5 });
    expect(cursor.textOf({ start: 0, end: 3 })).toBe("a +");
  });

  it("does not take a name or a string as an operator", () => {
    expect(cursorFor('"and"').takeOperator(["and"])).toBeUndefined();
    expect(cursorFor("AND").isAt("and")).toBe(false);
  });

  it("requires a token list that ends with an end token", () => {
    expect(() => new TokenCursor("a", [])).toThrow(new RangeError("TokenCursor requires a list that ends with an end token"));
  });

  it("restores the depth after a nested parse, even one that throws", () => {
    const cursor = cursorFor("(");
    const opener = cursor.peek();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      expect(() => cursor.nest(opener, () => { throw new ExpressionError("inner", 0); })).toThrow("inner");
    }
    expect(cursor.nest(opener, () => 42)).toBe(42);
  });
});

describe("parseList", () => {
  it("reads the items of a list (doc example) and where it ends", () => {
    expect(parseList(cursorFor("[3, 4]"))).toEqual({ items: [3, 4], end: 6 });
    expect(parseList(cursorFor('["f", "m"]'))).toEqual({ items: ["f", "m"], end: 10 });
    expect(parseList(cursorFor("[true]"))).toEqual({ items: [true], end: 6 });
    expect(parseList(cursorFor("[-1, - 2.5]"))).toEqual({ items: [-1, -2.5], end: 11 });
  });
});

describe("parsePrimary", () => {
  it("reads a variable (doc example), literals and calls", () => {
    expect(parsePrimary(cursorFor("age"), parseNested)).toEqual({ kind: "variable", name: "age", start: 0, end: 3 });
    expect(parsePrimary(cursorFor("false"), parseNested)).toEqual({ kind: "literal", value: false, start: 0, end: 5 });
    expect(parsePrimary(cursorFor('"f"'), parseNested)).toEqual({ kind: "literal", value: "f", start: 0, end: 3 });
    const literal = (start: number): SyntaxNode => ({ kind: "literal", value: 1, start, end: start + 1 });
    let next = 4;
    const call = parsePrimary(cursorFor("max(1, 1)"), (cursor) => {
      cursor.next();
      const node = literal(next);
      next += 3;
      return node;
    });
    expect(call).toEqual({ kind: "call", name: "max", args: [literal(4), literal(7)], start: 0, end: 9 });
  });
});

describe("hints for unexpected tokens", () => {
  it("explains a token where an operand should be (doc example)", () => {
    expect(hintForMissingOperand({ kind: "symbol", text: "[", start: 0, end: 1 })).toBe('a list only follows "in", e.g. stage in [3, 4]');
    expect(hintForMissingOperand({ kind: "end", text: "", start: 0, end: 0 })).toBe('expected a number, a "string", a name, a function call or "("');
  });

  it("explains a token after a complete operand (doc example)", () => {
    expect(hintAfterOperand({ kind: "name", text: "AND", start: 8, end: 11 })).toBe('keywords are lower case: "and"');
    expect(hintAfterOperand({ kind: "name", text: "Not", start: 0, end: 3 })).toBe('keywords are lower case: "not"');
    expect(hintAfterOperand({ kind: "symbol", text: ")", start: 0, end: 1 })).toBe('remove it, or add the "(" it closes');
  });
});
