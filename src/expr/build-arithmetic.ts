import type { ExpressionValue } from "./compiled-expression.js";
import type { BuildContext, Evaluator } from "./evaluator.js";
import { raiseToPower } from "./raise-to-power.js";
import { EXPECTS_NUMBER, throwTypeError } from "./runtime-type-error.js";
import type { ArithmeticOperator, SyntaxNode } from "./syntax-node.js";

type ArithmeticNode = Extract<SyntaxNode, { kind: "arithmetic" }>;
type PowerNode = Extract<SyntaxNode, { kind: "power" }>;
type NegateNode = Extract<SyntaxNode, { kind: "negate" }>;

/**
 * The slow path of arithmetic, taken when an operand is not a number: missing (null) gives
 * null, any other type is an error naming the operand.
 *
 * @example missingOrTypeError("x + 1", parseExpression("x"), null) // null
 */
export function missingOrTypeError(source: string, operand: SyntaxNode, value: ExpressionValue): null {
  if (value === null || typeof value === "number") return null;
  return throwTypeError(source, operand, EXPECTS_NUMBER, value);
}

/**
 * Compiles a chain such as `a - b + c` (left to right). A two-operand chain gets one closure
 * per operator, so the all-numbers path is one type test and one machine operation, with
 * nothing allocated; longer chains loop. IEEE rules apply: 1/0 is Infinity and 0/0 is NaN,
 * as in R.
 *
 * @example buildArithmetic(parseExpression("a * 2"), context)([21]) // 42, where context maps a to index 0
 */
export function buildArithmetic(node: ArithmeticNode, context: BuildContext): Evaluator {
  const first = context.build(node.first);
  const [step, ...more] = node.rest;
  if (step === undefined || more.length > 0) return buildChain(node, first, context);
  const right = context.build(step.operand);
  const slow = (a: ExpressionValue, b: ExpressionValue): null =>
    missingOrTypeError(context.source, node.first, a) ?? missingOrTypeError(context.source, step.operand, b);
  switch (step.operator) {
    case "+":
      return (values) => {
        const a = first(values);
        const b = right(values);
        return typeof a === "number" && typeof b === "number" ? a + b : slow(a, b);
      };
    case "-":
      return (values) => {
        const a = first(values);
        const b = right(values);
        return typeof a === "number" && typeof b === "number" ? a - b : slow(a, b);
      };
    case "*":
      return (values) => {
        const a = first(values);
        const b = right(values);
        return typeof a === "number" && typeof b === "number" ? a * b : slow(a, b);
      };
    case "/":
      return (values) => {
        const a = first(values);
        const b = right(values);
        return typeof a === "number" && typeof b === "number" ? a / b : slow(a, b);
      };
  }
}

function applyArithmetic(operator: ArithmeticOperator, a: number, b: number): number {
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
  }
}

function buildChain(node: ArithmeticNode, first: Evaluator, context: BuildContext): Evaluator {
  const operands = node.rest.map((step) => context.build(step.operand));
  const operators = node.rest.map((step) => step.operator);
  const { source } = context;
  return (values) => {
    let result = first(values);
    if (typeof result !== "number") result = missingOrTypeError(source, node.first, result);
    for (let index = 0; index < operands.length; index += 1) {
      const value = (operands[index] as Evaluator)(values);
      if (typeof value !== "number") {
        // Later operands are still checked, so a string after a missing value is an error.
        result = missingOrTypeError(source, node.rest[index]?.operand ?? node, value);
      } else if (result !== null) {
        result = applyArithmetic(operators[index] as ArithmeticOperator, result, value);
      }
    }
    return result;
  };
}

/**
 * Compiles `base ^ exponent` with R's rules (see raiseToPower: 1^NaN is 1).
 *
 * @example buildPower(parseExpression("a ^ 2"), context)([3]) // 9
 */
export function buildPower(node: PowerNode, context: BuildContext): Evaluator {
  const base = context.build(node.base);
  const exponent = context.build(node.exponent);
  const slow = (a: ExpressionValue, b: ExpressionValue): null =>
    missingOrTypeError(context.source, node.base, a) ?? missingOrTypeError(context.source, node.exponent, b);
  return (values) => {
    const a = base(values);
    const b = exponent(values);
    return typeof a === "number" && typeof b === "number" ? raiseToPower(a, b) : slow(a, b);
  };
}

/**
 * Compiles prefix minus.
 *
 * @example buildNegate(parseExpression("-x"), context)([3]) // -3
 */
export function buildNegate(node: NegateNode, context: BuildContext): Evaluator {
  const operand = context.build(node.operand);
  return (values) => {
    const a = operand(values);
    return typeof a === "number" ? -a : missingOrTypeError(context.source, node.operand, a);
  };
}
