import { expect } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { buildEvaluator } from "../../src/expr/build-evaluator.js";
import { collectVariables } from "../../src/expr/collect-variables.js";
import { compileExpression, type CompileOptions } from "../../src/expr/compile-expression.js";
import type { ExpressionValue } from "../../src/expr/compiled-expression.js";
import type { BuildContext } from "../../src/expr/evaluator.js";
import { parseExpression } from "../../src/expr/parse-expression.js";
import { childrenOf, type SyntaxNode } from "../../src/expr/syntax-node.js";

/** What an ExpressionError should carry, verbatim. */
export interface ExpectedError {
  readonly message: string;
  readonly offset: number;
  readonly hint: string | undefined;
}

/** The ExpressionError that compiling `source` throws, as plain data (fails if none). */
export function compileError(source: string, options?: CompileOptions): ExpectedError {
  try {
    compileExpression(source, options);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { message: error.message, offset: error.offset, hint: error.hint };
  }
  throw new Error(`expected ${JSON.stringify(source)} not to compile`);
}

/** Compiles and evaluates in one go, for short tests: values are given by variable name. */
export function evaluateWith(source: string, named: Readonly<Record<string, ExpressionValue>> = {}): ExpressionValue {
  const compiled = compileExpression(source);
  return compiled.evaluate(compiled.variables.map((name) => {
    const value = named[name];
    if (value === undefined) throw new Error(`test gives no value for "${name}" in ${source}`);
    return value;
  }));
}

/** The RangeError message evaluating `source` throws (fails if none). */
export function evaluationError(source: string, named: Readonly<Record<string, ExpressionValue>>): string {
  try {
    evaluateWith(source, named);
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(source)} to fail on ${JSON.stringify(named)}`);
}

/** A parsed tree and a build context for it, to test one node builder directly. */
export function treeAndContext(source: string): { readonly tree: SyntaxNode; readonly context: BuildContext } {
  const tree = parseExpression(source);
  const variableIndex = new Map(collectVariables(tree).map((name, index) => [name, index]));
  const context: BuildContext = { source, variableIndex, build: (node) => buildEvaluator(node, source, variableIndex) };
  return { tree, context };
}

/** The first node of a kind in a tree (depth first), for builder tests. */
export function findNode<K extends SyntaxNode["kind"]>(tree: SyntaxNode, kind: K): Extract<SyntaxNode, { kind: K }> {
  const pending = [tree];
  for (let node = pending.shift(); node !== undefined; node = pending.shift()) {
    if (node.kind === kind) return node as Extract<SyntaxNode, { kind: K }>;
    pending.push(...childrenOf(node));
  }
  throw new Error(`no ${kind} node`);
}

/** Asserts `got` is exactly `expected`, NaN and the sign of zero included. */
export function expectSameNumber(got: ExpressionValue, expected: number, context: string): void {
  expect(Object.is(got, expected), `${context}: got ${String(got)}, expected ${expected}`).toBe(true);
}
