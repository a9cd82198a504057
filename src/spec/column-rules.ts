import { compileExpression } from "../expr/index.js";
import { ExpressionError } from "../errors.js";
import { closestName } from "../text/closest-name.js";
import type { PkParameter, Spec } from "./schema.js";
import type { SpecIssue, SpecPath } from "./spec-issue.js";

/**
 * Rules about cohort columns that can be checked from the spec alone: every column the
 * spec uses is declared under cohort.columns with a type that fits its use. (Whether the
 * CSV really has them is the cohort loader's job.)
 */
type NumericUse = { readonly column: string; readonly path: SpecPath; readonly use: string };

function unknownColumn(spec: Spec, column: string, path: SpecPath): SpecIssue {
  const declared = Object.keys(spec.cohort.columns);
  const suggestion = closestName(column, declared);
  return {
    code: "SPEC_UNKNOWN_COLUMN",
    message: `column "${column}" is not declared under cohort.columns`,
    hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}declared columns: ${declared.join(", ")}; add it with its type, e.g. ${column}: {type: number}`,
    path,
  };
}

function numericUses(spec: Spec): NumericUse[] {
  const uses: NumericUse[] = [];
  spec.endpoints.forEach((endpoint, index) => uses.push({ column: endpoint.baseline_column, path: ["endpoints", index, "baseline_column"], use: "a baseline" }));
  const parameters: Record<string, PkParameter> = spec.pk?.parameters ?? {};
  for (const [name, parameter] of Object.entries(parameters)) {
    parameter.covariates.forEach((effect, index) => uses.push({ column: effect.column, path: ["pk", "parameters", name, "covariates", index, "column"], use: "a power covariate" }));
  }
  spec.analysis.ancova_covariates.forEach((column, index) => {
    if (column !== "baseline") uses.push({ column, path: ["analysis", "ancova_covariates", index], use: "an ANCOVA covariate" });
  });
  return uses;
}

function checkNumericUses(spec: Spec): SpecIssue[] {
  return numericUses(spec).flatMap(({ column, path, use }) => {
    const declaration = spec.cohort.columns[column];
    if (declaration === undefined) return [unknownColumn(spec, column, path)];
    if (declaration.type === "number" || declaration.type === "integer") return [];
    return [{ code: "SPEC_COLUMN_TYPE", message: `column "${column}" is declared as ${declaration.type} but is used as ${use}`, hint: "only number or integer columns can enter a model", path }];
  });
}

function checkEligibility(spec: Spec): SpecIssue[] {
  const known = new Set(Object.keys(spec.cohort.columns));
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
    try {
      compileExpression(criterion.expression ?? "", { knownVariables: known });
      return [];
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      const issue: SpecIssue = { code: "SPEC_EXPRESSION", message: `cohort.eligibility[${index}].expression: ${error.message}`, path: [...path, "expression"], offsetInValue: error.offset };
      return [error.hint === undefined ? issue : { ...issue, hint: error.hint }];
    }
  });
}

/** All column rules, in document order. */
export function columnRules(spec: Spec): SpecIssue[] {
  return [...checkEligibility(spec), ...checkNumericUses(spec)];
}
