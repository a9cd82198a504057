import { compileExpression, type CompiledExpression, type ExpressionValue } from "../expr/index.js";

/** A covariate computed from others by a safe expression (e.g. BMI from weight and height). */
export interface DerivedCovariate {
  readonly name: string;
  readonly expression: CompiledExpression;
}

/**
 * Compiles the derived covariates in order; each may use the declared columns and the
 * derived covariates before it. Throws ExpressionError (the spec rules report it first).
 */
export function compileDerivedCovariates(derived: Readonly<Record<string, { readonly expression: string }>>, declared: readonly string[]): DerivedCovariate[] {
  const known = new Set(declared);
  return Object.entries(derived).map(([name, { expression }]) => {
    const compiled = compileExpression(expression, { knownVariables: known });
    known.add(name);
    return { name, expression: compiled };
  });
}

/**
 * The value of a derived covariate for one patient: a number, or NaN when an input is
 * missing. A result that is not a number (a comparison, a text) is a RangeError naming
 * the covariate, so that the caller can point at the patient.
 *
 * @example deriveValue(compileDerivedCovariates({ bmi: { expression: "weight / (height / 100) ^ 2" } }, ["weight", "height"])[0], (name) => (name === "weight" ? 81 : 180)) // 25
 */
export function deriveValue(derived: DerivedCovariate | undefined, valueOf: (name: string) => ExpressionValue): number {
  if (derived === undefined) return Number.NaN;
  const result = derived.expression.evaluate(derived.expression.variables.map(valueOf));
  if (result === null) return Number.NaN;
  if (typeof result !== "number") throw new RangeError(`derived covariate ${derived.name} gives ${JSON.stringify(result)}, not a number`);
  return result;
}
