import { ExpressionError } from "../errors.js";
import { EXPRESSION_FUNCTIONS } from "./expression-functions.js";
import { EXPECTS_BOOLEAN, EXPECTS_NUMBER } from "./runtime-type-error.js";
import type { SyntaxNode } from "./syntax-node.js";

/** The type a node is known to have before any data is seen; variables are "unknown". */
export type StaticKind = "number" | "string" | "boolean" | "unknown";

type KnownKind = Exclude<StaticKind, "unknown">;

const PHRASES: Readonly<Record<KnownKind, string>> = { number: EXPECTS_NUMBER, string: "a string", boolean: EXPECTS_BOOLEAN };

const HINTS: Readonly<Record<string, string>> = {
  "number<string": "only numbers take part in arithmetic and numeric functions",
  "number<boolean": "turn a condition into a number with if_else(condition, 1, 0)",
  "boolean<number": "write a condition, e.g. x > 0",
  "boolean<string": 'write a condition, e.g. sex == "f"',
};
const COMPARE_HINT = 'compare numbers with numbers and strings with strings, e.g. stage == 4 or sex == "f"';

/**
 * Finds type errors that literals and operators make certain, whatever the data: `"a" + 1`,
 * `not 3`, `(age > 3) * 2`, `1 in ["a"]`, `log(true)`. Anything involving a variable's own
 * type is left to evaluation, which throws a RangeError.
 *
 * @returns the kind of the whole expression
 * @example checkStaticTypes(parseExpression("age > 3"), "age > 3") // "boolean"
 */
export function checkStaticTypes(tree: SyntaxNode, source: string): StaticKind {
  return inferKind(tree, source);
}

function inferKind(node: SyntaxNode, source: string): StaticKind {
  switch (node.kind) {
    case "literal":
      return typeof node.value === "number" ? "number" : typeof node.value === "string" ? "string" : "boolean";
    case "variable":
      return "unknown";
    case "negate":
      return expectKind(node.operand, "number", { label: "-", source });
    case "not":
      return expectKind(node.operand, "boolean", { label: "not", source });
    case "arithmetic":
      expectKind(node.first, "number", { label: node.rest[0]?.operator ?? "+", source });
      node.rest.forEach((step) => expectKind(step.operand, "number", { label: step.operator, source }));
      return "number";
    case "power":
      expectKind(node.base, "number", { label: "^", source });
      return expectKind(node.exponent, "number", { label: "^", source });
    case "logical":
      node.operands.forEach((operand) => expectKind(operand, "boolean", { label: node.operator, source }));
      return "boolean";
    case "comparison":
      return checkComparison(node, source);
    case "membership":
      return checkMembership(node, source);
    case "call":
      return checkCall(node, source);
  }
}

interface Where {
  /** The operator or function, quoted in the message. */
  readonly label: string;
  readonly source: string;
}

/** Checks that `node` can have the expected kind and returns that kind. */
function expectKind(node: SyntaxNode, expected: KnownKind, where: Where, hint?: string): KnownKind {
  const kind = inferKind(node, where.source);
  if (kind !== "unknown" && kind !== expected) throwMismatch(node, PHRASES[expected], kind, where, hint);
  return expected;
}

function throwMismatch(node: SyntaxNode, expected: string, kind: KnownKind, where: Where, hint?: string): never {
  const text = where.source.slice(node.start, node.end);
  const message = `"${where.label}" expects ${expected} for \`${text}\`, got ${PHRASES[kind]}`;
  throw new ExpressionError(message, node.start, hint ?? HINTS[`${expected === EXPECTS_NUMBER ? "number" : "boolean"}<${kind}`] ?? COMPARE_HINT);
}

function checkComparison(node: Extract<SyntaxNode, { kind: "comparison" }>, source: string): StaticKind {
  const where = { label: node.operator, source };
  const left = inferKind(node.left, source);
  const right = inferKind(node.right, source);
  const ordered = node.operator !== "==" && node.operator !== "!=";
  const orderedHint = "compare true/false values with == or !=";
  if (ordered && left === "boolean") throwMismatch(node.left, "a number or a string", left, where, orderedHint);
  if (ordered && right === "boolean") throwMismatch(node.right, "a number or a string", right, where, orderedHint);
  if (left !== "unknown" && right !== "unknown" && left !== right) {
    const leftText = source.slice(node.left.start, node.left.end);
    throwMismatch(node.right, `${PHRASES[left]} (like \`${leftText}\`)`, right, where, COMPARE_HINT);
  }
  return "boolean";
}

function checkMembership(node: Extract<SyntaxNode, { kind: "membership" }>, source: string): StaticKind {
  const operand = inferKind(node.operand, source);
  const first = node.items[0];
  const itemKind: KnownKind = typeof first === "number" ? "number" : typeof first === "string" ? "string" : "boolean";
  if (operand !== "unknown" && operand !== itemKind) {
    const hint = 'the value and the items must have one type, e.g. stage in [3, 4] or sex in ["f", "m"]';
    throwMismatch(node.operand, `${PHRASES[itemKind]} (like the list)`, operand, { label: "in", source }, hint);
  }
  return "boolean";
}

function checkCall(node: Extract<SyntaxNode, { kind: "call" }>, source: string): StaticKind {
  const form = EXPRESSION_FUNCTIONS.get(node.name)?.form;
  const where = { label: node.name, source };
  if (form === "is_missing") {
    node.args.forEach((arg) => inferKind(arg, source));
    return "boolean";
  }
  if (form !== "if_else") {
    node.args.forEach((arg) => expectKind(arg, "number", where));
    return "number";
  }
  const [condition, whenTrue, whenFalse] = node.args;
  if (condition !== undefined) expectKind(condition, "boolean", where);
  const kinds = [whenTrue, whenFalse].map((branch) => (branch === undefined ? "unknown" : inferKind(branch, source)));
  return kinds[0] === kinds[1] ? (kinds[0] ?? "unknown") : "unknown";
}
