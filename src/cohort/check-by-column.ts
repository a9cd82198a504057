import type { Issue } from "../errors.js";
import type { EligibleCohort } from "../population/cohort-data.js";
import { closestName } from "../text/closest-name.js";
import { groupRows } from "./group-rows.js";

/** A table wider than this many groups is not a baseline table any more. */
export const MAX_GROUPS = 20;

function byIssue(message: string, hint: string): Issue {
  return { code: "USAGE_INVALID_VALUE", message, hint, location: { kind: "flag", flag: "--by" } };
}

/**
 * The problems of a `--by` column: not in the file (with the closest name), the id column,
 * a number column, or more than MAX_GROUPS levels among the described patients. Category,
 * boolean and integer columns with few levels pass.
 *
 * @param header the column names of the file (readCsvHeader)
 * @example checkByColumn(eligible, "age", header)[0]?.message // '--by column "age" is a number column' (cohorts/pbc.csv)
 */
export function checkByColumn(eligible: EligibleCohort, by: string, header: readonly string[]): Issue[] {
  const { cohort } = eligible;
  const column = cohort.columns.find((declared) => declared.name === by);
  if (column === undefined) {
    if (header.includes(by)) return [byIssue(`--by column "${by}" identifies the patients`, "choose a column that groups them, e.g. --by sex")];
    const suggestion = closestName(by, header);
    return [byIssue(`--by column "${by}" is not in ${cohort.file}`, `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}the file has: ${header.join(", ")}`)];
  }
  if (column.type === "number") return [byIssue(`--by column "${by}" is a number column`, "group by a category, boolean or integer column, e.g. --by sex")];
  const levels = groupRows(cohort, by, Array.from(eligible.eligibleRows)).groups.length;
  if (levels > MAX_GROUPS) return [byIssue(`--by column "${by}" has ${levels} levels among the described patients (at most ${MAX_GROUPS})`, "group by a column with few levels, e.g. --by sex")];
  return [];
}
