import { describe, expect, it } from "vitest";
import { compileError, type ExpectedError } from "./expression-test-helpers.js";

const OPERAND_HINT = 'expected a number, a "string", a name, a function call or "("';
const AFTER_OPERAND_HINT = 'put an operator between two values (e.g. a * b) and join conditions with "and" or "or"';
const FUNCTIONS = "functions: abs, ceil, exp, floor, if_else, is_missing, log, log10, max, min, pow, round, sqrt";
const MEMBER_HINT = 'names contain only letters, digits and "_"; there is no member access';
const NUMBER_HINT = "numbers look like 12, 0.5, .5 or 1e-3; put an operator between a number and a name, e.g. 2 * x";
const CHARACTER_HINT =
  'an expression holds numbers, "strings", names, function calls, parentheses and the operators + - * / ^ < <= > >= == != and or not in';

type Row = readonly [source: string, message: string, offset: number, hint: string];

function expectRows(rows: readonly Row[]): void {
  for (const [source, message, offset, hint] of rows) {
    const expected: ExpectedError = { message, offset, hint };
    expect(compileError(source), source).toEqual(expected);
  }
}

describe("lexical errors", () => {
  it("names an unexpected character, invisible ones by code", () => {
    expectRows([
      ["a # b", 'unexpected character "#"', 2, CHARACTER_HINT],
      ["sex == 'f'", `unexpected character "'"`, 7, 'strings use double quotes, e.g. "f"'],
      ["sex == \u201cf\u201d", 'unexpected character "\u201c" (U+201C)', 7, 'use straight double quotes ("), e.g. "f"'],
      ["a\u00a0+ b", "unexpected character U+00A0", 1, "remove it, or replace it with an ordinary space"],
      ["\u00e2ge > 3", 'unexpected character "\u00e2" (U+00E2)', 0, CHARACTER_HINT],
      ["x $ y", 'unexpected character "$"', 2, CHARACTER_HINT],
    ]);
  });

  it("rejects member access", () => {
    expectRows([
      ["a.b", 'unexpected character "."', 1, MEMBER_HINT],
      ["x.5", 'unexpected character "."', 1, MEMBER_HINT],
      ["f(x).y", 'unexpected character "."', 4, MEMBER_HINT],
      ["1 + .", 'unexpected character "."', 4, MEMBER_HINT],
    ]);
  });

  it("reports an unterminated string at its opening quote", () => {
    expectRows([
      ['sex == "f', "unterminated string", 7, 'close the string with "'],
      ['sex == "f\\"', "unterminated string", 7, 'close the string with "'],
      ['"a\\', "unterminated string", 0, 'close the string with "'],
    ]);
  });

  it("knows only two escapes", () => {
    expectRows([['x == "a\\nb"', 'unknown escape "\\n" in string', 7, 'the only escapes are \\" and \\\\']]);
  });

  it("reports a malformed number whole", () => {
    expectRows([
      ["2x + 1", 'malformed number "2x"', 0, NUMBER_HINT],
      ["x > 1e", 'malformed number "1e"', 4, NUMBER_HINT],
      ["1.2.3", 'malformed number "1.2.3"', 0, NUMBER_HINT],
      ["0x10", 'malformed number "0x10"', 0, NUMBER_HINT],
      ["1_000", 'malformed number "1_000"', 0, NUMBER_HINT],
    ]);
  });

  it("names our operator for another language's", () => {
    expectRows([
      ['sex = "f"', 'unknown operator "="', 4, 'compare with "==", e.g. sex == "f"'],
      ["a === b", 'unknown operator "="', 4, 'compare with "==", e.g. sex == "f"'],
      ["a && b", 'unknown operator "&&"', 2, 'write "and", e.g. age >= 18 and sex == "f"'],
      ["a & b", 'unknown operator "&"', 2, 'write "and", e.g. age >= 18 and sex == "f"'],
      ["a || b", 'unknown operator "||"', 2, 'write "or", e.g. stage == 3 or stage == 4'],
      ["a | b", 'unknown operator "|"', 2, 'write "or", e.g. stage == 3 or stage == 4'],
      ["!a", 'unknown operator "!"', 0, 'write "not", e.g. not is_missing(bili)'],
      ["a ** 2", 'unknown operator "**"', 2, 'write "^" for a power, e.g. height ^ 2'],
      ["stage %in% 3", 'unknown operator "%in%"', 6, 'write "in", e.g. stage in [3, 4]'],
      ["a <> b", 'unknown operator "<>"', 2, 'write "!=" for "not equal"'],
    ]);
  });
});

describe("syntax errors", () => {
  it("rejects an empty expression", () => {
    expectRows([
      ["", "empty expression", 0, "write a condition or a formula, e.g. age >= 18"],
      ["  \n ", "empty expression", 0, "write a condition or a formula, e.g. age >= 18"],
    ]);
  });

  it("reports a missing operand where it should be", () => {
    expectRows([
      ["1 +", "unexpected end of expression", 3, OPERAND_HINT],
      ["age >= ", "unexpected end of expression", 7, OPERAND_HINT],
      ["* 2", 'unexpected "*"', 0, OPERAND_HINT],
      ["a and or b", 'unexpected "or"', 6, OPERAND_HINT],
      ["()", 'unexpected ")"', 1, OPERAND_HINT],
      ["max(a, )", 'unexpected ")"', 7, OPERAND_HINT],
      ["[1, 2]", 'unexpected "["', 0, 'a list only follows "in", e.g. stage in [3, 4]'],
      ["a == not b", 'unexpected "not"', 5, 'put "not" in parentheses here, e.g. a == (not b)'],
    ]);
  });

  it("reports trailing tokens after a complete expression", () => {
    expectRows([
      ["a b", 'unexpected "b" after a complete expression', 2, AFTER_OPERAND_HINT],
      ['age > 3 "x"', 'unexpected string "x" after a complete expression', 8, AFTER_OPERAND_HINT],
      ["2 (3)", 'unexpected "(" after a complete expression', 2, AFTER_OPERAND_HINT],
      ["x[0]", 'unexpected "[" after a complete expression', 1, 'there is no indexing; a list only follows "in", e.g. stage in [3, 4]'],
      ["age > 3 AND sex", 'unexpected "AND" after a complete expression', 8, 'keywords are lower case: "and"'],
      ["stage not in [3]", 'unexpected "not" after a complete expression', 6, 'put "not" first, e.g. not stage in [3, 4]'],
      ["1, 2", 'unexpected "," after a complete expression', 1, AFTER_OPERAND_HINT],
      ["(1))", 'unmatched ")"', 3, 'remove it, or add the "(" it closes'],
    ]);
  });

  it("reports an unclosed bracket at its opening", () => {
    expectRows([
      ["(1 + 2", 'unclosed "("', 0, 'add ")" to close it'],
      ["((1)", 'unclosed "("', 0, 'add ")" to close it'],
      ["log(1", 'unclosed "("', 3, 'add ")" to close it'],
      ["max(1, 2", 'unclosed "("', 3, 'add ")" to close it'],
      ["(a b)", 'expected ")", got "b"', 3, AFTER_OPERAND_HINT],
      ["(a]", 'expected ")", got "]"', 2, AFTER_OPERAND_HINT],
      ["max(a b)", 'expected "," or ")", got "b"', 6, 'separate arguments with ",", e.g. max(a, b)'],
    ]);
  });

  it("refuses chained comparisons and shows the and form", () => {
    expectRows([
      ["a < b < c", 'comparisons cannot be chained: "<" then "<"', 6, 'join two comparisons with "and": a < b and b < c'],
      ["18 <= age <= 65", 'comparisons cannot be chained: "<=" then "<="', 10, 'join two comparisons with "and": 18 <= age and age <= 65'],
      ["a == b != c", 'comparisons cannot be chained: "==" then "!="', 7, 'join two comparisons with "and": a == b and b != c'],
      ["1 < 2 == true", 'comparisons cannot be chained: "<" then "=="', 6, 'join two comparisons with "and": 1 < 2 and 2 == true'],
      ["a < b <", 'comparisons cannot be chained: "<" then "<"', 6, 'join two comparisons with "and": a < b and b < …'],
    ]);
  });

  it("checks the list after in", () => {
    const itemHint = "a list holds numbers, strings or true/false written out, e.g. stage in [3, 4]";
    expectRows([
      ["x in 3", 'expected "[" after "in", got number 3', 5, itemHint],
      ["x in [y]", 'expected a list item, got "y"', 6, itemHint],
      ["x in []", 'expected a list item, got "]"', 6, itemHint],
      ["x in [1, 2 + 3]", 'expected "," or "]" in the list, got "+"', 11, 'separate items with ",", e.g. [3, 4]'],
      ["x in [1 2]", 'expected "," or "]" in the list, got number 2', 8, 'separate items with ",", e.g. [3, 4]'],
      ["x in [1, 2", 'unclosed "["', 5, 'add "]" to close the list'],
      ["x in [1,", 'unclosed "["', 5, 'add "]" to close the list'],
      ['x in [1, "a"]', 'list mixes "a" with numbers', 9, "make every item a number, like the first"],
      ['x in ["a", -2]', "list mixes -2 with strings", 11, "make every item a string, like the first"],
      ["x in [true, 0]", "list mixes 0 with true/false values", 12, "make every item true or false, like the first"],
    ]);
  });
});

describe("name errors", () => {
  it("names an unknown function with a suggestion and the list", () => {
    expectRows([
      ["lg(2)", 'unknown function "lg"', 0, `did you mean "log"? ${FUNCTIONS}`],
      ["1 + sqr(x)", 'unknown function "sqr"', 4, `did you mean "sqrt"? ${FUNCTIONS}`],
      ["mean(a, b)", 'unknown function "mean"', 0, `did you mean "max"? ${FUNCTIONS}`], // "min" is 2 edits away too; the first wins
      ['require("fs")', 'unknown function "require"', 0, FUNCTIONS],
      ["ifelse(a, 1, 2)", 'unknown function "ifelse"', 0, `did you mean "if_else"? ${FUNCTIONS}`],
    ]);
  });

  it("checks the number of arguments", () => {
    expectRows([
      ["log(1, 2)", 'function "log" takes 1 argument, got 2', 0, "call it as log(x)"],
      ["x + exp()", 'function "exp" takes 1 argument, got 0', 4, "call it as exp(x)"],
      ["max(1)", 'function "max" takes at least 2 arguments, got 1', 0, "call it as max(a, b, ...)"],
      ["pow(2)", 'function "pow" takes 2 arguments, got 1', 0, "call it as pow(base, exponent)"],
      ["if_else(a, 1)", 'function "if_else" takes 3 arguments, got 2', 0, "call it as if_else(condition, a, b)"],
      ["is_missing(a, b)", 'function "is_missing" takes 1 argument, got 2', 0, "call it as is_missing(x)"],
    ]);
  });

  it("checks variables against the known ones, if given", () => {
    const knownVariables = new Set(["age", "sex", "bili", "alk_phos"]);
    const known = "known variables: age, sex, bili, alk_phos";
    const rows: Row[] = [
      ["agee > 30", 'unknown variable "agee"', 0, `did you mean "age"? ${known}`],
      ["age > 30 and Sex == \"f\"", 'unknown variable "Sex"', 13, `did you mean "sex"? ${known}`],
      ["alk.phos > 3", 'unexpected character "."', 3, MEMBER_HINT],
      ["weight > 3", 'unknown variable "weight"', 0, known],
      ["age > 3 or TRUE", 'unknown variable "TRUE"', 11, 'keywords are lower case: "true"'],
      ["bili == NA", 'unknown variable "NA"', 8, "there is no missing-value literal; test with is_missing(x)"],
      ["log + 1", 'unknown variable "log"', 0, '"log" is a function: call it as log(x)'],
    ];
    for (const [source, message, offset, hint] of rows) {
      expect(compileError(source, { knownVariables }), source).toEqual({ message, offset, hint });
    }
  });

  it("reports an unknown variable at its first use and lists at most 20 names", () => {
    const many = new Set(Array.from({ length: 25 }, (_, index) => `c${index}`));
    const listed = Array.from({ length: 20 }, (_, index) => `c${index}`).join(", ");
    expect(compileError("zz + zz", { knownVariables: many })).toEqual({
      message: 'unknown variable "zz"',
      offset: 0,
      hint: `known variables: ${listed} … and 5 more`,
    });
    expect(compileError("x", { knownVariables: new Set() })).toEqual({
      message: 'unknown variable "x"',
      offset: 0,
      hint: "there are no known variables",
    });
  });
});

describe("type errors found at compile time", () => {
  const numberHint = "only numbers take part in arithmetic and numeric functions";
  const compareHint = 'compare numbers with numbers and strings with strings, e.g. stage == 4 or sex == "f"';
  it("reports literal operands of the wrong type", () => {
    expectRows([
      ['1 + "a"', '"+" expects a number for `"a"`, got a string', 4, numberHint],
      ['"a" * x', '"*" expects a number for `"a"`, got a string', 0, numberHint],
      ['x - 1 + "b"', '"+" expects a number for `"b"`, got a string', 8, numberHint],
      ['-"a"', '"-" expects a number for `"a"`, got a string', 1, numberHint],
      ["2 ^ true", '"^" expects a number for `true`, got true or false', 4, "turn a condition into a number with if_else(condition, 1, 0)"],
      ["(age > 3) * 2", '"*" expects a number for `age > 3`, got true or false', 1, "turn a condition into a number with if_else(condition, 1, 0)"],
      ['log("a")', '"log" expects a number for `"a"`, got a string', 4, numberHint],
      ["max(1, is_missing(x))", '"max" expects a number for `is_missing(x)`, got true or false', 7, "turn a condition into a number with if_else(condition, 1, 0)"],
      ["not 3", '"not" expects true or false for `3`, got a number', 4, "write a condition, e.g. x > 0"],
      ["x > 1 and 3", '"and" expects true or false for `3`, got a number', 10, "write a condition, e.g. x > 0"],
      ['"f" or x', '"or" expects true or false for `"f"`, got a string', 0, 'write a condition, e.g. sex == "f"'],
      ["if_else(1, a, b)", '"if_else" expects true or false for `1`, got a number', 8, "write a condition, e.g. x > 0"],
      ["true < x", '"<" expects a number or a string for `true`, got true or false', 0, "compare true/false values with == or !="],
      ["x >= (a == b)", '">=" expects a number or a string for `a == b`, got true or false', 6, "compare true/false values with == or !="],
      ['1 == "a"', '"==" expects a number (like `1`) for `"a"`, got a string', 5, compareHint],
      ["x + 1 != true", '"!=" expects a number (like `x + 1`) for `true`, got true or false', 9, compareHint],
      ['1 in ["a"]', '"in" expects a string (like the list) for `1`, got a number', 0, 'the value and the items must have one type, e.g. stage in [3, 4] or sex in ["f", "m"]'],
      ["(x > 1) in [1]", '"in" expects a number (like the list) for `x > 1`, got true or false', 1, 'the value and the items must have one type, e.g. stage in [3, 4] or sex in ["f", "m"]'],
      ['if_else(c, 1, 2) == "a"', '"==" expects a number (like `if_else(c, 1, 2)`) for `"a"`, got a string', 20, compareHint],
    ]);
  });

  it("leaves variables and mixed if_else results to evaluation", () => {
    expect(() => compileError('x == "a"')).toThrow('expected "x == \\"a\\"" not to compile');
    expect(() => compileError('if_else(c, 1, "a") == "a"')).toThrow("not to compile");
  });
});
