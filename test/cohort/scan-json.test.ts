import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/cohort/scan-json.js";

/** Each case: the text, then the error's line, column and message (JSON.parse says "Unexpected token" without a position for several). */
const ERRORS: [string, number, number, string][] = [
  ["", 1, 1, "the file ends early: expected a value"],
  ["[1,]", 1, 4, 'expected a value, got "]"'],
  ['{"a": x}', 1, 7, 'expected a value, got "x"'],
  ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, got "}"'],
  ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}", got the start of a string'],
  ['{"a": 1', 1, 8, 'the file ends early: expected "," or the closing bracket'],
  ["{'a': 1}", 1, 2, "expected a property name in double quotes or \"}\", got \"'\""],
  ['{"a" 1}', 1, 6, 'expected ":" after the property name, got "1"'],
  ['{"a": 01}', 1, 8, 'expected "," or "}", got "1"'],
  ['{"a": 1}\nx', 2, 1, 'unexpected "x" after the end of the JSON value'],
  ['{"a": "b\nc"}', 1, 9, "a control character (such as a line break) inside a string"],
  ['{"a": "\\q"}', 1, 8, "an invalid escape \\q"],
  ['{"a": "\\u12"}', 1, 8, "a \\u escape without four hex digits"],
  ['{"a": "abc}', 1, 7, "a string that is never closed"],
  ["[NaN]", 1, 2, 'expected a value or "]", got "N"'],
];

describe("scanJson", () => {
  it.each(ERRORS)("%j: the first syntax error at %i:%i", (text, line, column, message) => {
    expect(scanJson(text)).toEqual({ error: { position: { line, column }, message }, entryPositions: [] });
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it("accepts what JSON.parse accepts", () => {
    for (const text of ["0", "-1.5e+3", '"\\u00e9\\n"', "[]", "{}", ' { "a" : [ true , false , null ] } ', '[[[[[[[[[["deep"]]]]]]]]]]', "[".repeat(100_000) + "]".repeat(100_000)]) {
      expect(scanJson(text)).toEqual({ entryPositions: [] });
    }
  });

  it("finds where each element of the root's entry list starts, and only those", () => {
    const text = '{\n  "resourceType": "Bundle",\n  "x": {"entry": [1]},\n  "entry": [\n    {"resource": {"entry": [2, 3]}},\n\t"]",\n    [{}]\n  ]\n}';
    expect(scanJson(text).entryPositions).toEqual([{ line: 5, column: 5 }, { line: 6, column: 2 }, { line: 7, column: 5 }]);
    expect(scanJson('{"entry": []}').entryPositions).toEqual([]);
    expect(scanJson('[{"entry": [1]}]').entryPositions).toEqual([]);
  });

  it("follows JSON.parse when the entry key is repeated: the last one counts", () => {
    expect(scanJson('{"entry": [1, 2], "entry": [3]}').entryPositions).toEqual([{ line: 1, column: 29 }]);
  });
});
