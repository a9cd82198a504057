import { InputError } from "../errors.js";
import { compileDerivedCovariates, deriveValue, type Cohort, type CohortColumn } from "../population/index.js";
import type { DerivedColumn } from "../spec/schema.js";
import { cellValue } from "./cell-value.js";

/**
 * Adds the spec's derived covariates to a real cohort as number columns (missing where an
 * input is missing). A row where an expression gives something else than a number is an
 * InputError naming the row.
 */
export function deriveColumns(cohort: Cohort, derived: Readonly<Record<string, DerivedColumn>>): Cohort {
  const compiled = compileDerivedCovariates(derived, cohort.columns.map((column) => column.name));
  if (compiled.length === 0) return cohort;
  const numeric = new Map(cohort.numeric);
  const columns: CohortColumn[] = [...cohort.columns];
  let current: Cohort = cohort;
  for (const covariate of compiled) {
    const values = new Float64Array(cohort.rowCount);
    for (let row = 0; row < cohort.rowCount; row++) {
      try {
        values[row] = deriveValue(covariate, (name) => cellValue(current, name, row));
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new InputError([{ code: "COHORT_EXPRESSION", message: `cohort.derived.${covariate.name}: ${error.message}`, hint: "a derived covariate must be a number, e.g. weight / (height / 100) ^ 2", location: { kind: "csv", file: cohort.file, row: cohort.rowNumbers[row] ?? 0 } }]);
      }
    }
    const declaration = derived[covariate.name];
    numeric.set(covariate.name, values);
    columns.push({ name: covariate.name, type: "number", unit: declaration?.unit, label: declaration?.label });
    current = { ...current, numeric, columns };
  }
  return current;
}
