import { ExpressionError } from "../errors.js";
import { buildDidYouMeanHint } from "../expr/did-you-mean-hint.js";
import { checkStaticTypes } from "../expr/check-static-types.js";
import { compileExpression } from "../expr/index.js";
import { parseExpression } from "../expr/parse-expression.js";
import { bindExpression, type BoundExpression } from "./bound-expression.js";
import { checkOdeModelNames } from "./check-ode-model-names.js";
import type { OdeModelDefinition } from "./ode-model-definition.js";
import { OdeModelError } from "../errors.js";

/** An ODE model compiled once, to be simulated many times (see simulateOdeModel). */
export interface CompiledOdeModel {
  readonly compartments: readonly string[];
  readonly parameters: readonly string[];
  /** d(compartment)/dt, one per compartment, in compartment order. */
  readonly equations: readonly BoundExpression[];
  readonly concentration: BoundExpression;
}

/**
 * Compiles an ODE model's equations and concentration with the safe expression language (no
 * eval, no Function: src/expr builds closures over a parsed tree). Equations may read the
 * compartments, the parameters and `t` (h). Throws the first OdeModelError (see
 * findOdeModelErrors for all of them), which carries the offset, the hint (did-you-mean for
 * unknown names) and the path of the faulty text in the definition.
 *
 * @example compileOdeModel({ compartments: ["depot", "central"], parameters: ["ka", "cl", "v"],
 *   equations: { depot: "-ka * depot", central: "ka * depot - cl / v * central" }, concentration: "central / v" }).equations.length // 2
 */
export function compileOdeModel(definition: OdeModelDefinition): CompiledOdeModel {
  const { model, errors } = compileParts(definition);
  if (errors[0] !== undefined) throw errors[0];
  return model;
}

/**
 * Every problem of an ODE model definition, in order (names, missing and unknown equations,
 * then each equation in compartment order, then the concentration); empty if it compiles.
 * The spec loader reports them all at once.
 *
 * @example findOdeModelErrors({ ...definition, equations: { depot: "-ka * depot" } })[0]?.message // 'missing equation for compartment "central"'
 */
export function findOdeModelErrors(definition: OdeModelDefinition): readonly OdeModelError[] {
  return compileParts(definition).errors;
}

function compileParts(definition: OdeModelDefinition): { readonly model: CompiledOdeModel; readonly errors: readonly OdeModelError[] } {
  const errors = [...checkOdeModelNames(definition), ...checkEquationKeys(definition)];
  const context: CompileContext = { definition, knownVariables: new Set([...definition.compartments, ...definition.parameters, "t"]), errors };
  const equations = definition.compartments.map((compartment) =>
    compileModelExpression(Object.hasOwn(definition.equations, compartment) ? definition.equations[compartment] : "0", context, {
      label: `the equation of compartment "${compartment}"`,
      prefix: `equation of compartment "${compartment}"`,
      path: ["equations", compartment],
      compartment,
    }),
  );
  const concentration = compileModelExpression(definition.concentration, context, {
    label: "the concentration expression",
    prefix: "concentration",
    path: ["concentration"],
  });
  const model = { compartments: [...definition.compartments], parameters: [...definition.parameters], equations, concentration };
  return { model, errors };
}

interface CompileContext {
  readonly definition: OdeModelDefinition;
  readonly knownVariables: ReadonlySet<string>;
  /** Where problems are collected. */
  readonly errors: OdeModelError[];
}

interface Where {
  readonly label: string;
  readonly prefix: string;
  readonly path: readonly (string | number)[];
  readonly compartment?: string;
}

/**
 * Compiles one expression of the model and binds it; on an ExpressionError records an
 * OdeModelError and returns the constant 0 so the other expressions are still checked. An
 * expression whose result is certainly not a number (a comparison, a string) is refused here,
 * where the spec can still point at it, rather than at run time.
 */
function compileModelExpression(source: unknown, context: CompileContext, where: Where): BoundExpression {
  try {
    if (typeof source !== "string") throw new ExpressionError(`must be text, got ${String(source)}`, 0, 'write the expression as a string, e.g. "0"');
    const compiled = compileExpression(source, { knownVariables: context.knownVariables });
    const kind = checkStaticTypes(parseExpression(source), source);
    if (kind === "boolean" || kind === "string") {
      const what = kind === "boolean" ? "true or false" : "a string";
      throw new ExpressionError(`gives ${what}, not a number`, 0, "it must be a number (mg/h for an equation, mg/L for the concentration); turn a condition into a number with if_else(condition, 1, 0)");
    }
    return bindExpression(compiled, context.definition, where.label);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const { prefix, path, compartment, label } = where;
    context.errors.push(new OdeModelError({ message: `${prefix}: ${error.message}`, offset: error.offset, hint: error.hint, path, compartment }));
    return bindExpression(compileExpression("0"), context.definition, label);
  }
}

/** A compartment without an equation, or an equation for a name that is not a compartment. */
function checkEquationKeys(definition: OdeModelDefinition): OdeModelError[] {
  const { compartments, equations } = definition;
  const missing = compartments
    .filter((compartment) => !Object.hasOwn(equations, compartment))
    .map((compartment) => new OdeModelError({
      message: `missing equation for compartment "${compartment}"`,
      offset: 0,
      hint: `add its rate of change (mg/h) under equations, e.g. ${compartment}: "0" if it does not change`,
      path: ["equations"],
      compartment,
    }));
  const unknown = Object.keys(equations)
    .filter((name) => !compartments.includes(name))
    .map((name) => new OdeModelError({
      message: `equation for unknown compartment "${name}"`,
      offset: 0,
      hint: buildDidYouMeanHint(name, compartments, "compartments"),
      path: ["equations", name],
    }));
  return [...missing, ...unknown];
}
