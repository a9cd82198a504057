import { ExpressionError } from "../errors.js";
import type { Token } from "./token.js";

/**
 * Reads the double-quoted string that starts at `start`. The only escapes are `\"` and `\\`,
 * so what a user sees between the quotes is, apart from those two, exactly the value.
 *
 * @example scanString('sex == "f"', 7) // { kind: "string", value: "f", text: '"f"', start: 7, end: 10 }
 */
export function scanString(source: string, start: number): Token {
  let value = "";
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === '"') {
      const end = index + 1;
      return { kind: "string", value, text: source.slice(start, end), start, end };
    }
    if (char === "\\") {
      const escaped = source[index + 1];
      if (escaped === undefined) break;
      if (escaped !== '"' && escaped !== "\\") {
        throw new ExpressionError(`unknown escape "\\${escaped}" in string`, index, 'the only escapes are \\" and \\\\');
      }
      value += escaped;
      index += 2;
    } else {
      value += char;
      index += 1;
    }
  }
  throw new ExpressionError("unterminated string", start, 'close the string with "');
}
