import { raiseToPower } from "./raise-to-power.js";
import { roundHalfAwayFromZero } from "./round-half-away-from-zero.js";

/**
 * How a function evaluates: "unary" maps one number; "fold" combines two or more numbers
 * pairwise from the left; "is_missing" and "if_else" are special forms.
 */
export type ExpressionFunction = {
  readonly name: string;
  /** How to call it, for hints: "log(x)". */
  readonly usage: string;
  readonly minArgs: number;
  readonly maxArgs: number;
} & (
  | { readonly form: "unary"; readonly apply: (value: number) => number }
  | { readonly form: "fold"; readonly apply: (left: number, right: number) => number }
  | { readonly form: "is_missing" | "if_else" }
);

function unary(name: string, apply: (value: number) => number): ExpressionFunction {
  return { name, usage: `${name}(x)`, minArgs: 1, maxArgs: 1, form: "unary", apply };
}

// log is the natural logarithm, as in R; round halves away from zero, unlike R (see its file).
const FUNCTIONS: readonly ExpressionFunction[] = [
  unary("abs", Math.abs),
  unary("ceil", Math.ceil),
  unary("exp", Math.exp),
  unary("floor", Math.floor),
  unary("log", Math.log),
  unary("log10", Math.log10),
  unary("round", roundHalfAwayFromZero),
  unary("sqrt", Math.sqrt),
  { name: "min", usage: "min(a, b, ...)", minArgs: 2, maxArgs: Infinity, form: "fold", apply: Math.min },
  { name: "max", usage: "max(a, b, ...)", minArgs: 2, maxArgs: Infinity, form: "fold", apply: Math.max },
  { name: "pow", usage: "pow(base, exponent)", minArgs: 2, maxArgs: 2, form: "fold", apply: raiseToPower },
  { name: "is_missing", usage: "is_missing(x)", minArgs: 1, maxArgs: 1, form: "is_missing" },
  { name: "if_else", usage: "if_else(condition, a, b)", minArgs: 3, maxArgs: 3, form: "if_else" },
];
/**
 * Every function an expression may call, by name. A Map, not an object, so that names such as
 * "constructor" or "__proto__" find nothing. Domain errors follow IEEE and R: log(0) is
 * -Infinity, log(-1) and sqrt(-1) are NaN (R warns; we do not).
 *
 * @example EXPRESSION_FUNCTIONS.get("log")?.usage // "log(x)"
 */
export const EXPRESSION_FUNCTIONS: ReadonlyMap<string, ExpressionFunction> = new Map(FUNCTIONS.map((fn) => [fn.name, fn]));

/** The function names in alphabetical order, as hints list them. */
export const EXPRESSION_FUNCTION_NAMES: readonly string[] = [...EXPRESSION_FUNCTIONS.keys()].sort((a, b) =>
  a < b ? -1 : a > b ? 1 : 0,
);
