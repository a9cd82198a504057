import { InputError, type Issue } from "../errors.js";
import type { EligibleCohort } from "../population/cohort-data.js";

/** A column the model needs for every virtual patient, and what it is used for. */
export interface RequiredColumn {
  readonly column: string;
  readonly use: string;
  /** Values must also be > 0 (e.g. a power covariate model divides and raises them). */
  readonly positive?: boolean;
}

function nonPositive(eligible: EligibleCohort, column: string, use: string, values: Float64Array): Issue[] {
  const { cohort } = eligible;
  const bad = Array.from(eligible.eligibleRows).filter((row) => (values[row] ?? 0) <= 0);
  const first = bad[0];
  if (first === undefined) return [];
  return [{
    code: "COHORT_NOT_POSITIVE",
    message: `${column} is used as ${use} and must be > 0, but is ${values[first]} here (${bad.length} eligible patient(s))`,
    hint: `add {column: ${column}, min: <a positive value>} to cohort.eligibility`,
    location: { kind: "csv", file: cohort.file, row: cohort.rowNumbers[first] ?? 0, columnName: column },
  }];
}

/**
 * Checks that every column the simulation uses is recorded for every eligible patient:
 * a virtual patient grown from a row with a missing baseline would have no outcome.
 */
export function requireComplete(eligible: EligibleCohort, required: readonly RequiredColumn[]): void {
  const { cohort } = eligible;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const { column, use, positive } of required) {
    const values = cohort.numeric.get(column);
    const codes = cohort.categories.get(column)?.codes;
    if (values === undefined && codes === undefined) continue;
    if (positive === true && values !== undefined) issues.push(...nonPositive(eligible, column, use, values));
    if (seen.has(column)) continue;
    seen.add(column);
    const isMissing = (row: number): boolean => (values === undefined ? (codes?.[row] ?? -1) < 0 : Number.isNaN(values[row] ?? Number.NaN));
    const missingRows = Array.from(eligible.eligibleRows).filter(isMissing);
    const first = missingRows[0];
    if (first === undefined) continue;
    issues.push({
      code: "COHORT_MISSING_VALUE",
      message: `${column} is used as ${use} but is missing for ${missingRows.length} eligible patient(s), the first here`,
      hint: `add {column: ${column}, not_missing: true} to cohort.eligibility, or fill the values`,
      location: { kind: "csv", file: cohort.file, row: cohort.rowNumbers[first] ?? 0, columnName: column },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
}
