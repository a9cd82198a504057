import { test as propTest, fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { compileExpression, type ExpressionValue } from "../../src/expr/index.js";

// Replay a failure with fc.configureGlobal({ seed }) using the seed fast-check prints.

type BinaryOperator = "+" | "-" | "*" | "/" | "^";
type UnaryFunction = "abs" | "ceil" | "exp" | "floor" | "log" | "log10" | "round" | "sqrt";
type Tree =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "variable"; readonly index: number }
  | { readonly kind: "negate"; readonly operand: Tree }
  | { readonly kind: "binary"; readonly operator: BinaryOperator; readonly left: Tree; readonly right: Tree }
  | { readonly kind: "unary"; readonly name: UnaryFunction; readonly operand: Tree }
  | { readonly kind: "fold"; readonly name: "min" | "max" | "pow"; readonly args: readonly Tree[] };

const NAMES = ["a", "b", "c"] as const;

const number = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true }).map(Math.abs));
const leaf: fc.Arbitrary<Tree> = fc.oneof(
  number.map((value): Tree => ({ kind: "number", value })),
  fc.integer({ min: 0, max: NAMES.length - 1 }).map((index): Tree => ({ kind: "variable", index })),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 5, depthIdentifier: "tree" },
    leaf,
    tie("tree").map((operand): Tree => ({ kind: "negate", operand })),
    fc.record({ kind: fc.constant("binary"), operator: fc.constantFrom<BinaryOperator>("+", "-", "*", "/", "^"), left: tie("tree"), right: tie("tree") }),
    fc.record({ kind: fc.constant("unary"), name: fc.constantFrom<UnaryFunction>("abs", "ceil", "exp", "floor", "log", "log10", "round", "sqrt"), operand: tie("tree") }),
    fc.record({ kind: fc.constant("fold"), name: fc.constantFrom("min", "max"), args: fc.array(tie("tree"), { minLength: 2, maxLength: 3 }) }),
    fc.record({ kind: fc.constant("fold"), name: fc.constant("pow"), args: fc.tuple(tie("tree"), tie("tree")) }),
  ),
}));
const variableValue = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 9, arbitrary: fc.double({ min: -100, max: 100 }) });

// Written apart from src/expr on purpose: R's rules straight from R_pow and the R docs.
function roundHalfAway(x: number): number {
  const whole = Math.floor(Math.abs(x));
  const rounded = Math.abs(x) - whole >= 0.5 ? whole + 1 : whole;
  return x < 0 ? -rounded : rounded;
}
const UNARY: Readonly<Record<UnaryFunction, (x: number) => number>> = {
  abs: Math.abs, ceil: Math.ceil, exp: Math.exp, floor: Math.floor, log: Math.log, log10: Math.log10, round: roundHalfAway, sqrt: Math.sqrt,
};
const power = (x: number, y: number): number => (x === 1 ? 1 : Math.pow(x, y));
const BINARY: Readonly<Record<BinaryOperator, (x: number, y: number) => number>> = {
  "+": (x, y) => x + y, "-": (x, y) => x - y, "*": (x, y) => x * y, "/": (x, y) => x / y, "^": power,
};

function reference(node: Tree, values: readonly (number | null)[]): number | null {
  switch (node.kind) {
    case "number":
      return node.value;
    case "variable":
      return values[node.index] ?? null;
    case "negate": {
      const x = reference(node.operand, values);
      return x === null ? null : -x;
    }
    case "unary": {
      const x = reference(node.operand, values);
      return x === null ? null : UNARY[node.name](x);
    }
    case "binary": {
      const [x, y] = [reference(node.left, values), reference(node.right, values)];
      return x === null || y === null ? null : BINARY[node.operator](x, y);
    }
    case "fold": {
      const args = node.args.map((arg) => reference(arg, values));
      if (args.some((arg) => arg === null)) return null;
      const numbers = args as number[];
      return node.name === "pow" ? power(numbers[0] ?? 0, numbers[1] ?? 0) : node.name === "min" ? Math.min(...numbers) : Math.max(...numbers);
    }
  }
}

// Levels: 1 = + -, 2 = * /, 3 = prefix minus, 4 = ^, 5 = a primary. Parentheses only where the
// grammar needs them, so the property also checks precedence and associativity.
const LEVELS: Readonly<Record<BinaryOperator, number>> = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 4 };

function render(node: Tree): { readonly text: string; readonly level: number } {
  const at = (child: Tree, minimum: number): string => {
    const printed = render(child);
    return printed.level >= minimum ? printed.text : `(${printed.text})`;
  };
  switch (node.kind) {
    case "number":
      return { text: String(node.value), level: 5 };
    case "variable":
      return { text: NAMES[node.index] ?? "a", level: 5 };
    case "negate":
      return { text: `-${at(node.operand, 3)}`, level: 3 };
    case "unary":
      return { text: `${node.name}(${render(node.operand).text})`, level: 5 };
    case "fold":
      return { text: `${node.name}(${node.args.map((arg) => render(arg).text).join(", ")})`, level: 5 };
    case "binary": {
      const level = LEVELS[node.operator];
      // Left-associative: the right operand of the same level needs parentheses. ^ is
      // right-associative and its base is a primary: (-2)^2, (2^3)^2.
      const [left, right] = node.operator === "^" ? [at(node.left, 5), at(node.right, 3)] : [at(node.left, level), at(node.right, level + 1)];
      return { text: `${left} ${node.operator} ${right}`, level };
    }
  }
}

propTest.prop([tree, fc.tuple(variableValue, variableValue, variableValue)], { numRuns: 500 })(
  "a random arithmetic tree evaluates to the reference value of the same tree",
  (generated, values) => {
    const source = render(generated).text;
    const compiled = compileExpression(source);
    const got = compiled.evaluate(compiled.variables.map((name) => values[NAMES.indexOf(name as (typeof NAMES)[number])] ?? null));
    const expected = reference(generated, values);
    expect(Object.is(got, expected), `${source} with a, b, c = ${values.join(", ")}: got ${String(got)}, expected ${String(expected)}`).toBe(true);
  },
);

const TOKENS = [
  "a", "b", "x1", "1", "2.5", "1e3", ".", "(", ")", "[", "]", ",", "+", "-", "*", "/", "^", "<", "<=", ">", "==", "!=", "=", "!", "&&",
  " and ", " or ", "not ", " in ", "true", "false", '"', '"f"', "\\", " ", "\n", "log", "max", "if_else", "is_missing", "__proto__", "constructor", "é",
];
const source = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 30 }));
const anyValue = fc.oneof(fc.constant(null), fc.double(), fc.boolean(), fc.constantFrom("f", "", "a"));

propTest.prop([source, fc.array(anyValue, { minLength: 8, maxLength: 8 })], { numRuns: 2000 })(
  "compile throws nothing but ExpressionError, and evaluate nothing but RangeError",
  (text, pool) => {
    let compiled;
    try {
      compiled = compileExpression(text);
    } catch (error) {
      expect(error, JSON.stringify(text)).toBeInstanceOf(ExpressionError);
      const { offset } = error as ExpressionError;
      expect(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `offset ${offset} of ${JSON.stringify(text)}`).toBe(true);
      return;
    }
    expect(new Set(compiled.variables).size).toBe(compiled.variables.length);
    let result: ExpressionValue | undefined;
    try {
      result = compiled.evaluate(compiled.variables.map((_, index) => pool[index % pool.length] ?? null));
    } catch (error) {
      expect(error, JSON.stringify(text)).toBeInstanceOf(RangeError);
      return;
    }
    expect(["number", "string", "boolean", "object"]).toContain(typeof result);
  },
);
