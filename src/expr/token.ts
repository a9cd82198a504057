/** The words with a meaning of their own; they cannot be variable names. */
export const KEYWORDS: ReadonlySet<string> = new Set(["and", "or", "not", "in", "true", "false"]);

interface TokenPlace {
  /** The token exactly as written in the source. */
  readonly text: string;
  /** 0-based offset of its first character. */
  readonly start: number;
  /** 0-based offset just past its last character. */
  readonly end: number;
}

/** One lexical unit of an expression; the last token of every list is `end`. */
export type Token =
  | (TokenPlace & { readonly kind: "number"; readonly value: number })
  | (TokenPlace & { readonly kind: "string"; readonly value: string })
  | (TokenPlace & { readonly kind: "name" | "keyword" | "symbol" | "end" });

/**
 * How a token is quoted in an error message.
 *
 * @example describeToken({ kind: "symbol", text: "*", start: 0, end: 1 }) // '"*"'
 */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case "end":
      return "end of expression";
    case "number":
      return `number ${token.text}`;
    case "string":
      return `string ${token.text}`;
    default:
      return `"${token.text}"`;
  }
}
