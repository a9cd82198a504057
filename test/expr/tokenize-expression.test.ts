import { describe, expect, it } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { scanNumber } from "../../src/expr/scan-number.js";
import { scanString } from "../../src/expr/scan-string.js";
import { scanSymbol } from "../../src/expr/scan-symbol.js";
import { describeToken, KEYWORDS } from "../../src/expr/token.js";
import { tokenizeExpression } from "../../src/expr/tokenize-expression.js";

const texts = (source: string): string[] => tokenizeExpression(source).map((token) => token.text);
const kinds = (source: string): string[] => tokenizeExpression(source).map((token) => token.kind);

describe("tokenizeExpression", () => {
  it("ends every list with an end token at the source length (doc example)", () => {
    expect(texts("age >= 30")).toEqual(["age", ">=", "30", ""]);
    expect(tokenizeExpression("")).toEqual([{ kind: "end", text: "", start: 0, end: 0 }]);
    expect(tokenizeExpression(" \t\r\n").at(-1)).toEqual({ kind: "end", text: "", start: 4, end: 4 });
  });

  it("needs no spaces between tokens and records offsets", () => {
    expect(texts("a<=-b^2")).toEqual(["a", "<=", "-", "b", "^", "2", ""]);
    expect(tokenizeExpression("x  in [1,2]").map((token) => [token.start, token.end])).toEqual([
      [0, 1], [3, 5], [6, 7], [7, 8], [8, 9], [9, 10], [10, 11], [11, 11],
    ]);
  });

  it("tells keywords from names, case-sensitively", () => {
    expect(kinds("and or not in true false And android notx in_x")).toEqual([
      "keyword", "keyword", "keyword", "keyword", "keyword", "keyword", "name", "name", "name", "name", "end",
    ]);
    expect([...KEYWORDS]).toEqual(["and", "or", "not", "in", "true", "false"]);
  });

  it("reads decimal numbers with exponents, and a leading dot", () => {
    const values = tokenizeExpression("12 0.5 .5 1. 1e-3 2E+2 1.5e3 007 1e400").flatMap((token) =>
      token.kind === "number" ? [token.value] : [],
    );
    expect(values).toEqual([12, 0.5, 0.5, 1, 0.001, 200, 1500, 7, Infinity]);
  });

  it("reads a dot after a space as the start of a number, but never after an operand", () => {
    expect(texts("1 + .5")).toEqual(["1", "+", ".5", ""]);
    expect(() => tokenizeExpression("x.5")).toThrow(ExpressionError);
    expect(() => tokenizeExpression("f(x).y")).toThrow(ExpressionError);
  });

  it("reads strings with their two escapes, newlines included", () => {
    const [token] = tokenizeExpression('"a \\"b\\" \\\\ c\nd"');
    expect(token).toMatchObject({ kind: "string", value: 'a "b" \\ c\nd', start: 0, end: 16 });
  });
});

describe("scanNumber", () => {
  it("reads the number at an offset (doc example)", () => {
    expect(scanNumber("x < 1e-3", 4)).toEqual({ kind: "number", value: 0.001, text: "1e-3", start: 4, end: 8 });
  });

  it("is only called where a number starts", () => {
    expect(() => scanNumber("x", 0)).toThrow(new RangeError("scanNumber requires a number at offset 0"));
  });
});

describe("scanString", () => {
  it("reads the string at an offset (doc example)", () => {
    expect(scanString('sex == "f"', 7)).toEqual({ kind: "string", value: "f", text: '"f"', start: 7, end: 10 });
  });

  it("reads an empty string", () => {
    expect(scanString('""', 0)).toMatchObject({ value: "", end: 2 });
  });
});

describe("scanSymbol", () => {
  it("prefers the longest operator (doc example)", () => {
    expect(scanSymbol("a <= 3", 2)).toEqual({ kind: "symbol", text: "<=", start: 2, end: 4 });
    expect(scanSymbol("a != 3", 2)).toMatchObject({ text: "!=" });
  });

  it("returns undefined where no symbol starts", () => {
    expect(scanSymbol("a # b", 2)).toBeUndefined();
  });
});

describe("describeToken", () => {
  it("quotes symbols and names (doc example) and says what literals are", () => {
    expect(describeToken({ kind: "symbol", text: "*", start: 0, end: 1 })).toBe('"*"');
    expect(describeToken({ kind: "name", text: "age", start: 0, end: 3 })).toBe('"age"');
    expect(describeToken({ kind: "number", value: 2, text: "2", start: 0, end: 1 })).toBe("number 2");
    expect(describeToken({ kind: "string", value: "f", text: '"f"', start: 0, end: 3 })).toBe('string "f"');
    expect(describeToken({ kind: "end", text: "", start: 5, end: 5 })).toBe("end of expression");
  });
});
