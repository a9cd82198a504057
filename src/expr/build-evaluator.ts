import type { ExpressionValue } from "./compiled-expression.js";
import { buildArithmetic, buildNegate, buildPower } from "./build-arithmetic.js";
import { buildCall } from "./build-call.js";
import { buildComparison } from "./build-comparison.js";
import { buildLogical, buildNot } from "./build-logical.js";
import { buildMembership } from "./build-membership.js";
import type { BuildContext, Evaluator } from "./evaluator.js";
import type { SyntaxNode } from "./syntax-node.js";

/**
 * Compiles a syntax tree into nested closures, once; evaluating them walks no tree, looks up
 * no name and, for numeric expressions, allocates nothing. A variable is read by its index in
 * the values array, never by name from an object, so no name can reach a prototype.
 *
 * @param variableIndex the index in the values array of every variable in the tree
 * @example buildEvaluator(parseExpression("a + 1"), "a + 1", new Map([["a", 0]]))([41]) // 42
 */
export function buildEvaluator(tree: SyntaxNode, source: string, variableIndex: ReadonlyMap<string, number>): Evaluator {
  const context: BuildContext = { source, variableIndex, build: (node) => buildNode(node, context) };
  return buildNode(tree, context);
}

function buildNode(node: SyntaxNode, context: BuildContext): Evaluator {
  switch (node.kind) {
    case "literal": {
      const { value } = node;
      return () => value;
    }
    case "variable":
      return buildVariable(node.name, context);
    case "negate":
      return buildNegate(node, context);
    case "not":
      return buildNot(node, context);
    case "arithmetic":
      return buildArithmetic(node, context);
    case "power":
      return buildPower(node, context);
    case "comparison":
      return buildComparison(node, context);
    case "logical":
      return buildLogical(node, context);
    case "membership":
      return buildMembership(node, context);
    case "call":
      return buildCall(node, context);
  }
}

function buildVariable(name: string, context: BuildContext): Evaluator {
  const index = context.variableIndex.get(name);
  if (index === undefined) throw new RangeError(`buildEvaluator requires an index for variable "${name}"`);
  // compileExpression checks the array's length before each evaluation, so the slot exists.
  return (values) => values[index] as ExpressionValue;
}
