import { ExpressionError } from "../errors.js";
import { parseList } from "./parse-list.js";
import { parsePrimary, type ParseRule } from "./parse-primary.js";
import type { ArithmeticOperator, ArithmeticStep, ComparisonOperator, LogicalOperator, SyntaxNode } from "./syntax-node.js";
import { TokenCursor } from "./token-cursor.js";
import { describeToken } from "./token.js";
import { tokenizeExpression } from "./tokenize-expression.js";
import { hintAfterOperand } from "./unexpected-token-hint.js";

const COMPARISONS: readonly ComparisonOperator[] = ["<", "<=", ">", ">=", "==", "!="];

/**
 * Parses an expression into a syntax tree by recursive descent. Precedence, low to high:
 * `or`; `and`; prefix `not`; comparisons (non-associative); `in [list]`; `+ -`; `* /`;
 * prefix `-`; `^` (right-associative, above prefix minus as in R: -2^2 is -4).
 *
 * @example parseExpression("1 + 2 * 3").kind // "arithmetic": 1 + (2 * 3)
 */
export function parseExpression(source: string): SyntaxNode {
  const cursor = new TokenCursor(source, tokenizeExpression(source));
  if (cursor.peek().kind === "end") {
    throw new ExpressionError("empty expression", 0, 'write a condition or a formula, e.g. age >= 18');
  }
  const node = parseOr(cursor);
  const rest = cursor.peek();
  if (rest.kind !== "end") {
    const message = rest.text === ")" ? 'unmatched ")"' : `unexpected ${describeToken(rest)} after a complete expression`;
    throw new ExpressionError(message, rest.start, hintAfterOperand(rest));
  }
  return node;
}

function parseLogical(cursor: TokenCursor, operator: LogicalOperator, parseOperand: ParseRule): SyntaxNode {
  const first = parseOperand(cursor);
  if (!cursor.isAt(operator)) return first;
  const operands = [first];
  while (cursor.takeOperator([operator]) !== undefined) operands.push(parseOperand(cursor));
  const last = operands.at(-1) ?? first;
  return { kind: "logical", operator, operands, start: first.start, end: last.end };
}

function parseOr(cursor: TokenCursor): SyntaxNode {
  return parseLogical(cursor, "or", parseAnd);
}

function parseAnd(cursor: TokenCursor): SyntaxNode {
  return parseLogical(cursor, "and", parseNot);
}

function parseNot(cursor: TokenCursor): SyntaxNode {
  const token = cursor.peek();
  if (!cursor.isAt("not")) return parseComparison(cursor);
  cursor.next();
  const operand = cursor.nest(token, () => parseNot(cursor));
  return { kind: "not", operand, start: token.start, end: operand.end };
}

function parseComparison(cursor: TokenCursor): SyntaxNode {
  const left = parseMembership(cursor);
  const operator = cursor.takeOperator(COMPARISONS);
  if (operator === undefined) return left;
  const right = parseMembership(cursor);
  const second = cursor.peek();
  const secondOperator = cursor.takeOperator(COMPARISONS);
  if (secondOperator !== undefined) {
    const [a, b] = [left, right].map((node) => cursor.textOf(node));
    const c = describeThirdOperand(cursor);
    throw new ExpressionError(
      `comparisons cannot be chained: "${operator}" then "${secondOperator}"`,
      second.start,
      `join two comparisons with "and": ${a} ${operator} ${b} and ${b} ${secondOperator} ${c}`,
    );
  }
  return { kind: "comparison", operator, left, right, start: left.start, end: right.end };
}

/** The source of the operand after a chained comparison, for the hint, or "…" if it is broken too. */
function describeThirdOperand(cursor: TokenCursor): string {
  try {
    return cursor.textOf(parseMembership(cursor));
  } catch (error) {
    if (error instanceof ExpressionError) return "…";
    throw error;
  }
}

function parseMembership(cursor: TokenCursor): SyntaxNode {
  const operand = parseAdditive(cursor);
  if (cursor.takeOperator(["in"]) === undefined) return operand;
  const { items, end } = parseList(cursor);
  return { kind: "membership", operand, items, start: operand.start, end };
}

function parseArithmetic(cursor: TokenCursor, operators: readonly ArithmeticOperator[], parseOperand: ParseRule): SyntaxNode {
  const first = parseOperand(cursor);
  const rest: ArithmeticStep[] = [];
  for (let operator = cursor.takeOperator(operators); operator !== undefined; operator = cursor.takeOperator(operators)) {
    rest.push({ operator, operand: parseOperand(cursor) });
  }
  const last = rest.at(-1)?.operand;
  return last === undefined ? first : { kind: "arithmetic", first, rest, start: first.start, end: last.end };
}

function parseAdditive(cursor: TokenCursor): SyntaxNode {
  return parseArithmetic(cursor, ["+", "-"], parseMultiplicative);
}

function parseMultiplicative(cursor: TokenCursor): SyntaxNode {
  return parseArithmetic(cursor, ["*", "/"], parseUnary);
}

function parseUnary(cursor: TokenCursor): SyntaxNode {
  const token = cursor.peek();
  if (!cursor.isAt("-")) return parsePower(cursor);
  cursor.next();
  const operand = cursor.nest(token, () => parseUnary(cursor));
  return { kind: "negate", operand, start: token.start, end: operand.end };
}

function parsePower(cursor: TokenCursor): SyntaxNode {
  const base = parsePrimary(cursor, parseOr);
  const caret = cursor.peek();
  if (cursor.takeOperator(["^"]) === undefined) return base;
  // The exponent may carry its own prefix minus (2^-1) and is itself a power: right-associative.
  const exponent = cursor.nest(caret, () => parseUnary(cursor));
  return { kind: "power", base, exponent, start: base.start, end: exponent.end };
}
