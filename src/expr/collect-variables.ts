import { ExpressionError } from "../errors.js";
import { buildDidYouMeanHint } from "./did-you-mean-hint.js";
import { EXPRESSION_FUNCTIONS } from "./expression-functions.js";
import { childrenOf, type SyntaxNode } from "./syntax-node.js";
import { KEYWORDS } from "./token.js";

const MISSING_WORDS: ReadonlySet<string> = new Set(["NA", "na", "NaN", "nan", "NULL", "null", "None", "missing"]);

/**
 * The distinct variable names of a tree in order of first appearance. With `knownVariables`,
 * an unknown name is an ExpressionError at its first use, with a did-you-mean hint.
 *
 * @example collectVariables(parseExpression("b + a * b")) // ["b", "a"]
 */
export function collectVariables(tree: SyntaxNode, knownVariables?: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  // An explicit stack, not recursion: a 4,000-character chain such as 1+1+…+1 is 2,000 deep.
  const pending: SyntaxNode[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.kind === "variable" && !seen.has(node.name)) {
      if (knownVariables !== undefined && !knownVariables.has(node.name)) throwUnknownVariable(node, knownVariables);
      seen.add(node.name);
      names.push(node.name);
    }
    pending.push(...[...childrenOf(node)].reverse());
  }
  return names;
}

function throwUnknownVariable(node: SyntaxNode & { readonly name: string }, knownVariables: ReadonlySet<string>): never {
  throw new ExpressionError(`unknown variable "${node.name}"`, node.start, hintForUnknown(node.name, [...knownVariables]));
}

function hintForUnknown(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  if (KEYWORDS.has(lower)) return `keywords are lower case: "${lower}"`;
  if (MISSING_WORDS.has(name)) return "there is no missing-value literal; test with is_missing(x)";
  const fn = EXPRESSION_FUNCTIONS.get(name);
  if (fn !== undefined) return `"${name}" is a function: call it as ${fn.usage}`;
  return buildDidYouMeanHint(name, known, "known variables");
}
