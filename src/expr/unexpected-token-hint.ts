import { KEYWORDS, type Token } from "./token.js";

const OPERAND_HINT = 'expected a number, a "string", a name, a function call or "("';

/**
 * The hint for a token found where an operand (a value) should start.
 *
 * @example hintForMissingOperand({ kind: "symbol", text: "[", start: 0, end: 1 }) // 'a list only follows "in", e.g. stage in [3, 4]'
 */
export function hintForMissingOperand(token: Token): string {
  if (token.kind === "symbol" && token.text === "[") return 'a list only follows "in", e.g. stage in [3, 4]';
  if (token.kind === "keyword" && token.text === "not") return 'put "not" in parentheses here, e.g. a == (not b)';
  return OPERAND_HINT;
}

/**
 * The hint for a token found right after a complete operand, where only an operator, a closing
 * bracket or the end may follow: "x[0]", "a b", "age > 3 AND sex".
 *
 * @example hintAfterOperand({ kind: "name", text: "AND", start: 8, end: 11 }) // 'keywords are lower case: "and"'
 */
export function hintAfterOperand(token: Token): string {
  const lower = token.text.toLowerCase();
  if (token.kind === "name" && KEYWORDS.has(lower)) return `keywords are lower case: "${lower}"`;
  if (token.kind === "symbol" && token.text === "[") {
    return 'there is no indexing; a list only follows "in", e.g. stage in [3, 4]';
  }
  if (token.kind === "symbol" && token.text === ")") return 'remove it, or add the "(" it closes';
  if (token.kind === "keyword" && token.text === "not") return 'put "not" first, e.g. not stage in [3, 4]';
  return 'put an operator between two values (e.g. a * b) and join conditions with "and" or "or"';
}
