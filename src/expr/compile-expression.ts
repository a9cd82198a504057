import { ExpressionError } from "../errors.js";
import { buildEvaluator } from "./build-evaluator.js";
import { checkStaticTypes } from "./check-static-types.js";
import { collectVariables } from "./collect-variables.js";
import type { CompiledExpression, ExpressionValue } from "./compiled-expression.js";
import { MAX_EXPRESSION_LENGTH } from "./expression-limits.js";
import { parseExpression } from "./parse-expression.js";

/** Options of compileExpression. */
export interface CompileOptions {
  /** If given, any other identifier is an ExpressionError with a did-you-mean hint. */
  readonly knownVariables?: ReadonlySet<string>;
}

/**
 * Compiles a safe expression (no eval, no Function, no member access) into closures that can
 * be evaluated millions of times. Syntax, name, arity and literal type errors are
 * ExpressionErrors carrying the 0-based offset of the bad token and a hint.
 *
 * Semantics follow R where it has one: `-2^2` is -4, `2^3^2` is 512, 1/0 is Infinity,
 * 0/0 is NaN, a missing value (null) propagates and `and` / `or` use three-valued logic.
 * Departures: `round` halves away from zero (R halves to even); strings compare by code unit;
 * `in` binds looser than `+` (R's %in% binds tighter than `*`); `null in [...]` is null (R's
 * %in% says FALSE); NA^0 is null (R: 1); conditions must be true/false, not numbers.
 * Comparisons with NaN give null, as R's NA; is_missing(NaN) is true, as R's is.na.
 *
 * Type errors that depend on the data (`weight / sex` with sex = "f") are RangeErrors thrown
 * by `evaluate`, quoting the expression, the operand and the value.
 *
 * @param source the expression text, at most MAX_EXPRESSION_LENGTH characters
 * @example compileExpression("weight / (height / 100) ^ 2").evaluate([81, 180]) // 25
 */
export function compileExpression(source: string, options: CompileOptions = {}): CompiledExpression {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      `expression is too long (${source.length} characters, at most ${MAX_EXPRESSION_LENGTH})`,
      MAX_EXPRESSION_LENGTH,
      "split it into several derived covariates",
    );
  }
  const tree = parseExpression(source);
  const variables = Object.freeze(collectVariables(tree, options.knownVariables));
  const kind = checkStaticTypes(tree, source);
  const evaluateTree = buildEvaluator(tree, source, new Map(variables.map((name, index) => [name, index])));
  const count = variables.length;
  return Object.freeze({
    source,
    kind,
    variables,
    evaluate(values: readonly ExpressionValue[]): ExpressionValue {
      if (values.length !== count) {
        const wanted = count === 0 ? "no values" : `${count} values (${variables.join(", ")})`;
        throw new RangeError(`evaluate requires ${wanted}, got ${values.length}`);
      }
      return evaluateTree(values);
    },
  });
}
