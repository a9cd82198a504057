import type { CompiledExpression, ExpressionValue } from "../expr/index.js";

/** Where each variable of a model expression reads its value from. */
export interface BoundExpression {
  readonly expression: CompiledExpression;
  /**
   * One code per expression variable: 0 is `t`, k > 0 the compartment of state index k − 1,
   * k < 0 the parameter of index −k − 1.
   */
  readonly sources: Int32Array;
  /** What messages call it: `the equation of compartment "central"` or `the concentration expression`. */
  readonly label: string;
}

/** The values an expression reads, updated in place by the right-hand side (no allocation). */
export interface ModelFrame {
  timeH: number;
  state: Float64Array;
  readonly parameterValues: Float64Array;
}

/**
 * Binds an expression's variables (in its own order) to codes of the model's environment, so
 * evaluation is one array lookup per variable.
 *
 * @example bindExpression(compileExpression("cl / v * central"), { compartments: ["depot", "central"], parameters: ["cl", "v"] }, "x").sources // Int32Array [-1, -2, 2]
 */
export function bindExpression(
  expression: CompiledExpression,
  names: { readonly compartments: readonly string[]; readonly parameters: readonly string[] },
  label: string,
): BoundExpression {
  const codes = new Map<string, number>([["t", 0]]);
  names.compartments.forEach((name, index) => codes.set(name, index + 1));
  names.parameters.forEach((name, index) => codes.set(name, -index - 1));
  const sources = Int32Array.from(expression.variables, (name) => {
    const code = codes.get(name);
    if (code === undefined) throw new RangeError(`bindExpression found no value for "${name}" in ${label}`);
    return code;
  });
  return { expression, sources, label };
}

/**
 * Evaluates a bound expression in a frame, filling `values` (one slot per variable, reused so
 * nothing is allocated). The result must be a finite number: anything else (true, a string, a
 * missing value, NaN, ±∞) is a RangeError naming simulateOdeModel and the expression's label,
 * and so is a type error inside the expression.
 *
 * @example evaluateBoundExpression(bind("cl / v * central"), { timeH: 0, state: [0, 32], parameterValues: [2.8, 32] }, []) // 2.8
 */
export function evaluateBoundExpression(bound: BoundExpression, frame: ModelFrame, values: ExpressionValue[]): number {
  const { sources } = bound;
  const { timeH, state, parameterValues } = frame;
  for (let index = 0; index < sources.length; index++) {
    const code = sources[index]!;
    values[index] = code === 0 ? timeH : code > 0 ? state[code - 1]! : parameterValues[-code - 1]!;
  }
  let result: ExpressionValue;
  try {
    result = bound.expression.evaluate(values);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RangeError(`simulateOdeModel could not evaluate ${bound.label} at t = ${timeH} h: ${reason}`, { cause: error });
  }
  if (typeof result === "number" && Number.isFinite(result)) return result;
  throw new RangeError(`simulateOdeModel requires ${bound.label} to give a finite number, got ${describeResult(result)} at t = ${timeH} h`);
}

function describeResult(result: ExpressionValue): string {
  if (result === null) return "a missing value";
  return typeof result === "string" ? JSON.stringify(result) : String(result);
}
