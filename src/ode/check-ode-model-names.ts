import { compileExpression } from "../expr/index.js";
import type { OdeModelDefinition } from "./ode-model-definition.js";
import { OdeModelError } from "../errors.js";

const NAME_HINT = 'use letters, digits and "_", starting with a letter or "_", and no keyword (and, or, not, in, true, false)';

/**
 * The problems with a model's names: no compartment, a name the expression language cannot
 * read as a variable, `t` (reserved for time in h), or a name used twice among compartments and
 * parameters. Each points at its entry, e.g. ["parameters", 2].
 *
 * @example checkOdeModelNames({ ...definition, parameters: ["ka", "t"] })[0]?.message // 'parameter name "t" is reserved for time (h)'
 */
export function checkOdeModelNames(definition: OdeModelDefinition): OdeModelError[] {
  const errors: OdeModelError[] = [];
  if (definition.compartments.length === 0) {
    const hint = "list the state names, e.g. compartments: [depot, central]";
    errors.push(new OdeModelError({ message: "an ODE model needs at least one compartment", offset: 0, hint, path: ["compartments"] }));
  }
  const seen = new Map<string, string>();
  for (const [list, kind] of [[definition.compartments, "compartment"], [definition.parameters, "parameter"]] as const) {
    list.forEach((name, index) => {
      const message = describeNameProblem(name, kind, seen.get(name));
      if (message !== undefined) errors.push(new OdeModelError({ ...message, offset: 0, path: [`${kind}s`, index] }));
      seen.set(name, kind);
    });
  }
  return errors;
}

function describeNameProblem(name: string, kind: string, earlierKind: string | undefined): { message: string; hint: string } | undefined {
  if (name === "t") return { message: `${kind} name "t" is reserved for time (h)`, hint: 'rename it, e.g. "tissue"' };
  if (!isVariableName(name)) return { message: `${kind} name ${JSON.stringify(name)} is not a valid name`, hint: NAME_HINT };
  if (earlierKind !== undefined) {
    return { message: `${kind} name "${name}" is already a ${earlierKind} name`, hint: "names of compartments and parameters must all differ" };
  }
  return undefined;
}

/** Whether the expression language reads `name` alone as that one variable. */
function isVariableName(name: string): boolean {
  if (typeof name !== "string" || name.trim() !== name) return false;
  try {
    const variables = compileExpression(name).variables;
    return variables.length === 1 && variables[0] === name;
  } catch {
    return false;
  }
}
