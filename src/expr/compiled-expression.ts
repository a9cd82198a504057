/**
 * A value an expression reads or returns. `null` is a missing value (R's `NA`, an empty
 * CSV cell); it propagates through arithmetic and comparisons.
 */
export type ExpressionValue = number | string | boolean | null;

/**
 * An expression compiled once into nested closures, ready to be evaluated many times.
 *
 * @example
 * const bmi = compileExpression("weight / (height / 100) ^ 2");
 * bmi.variables; // ["weight", "height"]
 * bmi.evaluate([81, 180]); // 25
 */
export interface CompiledExpression {
  /** The text it was compiled from. */
  readonly source: string;
  /**
   * The type of its value when the literals and operators alone decide it (`age > 3` is
   * "boolean", `"a"` is "string"), "unknown" when it depends on the data (`age`).
   */
  readonly kind: "number" | "string" | "boolean" | "unknown";
  /** The distinct names it reads, in order of first appearance in the source. */
  readonly variables: readonly string[];
  /**
   * The value of the expression. `values[i]` is the value of `variables[i]` and the array
   * must have exactly `variables.length` elements.
   *
   * Throws a `RangeError` when an operand has the wrong type at run time (a string where a
   * number is expected, for instance); the caller turns it into a located issue.
   */
  evaluate(values: readonly ExpressionValue[]): ExpressionValue;
}
