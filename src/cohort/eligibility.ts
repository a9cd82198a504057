import { compileExpression, type ExpressionValue } from "../expr/index.js";
import { InputError } from "../errors.js";
import type { EligibilityCriterion } from "../spec/schema.js";
import { cellValue } from "./cell-value.js";
import type { AttritionStep, Cohort, EligibleCohort } from "../population/cohort-data.js";

type RowTest = (row: number) => boolean;

function describeRange(criterion: EligibilityCriterion): string {
  const column = criterion.column ?? "";
  const parts: string[] = [];
  if (criterion.min !== undefined && criterion.max !== undefined) parts.push(`${column} from ${criterion.min} to ${criterion.max}`);
  else if (criterion.min !== undefined) parts.push(`${column} ≥ ${criterion.min}`);
  else if (criterion.max !== undefined) parts.push(`${column} ≤ ${criterion.max}`);
  if (criterion.in !== undefined) parts.push(`${column} in {${criterion.in.map(String).join(", ")}}`);
  if (criterion.not_missing === true) parts.push(`${column} recorded`);
  return parts.join(" and ");
}

/** A readable name for a criterion in the attrition table. */
export function describeCriterion(criterion: EligibilityCriterion): string {
  if (criterion.label !== undefined) return criterion.label;
  return criterion.expression ?? describeRange(criterion);
}

function matchesIn(value: ExpressionValue, allowed: readonly (string | number | boolean)[]): boolean {
  return allowed.some((item) => item === value || String(item) === String(value) || (typeof value === "boolean" && item === (value ? 1 : 0)));
}

function rangeTest(cohort: Cohort, criterion: EligibilityCriterion): RowTest {
  const column = criterion.column ?? "";
  return (row) => {
    const value = cellValue(cohort, column, row);
    if (value === null) return false;
    if (criterion.min !== undefined && !(typeof value === "number" && value >= criterion.min)) return false;
    if (criterion.max !== undefined && !(typeof value === "number" && value <= criterion.max)) return false;
    if (criterion.in !== undefined && !matchesIn(value, criterion.in)) return false;
    return true;
  };
}

function expressionTest(cohort: Cohort, criterion: EligibilityCriterion, index: number): RowTest {
  const compiled = compileExpression(criterion.expression ?? "", { knownVariables: new Set(cohort.columns.map((column) => column.name)) });
  const values: ExpressionValue[] = compiled.variables.map(() => null);
  return (row) => {
    compiled.variables.forEach((name, v) => (values[v] = cellValue(cohort, name, row)));
    const where = { kind: "csv" as const, file: cohort.file, row: cohort.rowNumbers[row] ?? 0 };
    let result: ExpressionValue;
    try {
      result = compiled.evaluate(values);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new InputError([{ code: "COHORT_EXPRESSION", message: `cohort.eligibility[${index}].expression fails on this row: ${error.message}`, hint: "compare category columns with strings, e.g. sex == \"f\"", location: where }]);
    }
    if (result === null || typeof result === "boolean") return result === true;
    throw new InputError([{ code: "COHORT_EXPRESSION", message: `cohort.eligibility[${index}].expression gives ${JSON.stringify(result)} on this row, not true or false`, hint: "an eligibility expression must be a condition, e.g. age >= 18", location: where }]);
  };
}

/**
 * Applies the eligibility criteria in order and records how many patients each one
 * excluded (a CONSORT-style attrition table). A missing value never meets a criterion.
 * Throws COHORT_NO_ELIGIBLE_PATIENTS when fewer than two patients remain.
 */
export function applyEligibility(cohort: Cohort, criteria: readonly EligibilityCriterion[]): EligibleCohort {
  let remaining = Array.from({ length: cohort.rowCount }, (_, row) => row);
  const attrition: AttritionStep[] = [{ criterion: "patients in the file", excluded: 0, remaining: remaining.length }];
  criteria.forEach((criterion, index) => {
    const test = criterion.expression === undefined ? rangeTest(cohort, criterion) : expressionTest(cohort, criterion, index);
    const kept = remaining.filter(test);
    attrition.push({ criterion: describeCriterion(criterion), excluded: remaining.length - kept.length, remaining: kept.length });
    remaining = kept;
  });
  if (remaining.length < 2) {
    const steps = attrition.slice(1).map((step) => `${step.criterion}: −${step.excluded}`).join("; ");
    throw new InputError([{ code: "COHORT_NO_ELIGIBLE_PATIENTS", message: `eligibility leaves ${remaining.length} of ${cohort.rowCount} patients (at least 2 are needed)`, hint: `loosen cohort.eligibility (${steps})`, location: { kind: "file", file: cohort.file } }]);
  }
  return { cohort, eligibleRows: Int32Array.from(remaining), attrition };
}
