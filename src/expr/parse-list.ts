import { ExpressionError } from "../errors.js";
import type { LiteralValue } from "./syntax-node.js";
import type { TokenCursor } from "./token-cursor.js";
import { describeToken, type Token } from "./token.js";

const ITEM_HINT = "a list holds numbers, strings or true/false written out, e.g. stage in [3, 4]";
const KIND_PLURALS: Readonly<Record<string, string>> = { number: "numbers", string: "strings", boolean: "true/false values" };
const KIND_SINGULARS: Readonly<Record<string, string>> = { number: "a number", string: "a string", boolean: "true or false" };

/**
 * Reads the literal list after `in`: "[" item ("," item)* "]", all items of one type.
 * The cursor must be on the "[" and ends just past the "]".
 *
 * @example parseList(new TokenCursor(s, tokenizeExpression(s))) // [3, 4] for s = "[3, 4]"
 */
export function parseList(cursor: TokenCursor): { readonly items: LiteralValue[]; readonly end: number } {
  const open = cursor.next();
  if (open.kind !== "symbol" || open.text !== "[") {
    throw new ExpressionError(`expected "[" after "in", got ${describeToken(open)}`, open.start, ITEM_HINT);
  }
  const items: LiteralValue[] = [];
  for (;;) {
    const { value, token } = parseItem(cursor, open);
    if (items.length > 0 && typeof items[0] !== typeof value) {
      const kind = typeof items[0];
      const hint = `make every item ${KIND_SINGULARS[kind] ?? kind}, like the first`;
      throw new ExpressionError(`list mixes ${token.text} with ${KIND_PLURALS[kind] ?? kind}`, token.start, hint);
    }
    items.push(value);
    const separator = cursor.next();
    if (separator.kind === "symbol" && separator.text === "]") return { items, end: separator.end };
    if (separator.kind !== "symbol" || separator.text !== ",") throwBadSeparator(separator, open);
  }
}

function parseItem(cursor: TokenCursor, open: Token): { readonly value: LiteralValue; readonly token: Token } {
  const token = cursor.next();
  if (token.kind === "number" || token.kind === "string") return { value: token.value, token };
  if (token.kind === "keyword" && (token.text === "true" || token.text === "false")) {
    return { value: token.text === "true", token };
  }
  const number = cursor.peek();
  if (token.kind === "symbol" && token.text === "-" && number.kind === "number") {
    cursor.next();
    return { value: -number.value, token: { ...number, text: `-${number.text}`, start: token.start } };
  }
  if (token.kind === "end") throw new ExpressionError('unclosed "["', open.start, 'add "]" to close the list');
  throw new ExpressionError(`expected a list item, got ${describeToken(token)}`, token.start, ITEM_HINT);
}

function throwBadSeparator(token: Token, open: Token): never {
  if (token.kind === "end") throw new ExpressionError('unclosed "["', open.start, 'add "]" to close the list');
  throw new ExpressionError(`expected "," or "]" in the list, got ${describeToken(token)}`, token.start, 'separate items with ",", e.g. [3, 4]');
}
