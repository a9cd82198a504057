import { missingOrTypeError } from "./build-arithmetic.js";
import { requireCondition } from "./build-logical.js";
import type { BuildContext, Evaluator } from "./evaluator.js";
import { EXPRESSION_FUNCTIONS } from "./expression-functions.js";
import type { SyntaxNode } from "./syntax-node.js";

type CallNode = Extract<SyntaxNode, { kind: "call" }>;

/**
 * Compiles a function call. Numeric functions give null if an argument is missing.
 * `is_missing(x)` is true for null and NaN (R: is.na(NaN) is TRUE). `if_else(c, a, b)`
 * evaluates only the branch it returns, and gives null when c is null (R: ifelse(NA, 1, 2)).
 *
 * @example buildCall(parseExpression("max(a, 2)"), context)([5]) // 5
 */
export function buildCall(node: CallNode, context: BuildContext): Evaluator {
  const fn = EXPRESSION_FUNCTIONS.get(node.name);
  if (fn === undefined) throw new RangeError(`buildCall requires a known function, got "${node.name}"`);
  const args = node.args.map((arg) => context.build(arg));
  const [first, second, third] = args;
  if (first === undefined) throw new RangeError(`buildCall requires arguments for "${node.name}"`);
  switch (fn.form) {
    case "unary":
      return buildUnary(fn.apply, first, node, context);
    case "fold":
      return buildFold(fn.apply, args, node, context);
    case "is_missing":
      return (values) => {
        const value = first(values);
        return value === null || Number.isNaN(value);
      };
    case "if_else":
      if (second === undefined || third === undefined) throw new RangeError("buildCall requires 3 arguments for if_else");
      return buildIfElse([first, second, third], node, context);
  }
}

function buildUnary(apply: (value: number) => number, arg: Evaluator, node: CallNode, context: BuildContext): Evaluator {
  const argNode = node.args[0] ?? node;
  return (values) => {
    const value = arg(values);
    return typeof value === "number" ? apply(value) : missingOrTypeError(context.source, argNode, value);
  };
}

function buildFold(apply: (a: number, b: number) => number, args: readonly Evaluator[], node: CallNode, context: BuildContext): Evaluator {
  return (values) => {
    let result = Number.NaN;
    let missing = false;
    for (let index = 0; index < args.length; index += 1) {
      const value = (args[index] as Evaluator)(values);
      if (typeof value === "number") {
        result = index === 0 ? value : apply(result, value);
      } else {
        // Every argument is still checked, so a string after a missing value is an error.
        missingOrTypeError(context.source, node.args[index] ?? node, value);
        missing = true;
      }
    }
    return missing ? null : result;
  };
}

function buildIfElse(branches: readonly [Evaluator, Evaluator, Evaluator], node: CallNode, context: BuildContext): Evaluator {
  const [condition, whenTrue, whenFalse] = branches;
  const conditionNode = node.args[0] ?? node;
  return (values) => {
    const decision = requireCondition(context.source, conditionNode, condition(values));
    if (decision === null) return null;
    return decision ? whenTrue(values) : whenFalse(values);
  };
}
