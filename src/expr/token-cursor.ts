import { ExpressionError } from "../errors.js";
import { MAX_NESTING_DEPTH } from "./expression-limits.js";
import type { Token } from "./token.js";

/**
 * A position in a token list, with the nesting depth that guards the recursive-descent parser
 * against stack overflows. The list must end with an "end" token, which `next` never passes.
 *
 * @example new TokenCursor("a + 1", tokenizeExpression("a + 1")).next().text // "a"
 */
export class TokenCursor {
  readonly source: string;
  private readonly tokens: readonly Token[];
  private index = 0;
  private depth = 0;

  constructor(source: string, tokens: readonly Token[]) {
    if (tokens.at(-1)?.kind !== "end") throw new RangeError("TokenCursor requires a list that ends with an end token");
    this.source = source;
    this.tokens = tokens;
  }

  /** The current token, not consumed. */
  peek(): Token {
    return this.tokens[this.index] ?? this.endToken();
  }

  /** Consumes and returns the current token; stays on the end token. */
  next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index += 1;
    return token;
  }

  /** Consumes the current token if it is one of these operators (symbols or keywords). */
  takeOperator<T extends string>(operators: readonly T[]): T | undefined {
    const token = this.peek();
    if (token.kind !== "symbol" && token.kind !== "keyword") return undefined;
    const operator = operators.find((candidate) => candidate === token.text);
    if (operator !== undefined) this.index += 1;
    return operator;
  }

  /** Whether the current token is this symbol or keyword. */
  isAt(text: string): boolean {
    const token = this.peek();
    return (token.kind === "symbol" || token.kind === "keyword") && token.text === text;
  }

  /** Runs `parse` one nesting level deeper; `opener` is the token blamed if that is too deep. */
  nest<T>(opener: Token, parse: () => T): T {
    if (this.depth >= MAX_NESTING_DEPTH) {
      throw new ExpressionError(
        `expression is nested too deeply (more than ${MAX_NESTING_DEPTH} levels)`,
        opener.start,
        "simplify it, or split it into several derived covariates",
      );
    }
    this.depth += 1;
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  /** The source text of a span, to quote an operand in a message or hint. */
  textOf(span: { readonly start: number; readonly end: number }): string {
    return this.source.slice(span.start, span.end);
  }

  private endToken(): Token {
    const length = this.source.length;
    return { kind: "end", text: "", start: length, end: length };
  }
}
