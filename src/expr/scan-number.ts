import { ExpressionError } from "../errors.js";
import type { Token } from "./token.js";

// Decimal only: 12, 0.5, 1., .5, 1e-3. No hex, no digit separators, no sign (that is unary minus).
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
// What may not touch a number: a letter, digit, "_" or "." right after it means a typo such as
// "2x", "1e" or "1.2.3", which we report whole rather than as two puzzling tokens.
const WORD_TAIL = /[A-Za-z0-9_.]*/y;

/**
 * Reads the number literal that starts at `start`.
 *
 * @example scanNumber("x < 1e-3", 4) // { kind: "number", value: 0.001, text: "1e-3", start: 4, end: 8 }
 */
export function scanNumber(source: string, start: number): Token {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(source);
  if (match === null) throw new RangeError(`scanNumber requires a number at offset ${start}`);
  const end = start + match[0].length;
  WORD_TAIL.lastIndex = end;
  const tail = WORD_TAIL.exec(source)?.[0] ?? "";
  if (tail.length > 0) {
    throw new ExpressionError(
      `malformed number "${match[0]}${tail}"`,
      start,
      'numbers look like 12, 0.5, .5 or 1e-3; put an operator between a number and a name, e.g. 2 * x',
    );
  }
  return { kind: "number", value: Number(match[0]), text: match[0], start, end };
}
