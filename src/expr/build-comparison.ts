import type { ExpressionValue } from "./compiled-expression.js";
import type { BuildContext, Evaluator } from "./evaluator.js";
import { describeKind, EXPECTS_ORDERED, throwTypeError } from "./runtime-type-error.js";
import type { ComparisonOperator, LiteralValue, SyntaxNode } from "./syntax-node.js";

type ComparisonNode = Extract<SyntaxNode, { kind: "comparison" }>;

/**
 * Compares two present values of one type. Strings compare by UTF-16 code units, the same
 * on every machine (R compares in the locale's collation order, which differs between them).
 *
 * @example applyComparison("<", "F", "f") // true
 */
export function applyComparison(operator: ComparisonOperator, a: LiteralValue, b: LiteralValue): boolean {
  switch (operator) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
  }
}

/**
 * Compiles a comparison. A missing operand, or NaN, gives null (R: NA > 1 and NaN > 1 are NA).
 * Both operands must have one type: `sex == 1` on a string is an error, not false, because it
 * almost always means a category column compared with a code.
 *
 * @example buildComparison(parseExpression("a < 3"), context)([null]) // null
 */
export function buildComparison(node: ComparisonNode, context: BuildContext): Evaluator {
  const left = context.build(node.left);
  const right = context.build(node.right);
  const { operator } = node;
  const slow = (a: ExpressionValue, b: ExpressionValue): boolean | null => compareSlowly(node, context.source, a, b);
  return (values) => {
    const a = left(values);
    const b = right(values);
    if (typeof a === "number" && typeof b === "number" && !Number.isNaN(a) && !Number.isNaN(b)) {
      return applyComparison(operator, a, b);
    }
    return slow(a, b);
  };
}

function compareSlowly(node: ComparisonNode, source: string, a: ExpressionValue, b: ExpressionValue): boolean | null {
  const ordered = node.operator !== "==" && node.operator !== "!=";
  if (ordered && typeof a === "boolean") throwTypeError(source, node.left, EXPECTS_ORDERED, a);
  if (ordered && typeof b === "boolean") throwTypeError(source, node.right, EXPECTS_ORDERED, b);
  if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) return null;
  if (typeof a !== typeof b) {
    const leftText = source.slice(node.left.start, node.left.end);
    throwTypeError(source, node.right, `${describeKind(a)} (like \`${leftText}\`)`, b);
  }
  return applyComparison(node.operator, a, b);
}
