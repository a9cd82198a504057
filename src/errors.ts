/**
 * Every error class of twin-trial (STYLE.md §4). User mistakes are `InputError`s carrying
 * `Issue`s with a place and a hint; they exit 2 and never print a stack. Anything else
 * that escapes is a bug.
 */

/** Where an issue is: a YAML or JSON position, a CSV cell, a command-line flag, or just a file. */
export type IssueLocation =
  | { readonly kind: "yaml"; readonly file: string; readonly line: number; readonly column: number }
  | { readonly kind: "json"; readonly file: string; readonly line: number; readonly column: number }
  | { readonly kind: "csv"; readonly file: string; readonly row: number; readonly columnName?: string }
  | { readonly kind: "flag"; readonly flag: string }
  | { readonly kind: "file"; readonly file: string };

/** One problem found in the user's input. */
export interface Issue {
  /** Stable machine-readable code in SCREAMING_SNAKE, e.g. SPEC_UNKNOWN_KEY. */
  readonly code: string;
  /** Lower case, no final period; names the field and quotes the bad value. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
  readonly location?: IssueLocation;
}

/** Usage, spec or cohort errors: exit code 2. */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map((issue) => issue.message).join("; "));
    this.name = "InputError";
    this.issues = issues;
  }
}

/** A results folder that replay found different: exit code 3. */
export class ReplayMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplayMismatch";
  }
}

/** A required operating characteristic (--fail-under-power) is not met: exit code 4. The results are written. */
export class RequirementNotMet extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequirementNotMet";
  }
}

/** A bug in twin-trial: exit code 1, print the stack and ask for a report. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InternalError";
  }
}

/**
 * A syntax or name error in a safe expression (eligibility, derived covariates).
 * `offset` is the 0-based character offset in the expression text, so the spec loader can
 * turn it into a line and column of the YAML file.
 */
export class ExpressionError extends Error {
  readonly offset: number;
  readonly hint: string | undefined;
  constructor(message: string, offset: number, hint?: string) {
    super(message);
    this.name = "ExpressionError";
    this.offset = offset;
    this.hint = hint;
  }
}

/** SIGINT or SIGTERM stopped a run: exit code 130, and no partial results are left. */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}

/** Where an OdeModelError points, with the ExpressionError it extends. */
export interface OdeModelProblem {
  readonly message: string;
  /** 0-based character offset in the text at `path` (0 when the problem is a missing entry). */
  readonly offset: number;
  readonly hint?: string | undefined;
  /** Path inside the OdeModelDefinition: ["equations", "central"], ["concentration"], ["compartments", 1], ["equations"]. */
  readonly path: readonly (string | number)[];
  /** The compartment whose equation is at fault, if the problem is in or about one. */
  readonly compartment?: string | undefined;
}

/**
 * An error in an ODE model definition: an ExpressionError (so offset and hint are where the spec
 * loader already looks) that also says which part of the definition is wrong, for the loader
 * to turn path + offset into spec.yaml:line:column.
 *
 * @example new OdeModelError({ message: 'equation of compartment "central": unknown variable "vmx"', offset: 5,
 *   path: ["equations", "central"], compartment: "central" }).path // ["equations", "central"]
 */
export class OdeModelError extends ExpressionError {
  readonly path: readonly (string | number)[];
  readonly compartment: string | undefined;
  constructor(problem: OdeModelProblem) {
    super(problem.message, problem.offset, problem.hint);
    this.name = "OdeModelError";
    this.path = problem.path;
    this.compartment = problem.compartment;
  }
}
