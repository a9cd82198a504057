import type { SyntaxNode } from "./syntax-node.js";

/** What an operand should have been, as messages say it. */
export const EXPECTS_NUMBER = "a number";
export const EXPECTS_BOOLEAN = "true or false";
export const EXPECTS_ORDERED = "a number or a string";

/**
 * How messages name the type of a value: "a number", "a string" or "true or false".
 *
 * @example describeKind(3) // "a number"
 */
export function describeKind(value: unknown): string {
  if (typeof value === "number") return EXPECTS_NUMBER;
  if (typeof value === "boolean") return EXPECTS_BOOLEAN;
  return typeof value === "string" ? "a string" : typeof value;
}

/**
 * How a run-time value is quoted in a message: strings in double quotes, the rest as written.
 *
 * @example formatValue("f") // '"f"'
 */
export function formatValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Throws the RangeError for an operand of the wrong type at evaluation time, quoting the
 * expression and the operand so the caller can turn it into a located issue.
 *
 * @example throwTypeError("weight / sex", { start: 9, end: 12 }, EXPECTS_NUMBER, "f") // RangeError: expression `weight / sex` expects a number for `sex`, got "f"
 */
export function throwTypeError(source: string, operand: Pick<SyntaxNode, "start" | "end">, expected: string, value: unknown): never {
  const text = source.slice(operand.start, operand.end);
  throw new RangeError(`expression \`${source}\` expects ${expected} for \`${text}\`, got ${formatValue(value)}`);
}
