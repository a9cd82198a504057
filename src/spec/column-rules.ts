import { compileExpression } from "../expr/index.js";
import { ExpressionError } from "../errors.js";
import { closestName } from "../text/closest-name.js";
import type { PkParameter, Spec } from "./schema.js";
import type { SpecIssue, SpecPath } from "./spec-issue.js";

/**
 * Rules about cohort columns that can be checked from the spec alone: every column the
 * spec uses is declared under cohort.columns (or cohort.derived) with a type that fits its
 * use. (Whether the CSV really has them is the cohort loader's job.)
 */
interface ColumnUse {
  readonly column: string;
  readonly path: SpecPath;
  readonly use: string;
  /** Category and boolean columns allowed (categorical covariate effects). */
  readonly anyType?: boolean;
}

/** Declared and derived column names, with the type each has. */
export function columnTypes(spec: Spec): Map<string, string> {
  const types = new Map(Object.entries(spec.cohort.columns).map(([name, declaration]) => [name, declaration.type as string]));
  for (const name of Object.keys(spec.cohort.derived)) types.set(name, "number");
  return types;
}

function unknownColumn(spec: Spec, column: string, path: SpecPath): SpecIssue {
  const declared = [...columnTypes(spec).keys()];
  const suggestion = closestName(column, declared);
  return {
    code: "SPEC_UNKNOWN_COLUMN",
    message: `column "${column}" is not declared under cohort.columns`,
    hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}declared columns: ${declared.join(", ")}; add it with its type, e.g. ${column}: {type: number}`,
    path,
  };
}

function covariateUses(spec: Spec): ColumnUse[] {
  const uses: ColumnUse[] = [];
  const parameters: Record<string, PkParameter> = spec.pk?.parameters ?? {};
  for (const [name, parameter] of Object.entries(parameters)) {
    parameter.covariates.forEach((effect, index) =>
      uses.push({ column: effect.column, path: ["pk", "parameters", name, "covariates", index, "column"], use: `a ${effect.model} covariate`, anyType: effect.model === "categorical" }),
    );
  }
  return uses;
}

function endpointUses(spec: Spec): ColumnUse[] {
  return spec.endpoints.flatMap((endpoint, index): ColumnUse[] => [
    ...(endpoint.baseline_column === undefined ? [] : [{ column: endpoint.baseline_column, path: ["endpoints", index, "baseline_column"], use: "a baseline" }]),
    ...(endpoint.covariates ?? []).map((term, termIndex) => ({ column: term.column, path: ["endpoints", index, "covariates", termIndex, "column"], use: "a covariate of the linear predictor" })),
    ...(endpoint.twin_model?.covariates ?? []).map((term, termIndex) => ({ column: term.column, path: ["endpoints", index, "twin_model", "covariates", termIndex, "column"], use: "a covariate of the twin model" })),
  ]);
}

function columnUses(spec: Spec): ColumnUse[] {
  const uses: ColumnUse[] = endpointUses(spec);
  spec.adverse_events.forEach((event, index) => (event.covariates ?? []).forEach((term, termIndex) => uses.push({ column: term.column, path: ["adverse_events", index, "covariates", termIndex, "column"], use: "a covariate of an adverse event model" })));
  uses.push(...covariateUses(spec));
  spec.analysis.adjustment_covariates.forEach((column, index) => uses.push({ column, path: ["analysis", "adjustment_covariates", index], use: "an adjustment covariate", anyType: true }));
  spec.analysis.strata.forEach((column, index) => uses.push({ column, path: ["analysis", "strata", index], use: "a stratum", anyType: true }));
  spec.analysis.ancova_covariates.forEach((column, index) => {
    if (column !== "baseline") uses.push({ column, path: ["analysis", "ancova_covariates", index], use: "an ANCOVA covariate", anyType: true });
  });
  spec.arms.forEach((arm, index) => {
    for (const key of ["dose_column", "weight_column"] as const) {
      const column = arm.regimen?.[key];
      if (column !== undefined) uses.push({ column, path: ["arms", index, "regimen", key], use: key === "dose_column" ? "a dose" : "a body weight" });
    }
  });
  return uses;
}

function checkColumnUses(spec: Spec): SpecIssue[] {
  const types = columnTypes(spec);
  return columnUses(spec).flatMap(({ column, path, use, anyType }) => {
    const type = types.get(column);
    if (type === undefined) return [unknownColumn(spec, column, path)];
    if (anyType === true || type === "number" || type === "integer") return [];
    return [{ code: "SPEC_COLUMN_TYPE", message: `column "${column}" is declared as ${type} but is used as ${use}`, hint: "only number or integer columns can enter a model", path }];
  });
}

/** What an expression must give: a number (derived covariates) or a condition (eligibility). */
type ExpectedValue = "number" | "boolean";

const WRONG_KIND_HINTS: Readonly<Record<ExpectedValue, string>> = {
  number: "a derived covariate is a number computed from the columns, e.g. alk_phos / 147",
  boolean: 'an eligibility expression is a condition that is true or false, e.g. age >= 18 or sex == "f"',
};

/** Compiles an expression against known names; an ExpressionError, or a value of the wrong kind, becomes a located issue. */
export function expressionIssue(source: string, known: ReadonlySet<string>, path: SpecPath, label: string, expected?: ExpectedValue): SpecIssue[] {
  try {
    const { kind } = compileExpression(source, { knownVariables: known });
    if (expected === undefined || kind === "unknown" || kind === expected) return [];
    return [{ code: "SPEC_EXPRESSION", message: `${label} gives a ${kind}, not a ${expected === "number" ? "number" : "condition"}`, hint: WRONG_KIND_HINTS[expected], path }];
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const issue: SpecIssue = { code: "SPEC_EXPRESSION", message: `${label}: ${error.message}`, path, offsetInValue: error.offset };
    return [error.hint === undefined ? issue : { ...issue, hint: error.hint }];
  }
}

/** A derived covariate that reads one defined below it (or itself): the order is the evaluation order. */
function laterDerivedIssue(spec: Spec, name: string, known: ReadonlySet<string>, path: SpecPath): SpecIssue[] {
  const later = compileableNames(spec.cohort.derived[name]?.expression ?? "").find((variable) => !known.has(variable) && Object.hasOwn(spec.cohort.derived, variable));
  if (later === undefined) return [];
  const cycle = later === name ? "itself" : `"${later}", which is defined after it`;
  return [{ code: "SPEC_EXPRESSION", message: `cohort.derived.${name}.expression uses ${cycle}`, hint: "a derived covariate can use the declared columns and the derived covariates above it, so there are no cycles: reorder them or remove the loop", path }];
}

/** The identifiers of an expression, whatever they name (empty when it does not compile). */
function compileableNames(source: string): string[] {
  try {
    return [...compileExpression(source).variables];
  } catch {
    return [];
  }
}

function checkDerived(spec: Spec): SpecIssue[] {
  const known = new Set(Object.keys(spec.cohort.columns));
  return Object.entries(spec.cohort.derived).flatMap(([name, derived]) => {
    const path: SpecPath = ["cohort", "derived", name, "expression"];
    // hasOwn, not columns[name]: a covariate may be called "constructor" (prototype names are not columns).
    if (Object.hasOwn(spec.cohort.columns, name))
      return [{ code: "SPEC_DUPLICATE_ID", message: `cohort.derived.${name} has the name of a declared column`, hint: "give the derived covariate its own name", path: ["cohort", "derived", name], atKey: true }];
    const order = laterDerivedIssue(spec, name, known, path);
    const issues = order.length > 0 ? order : expressionIssue(derived.expression, known, path, `cohort.derived.${name}.expression`, "number");
    known.add(name);
    return issues;
  });
}

function checkEligibility(spec: Spec): SpecIssue[] {
  const known = new Set(columnTypes(spec).keys());
  return spec.cohort.eligibility.flatMap((criterion, index): SpecIssue[] => {
    const path: SpecPath = ["cohort", "eligibility", index];
    const hasColumn = criterion.column !== undefined;
    const hasExpression = criterion.expression !== undefined;
    if (hasColumn === hasExpression)
      return [{ code: "SPEC_ELIGIBILITY", message: `cohort.eligibility[${index}] needs exactly one of column and expression`, hint: 'write {column: age, min: 18} or {expression: "age >= 18"}', path }];
    if (criterion.column !== undefined) {
      if (!known.has(criterion.column)) return [unknownColumn(spec, criterion.column, [...path, "column"])];
      const conditions = [criterion.min, criterion.max, criterion.in, criterion.not_missing].filter((value) => value !== undefined);
      if (conditions.length === 0)
        return [{ code: "SPEC_ELIGIBILITY", message: `cohort.eligibility[${index}] names column "${criterion.column}" but no condition`, hint: "add min, max, in or not_missing: true", path }];
      return [];
    }
    return expressionIssue(criterion.expression ?? "", known, [...path, "expression"], `cohort.eligibility[${index}].expression`, "boolean");
  });
}

function checkObservations(spec: Spec): SpecIssue[] {
  const observations = spec.cohort.observations;
  if (observations === undefined) return [];
  if (spec.cohort.rows_per_patient !== "many")
    return [{ code: "SPEC_INVALID_VALUE", message: "cohort.observations needs rows_per_patient: many", hint: "a patient's observations are its rows: set cohort.rows_per_patient: many", path: ["cohort", "observations"] }];
  return [];
}

/** All column rules, in document order. */
export function columnRules(spec: Spec): SpecIssue[] {
  return [...checkDerived(spec), ...checkObservations(spec), ...checkEligibility(spec), ...checkColumnUses(spec)];
}
