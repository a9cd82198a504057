import type { ExpressionValue } from "./compiled-expression.js";
import type { BuildContext, Evaluator } from "./evaluator.js";
import { EXPECTS_BOOLEAN, throwTypeError } from "./runtime-type-error.js";
import type { SyntaxNode } from "./syntax-node.js";

type LogicalNode = Extract<SyntaxNode, { kind: "logical" }>;
type NotNode = Extract<SyntaxNode, { kind: "not" }>;

/**
 * Returns a condition's value if it is true, false or null (missing), and throws otherwise:
 * numbers are not conditions here (R would take any non-zero number as TRUE).
 *
 * @example requireCondition("x and y", parseExpression("x"), null) // null
 */
export function requireCondition(source: string, operand: SyntaxNode, value: ExpressionValue): boolean | null {
  if (value === null || typeof value === "boolean") return value;
  return throwTypeError(source, operand, EXPECTS_BOOLEAN, value);
}

/**
 * Compiles `and` / `or` chains with three-valued logic (SQL, and R's `&&` / `||` on NA):
 * false and null = false, true and null = null, true or null = true, false or null = null.
 * Evaluation stops at the first operand that decides (false for and, true for or), as R's
 * `&&` does, so a type error further right goes unnoticed on such rows.
 *
 * @example buildLogical(parseExpression("a and b"), context)([false, null]) // false
 */
export function buildLogical(node: LogicalNode, context: BuildContext): Evaluator {
  const operands = node.operands.map((operand) => context.build(operand));
  const { source } = context;
  const decisive = node.operator === "or";
  return (values) => {
    let missing = false;
    for (let index = 0; index < operands.length; index += 1) {
      const value = (operands[index] as Evaluator)(values);
      const condition = requireCondition(source, node.operands[index] ?? node, value);
      if (condition === decisive) return decisive;
      if (condition === null) missing = true;
    }
    return missing ? null : !decisive;
  };
}

/**
 * Compiles prefix `not`: not null is null.
 *
 * @example buildNot(parseExpression("not a"), context)([true]) // false
 */
export function buildNot(node: NotNode, context: BuildContext): Evaluator {
  const operand = context.build(node.operand);
  return (values) => {
    const value = requireCondition(context.source, node.operand, operand(values));
    return value === null ? null : !value;
  };
}
