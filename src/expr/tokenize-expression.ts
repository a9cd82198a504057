import { ExpressionError } from "../errors.js";
import { scanNumber } from "./scan-number.js";
import { scanString } from "./scan-string.js";
import { scanSymbol } from "./scan-symbol.js";
import { KEYWORDS, type Token } from "./token.js";

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const WHITESPACE = /[ \t\r\n]*/y;
const DIGIT = /[0-9]/;
// A "." right after one of these is member access (a.b, f(x).y), which the language has not.
const OPERAND_END = /[A-Za-z0-9_)\]]/;

const NO_MEMBER_ACCESS = 'names contain only letters, digits and "_"; there is no member access';
const CHARACTER_HINTS: ReadonlyMap<string, string> = new Map([
  [".", NO_MEMBER_ACCESS],
  ["'", 'strings use double quotes, e.g. "f"'],
  ["\u201c", 'use straight double quotes ("), e.g. "f"'],
  ["\u201d", 'use straight double quotes ("), e.g. "f"'],
]);
const DEFAULT_HINT =
  'an expression holds numbers, "strings", names, function calls, parentheses and the operators ' +
  "+ - * / ^ < <= > >= == != and or not in";

/**
 * Splits an expression into tokens; the last one has kind "end" and sits at the source length.
 *
 * @example tokenizeExpression("age >= 30").map((token) => token.text) // ["age", ">=", "30", ""]
 */
export function tokenizeExpression(source: string): Token[] {
  const tokens: Token[] = [];
  let index = skipWhitespace(source, 0);
  while (index < source.length) {
    const token = scanToken(source, index);
    tokens.push(token);
    index = skipWhitespace(source, token.end);
  }
  tokens.push({ kind: "end", text: "", start: source.length, end: source.length });
  return tokens;
}

function skipWhitespace(source: string, start: number): number {
  WHITESPACE.lastIndex = start;
  WHITESPACE.exec(source);
  return WHITESPACE.lastIndex;
}

function scanToken(source: string, start: number): Token {
  const char = source.charAt(start);
  if (char === '"') return scanString(source, start);
  if (DIGIT.test(char)) return scanNumber(source, start);
  if (char === ".") return scanDot(source, start);
  NAME.lastIndex = start;
  const name = NAME.exec(source)?.[0];
  if (name !== undefined) {
    const kind = KEYWORDS.has(name) ? "keyword" : "name";
    return { kind, text: name, start, end: start + name.length };
  }
  return scanSymbol(source, start) ?? throwUnexpectedCharacter(source, start);
}

function scanDot(source: string, start: number): Token {
  const afterOperand = start > 0 && OPERAND_END.test(source.charAt(start - 1));
  if (!afterOperand && DIGIT.test(source.charAt(start + 1))) return scanNumber(source, start);
  throw new ExpressionError('unexpected character "."', start, NO_MEMBER_ACCESS);
}

function throwUnexpectedCharacter(source: string, start: number): never {
  const codePoint = source.codePointAt(start) ?? 0;
  const char = String.fromCodePoint(codePoint);
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  // Invisible characters (a no-break space pasted from a word processor) are shown by code only.
  const invisible = /^[\p{C}\p{Z}]$/u.test(char);
  const shown = invisible ? code : /^[\x21-\x7e]$/.test(char) ? `"${char}"` : `"${char}" (${code})`;
  const hint = CHARACTER_HINTS.get(char) ?? (invisible ? "remove it, or replace it with an ordinary space" : DEFAULT_HINT);
  throw new ExpressionError(`unexpected character ${shown}`, start, hint);
}
