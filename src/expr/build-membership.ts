import type { BuildContext, Evaluator } from "./evaluator.js";
import { describeKind, throwTypeError } from "./runtime-type-error.js";
import type { SyntaxNode } from "./syntax-node.js";

type MembershipNode = Extract<SyntaxNode, { kind: "membership" }>;

/**
 * Compiles `x in [v1, v2, …]`. A missing x (or NaN) gives null, as SQL's `NULL IN (…)` does;
 * R's `NA %in% c(1, 2)` is FALSE instead. x must have the type of the list's items.
 *
 * @example buildMembership(parseExpression("stage in [3, 4]"), context)([4]) // true
 */
export function buildMembership(node: MembershipNode, context: BuildContext): Evaluator {
  const operand = context.build(node.operand);
  const items = new Set(node.items);
  const itemKind = typeof node.items[0];
  const expected = `${describeKind(node.items[0])} (like the list)`;
  return (values) => {
    const value = operand(values);
    if (value === null || Number.isNaN(value)) return null;
    if (typeof value !== itemKind) throwTypeError(context.source, node.operand, expected, value);
    return items.has(value);
  };
}
