import { ExpressionError } from "../errors.js";
import type { Token } from "./token.js";

interface SymbolEntry {
  readonly text: string;
  /** Present for operators from other languages: using one is an error with this hint. */
  readonly hint?: string;
}

const AND_HINT = 'write "and", e.g. age >= 18 and sex == "f"';
const OR_HINT = 'write "or", e.g. stage == 3 or stage == 4';

// Longest first, so that "<=" wins over "<" and "**" is caught before "*".
const SYMBOLS: readonly SymbolEntry[] = [
  { text: "%in%", hint: 'write "in", e.g. stage in [3, 4]' },
  { text: "&&", hint: AND_HINT },
  { text: "||", hint: OR_HINT },
  { text: "**", hint: 'write "^" for a power, e.g. height ^ 2' },
  { text: "<>", hint: 'write "!=" for "not equal"' },
  ...["<=", ">=", "==", "!="].map((text) => ({ text })),
  { text: "&", hint: AND_HINT },
  { text: "|", hint: OR_HINT },
  { text: "!", hint: 'write "not", e.g. not is_missing(bili)' },
  { text: "=", hint: 'compare with "==", e.g. sex == "f"' },
  ...["<", ">", "+", "-", "*", "/", "^", "(", ")", "[", "]", ","].map((text) => ({ text })),
];

/**
 * Reads the operator or punctuation that starts at `start`, or returns undefined if none does.
 * Operators of other languages (`&&`, `||`, `!`, `=`, `**`, `%in%`, `<>`) are errors whose
 * hint names ours.
 *
 * @example scanSymbol("a <= 3", 2) // { kind: "symbol", text: "<=", start: 2, end: 4 }
 */
export function scanSymbol(source: string, start: number): Token | undefined {
  const entry = SYMBOLS.find((symbol) => source.startsWith(symbol.text, start));
  if (entry === undefined) return undefined;
  if (entry.hint !== undefined) {
    throw new ExpressionError(`unknown operator "${entry.text}"`, start, entry.hint);
  }
  return { kind: "symbol", text: entry.text, start, end: start + entry.text.length };
}
