import type { Cohort, CohortColumn, EligibleCohort } from "../population/cohort-data.js";
import { cellValue } from "./cell-value.js";
import type { CohortDescription, DescribedColumn } from "./cohort-description.js";
import { countedLevels } from "./counted-levels.js";
import { groupRows, type RowGroup } from "./group-rows.js";
import { summariseColumn } from "./summarise-column.js";

/** How to describe a cohort. */
export interface DescribeCohortOptions {
  /** A column whose levels split the patients into groups, each described next to everyone. */
  readonly by?: string;
}

function describeColumn(cohort: Cohort, column: CohortColumn, groups: readonly Pick<RowGroup, "rows">[]): DescribedColumn {
  const everyone = groups[0]?.rows ?? [];
  const plan = { numbers: column.type === "number" || column.type === "integer", levels: countedLevels(cohort, column, everyone) };
  const summaries = groups.map((group) => summariseColumn(group.rows.map((row) => cellValue(cohort, column.name, row)), plan));
  return { ...column, summaries };
}

/**
 * A baseline table ("Table 1") of the eligible patients of a cohort: for every column but
 * the grouping one, in declaration order (derived columns last), the patients with a value
 * and missing; mean, SD, median, quartiles (type 7) and range of number and integer
 * columns; counts and percentages per level of category and boolean columns and of number
 * or integer columns with at most 10 distinct values. With `by`, the same for each level of
 * that column. Pure: the caller has parsed the file and applied eligibility.
 *
 * Reference: R `mean`, `sd`, `quantile(type = 7)`, `table` (test/reference/cohort-describe.R
 * checks every number on cohorts/pbc.csv).
 *
 * @example describeCohort(eligible, { by: "arm" }).groups.map((group) => group.patients) // [312, 158, 154] on cohorts/pbc.csv
 */
export function describeCohort(eligible: EligibleCohort, options: DescribeCohortOptions = {}): CohortDescription {
  const { cohort } = eligible;
  const rows = Array.from(eligible.eligibleRows);
  const grouping = options.by === undefined ? { groups: [], ungrouped: [] } : groupRows(cohort, options.by, rows);
  const groups = [{ level: null, rows }, ...grouping.groups];
  const described = cohort.columns.filter((column) => column.name !== options.by);
  return {
    file: cohort.file,
    patientsInFile: cohort.rowCount,
    attrition: eligible.attrition,
    ...(options.by === undefined ? {} : { by: options.by }),
    groups: groups.map((group) => ({ level: group.level, patients: group.rows.length })),
    ungrouped: grouping.ungrouped.length,
    columns: described.map((column) => describeColumn(cohort, column, groups)),
  };
}
