import { ExpressionError } from "../errors.js";
import { buildDidYouMeanHint } from "./did-you-mean-hint.js";
import { EXPRESSION_FUNCTION_NAMES, EXPRESSION_FUNCTIONS, type ExpressionFunction } from "./expression-functions.js";
import type { SyntaxNode } from "./syntax-node.js";
import type { TokenCursor } from "./token-cursor.js";
import { describeToken, type Token } from "./token.js";
import { hintAfterOperand, hintForMissingOperand } from "./unexpected-token-hint.js";

/** A parsing function for one precedence level. */
export type ParseRule = (cursor: TokenCursor) => SyntaxNode;

/**
 * Reads an operand: a literal, a variable, a function call or a parenthesized expression,
 * whose contents `parseNested` reads (the lowest precedence level).
 *
 * @example parsePrimary(new TokenCursor("age", tokenizeExpression("age")), parseNested) // { kind: "variable", name: "age", start: 0, end: 3 }
 */
export function parsePrimary(cursor: TokenCursor, parseNested: ParseRule): SyntaxNode {
  const token = cursor.next();
  const { start, end } = token;
  switch (token.kind) {
    case "number":
    case "string":
      return { kind: "literal", value: token.value, start, end };
    case "name":
      return cursor.isAt("(") ? parseCall(cursor, token, parseNested) : { kind: "variable", name: token.text, start, end };
    case "keyword":
      if (token.text === "true" || token.text === "false") return { kind: "literal", value: token.text === "true", start, end };
      break;
    case "symbol":
      if (token.text === "(") return cursor.nest(token, () => parseParenthesized(cursor, token, parseNested));
      break;
  }
  throw new ExpressionError(`unexpected ${describeToken(token)}`, token.start, hintForMissingOperand(token));
}

function parseParenthesized(cursor: TokenCursor, open: Token, parseNested: ParseRule): SyntaxNode {
  const inner = parseNested(cursor);
  expectClosing(cursor, open, ")");
  return inner;
}

function parseCall(cursor: TokenCursor, name: Token, parseNested: ParseRule): SyntaxNode {
  const fn = EXPRESSION_FUNCTIONS.get(name.text);
  if (fn === undefined) {
    const hint = buildDidYouMeanHint(name.text, EXPRESSION_FUNCTION_NAMES, "functions");
    throw new ExpressionError(`unknown function "${name.text}"`, name.start, hint);
  }
  const open = cursor.next();
  const args = cursor.nest(open, () => parseArguments(cursor, open, parseNested));
  checkArity(fn, args.length, name);
  const close = expectClosing(cursor, open, ")");
  return { kind: "call", name: fn.name, args, start: name.start, end: close.end };
}

function parseArguments(cursor: TokenCursor, open: Token, parseNested: ParseRule): SyntaxNode[] {
  const args: SyntaxNode[] = [];
  if (cursor.isAt(")")) return args;
  args.push(parseNested(cursor));
  while (cursor.takeOperator([","]) !== undefined) args.push(parseNested(cursor));
  const token = cursor.peek();
  if (token.kind === "end") throw new ExpressionError('unclosed "("', open.start, 'add ")" to close it');
  if (!cursor.isAt(")")) {
    throw new ExpressionError(`expected "," or ")", got ${describeToken(token)}`, token.start, 'separate arguments with ",", e.g. max(a, b)');
  }
  return args;
}

function checkArity(fn: ExpressionFunction, count: number, name: Token): void {
  if (count >= fn.minArgs && count <= fn.maxArgs) return;
  const plural = (n: number): string => `${n} argument${n === 1 ? "" : "s"}`;
  const expected = fn.maxArgs === Infinity ? `at least ${plural(fn.minArgs)}` : plural(fn.minArgs);
  throw new ExpressionError(`function "${fn.name}" takes ${expected}, got ${count}`, name.start, `call it as ${fn.usage}`);
}

/** Consumes the closing bracket or explains, at the best place, why it is missing. */
function expectClosing(cursor: TokenCursor, open: Token, closing: string): Token {
  const token = cursor.next();
  if (token.kind === "symbol" && token.text === closing) return token;
  if (token.kind === "end") throw new ExpressionError(`unclosed "${open.text}"`, open.start, `add "${closing}" to close it`);
  throw new ExpressionError(`expected "${closing}", got ${describeToken(token)}`, token.start, hintAfterOperand(token));
}
