import { InputError, type Issue } from "../errors.js";
import type { CohortSection } from "../spec/schema.js";
import { inferColumnType } from "./infer-column-type.js";
import { parseCohort } from "./parse-cohort.js";

/** The id column when the file has no spec: "id" if the header has it, else the first column. */
function idColumnOf(header: readonly string[]): string {
  return header.includes("id") ? "id" : (header[0] ?? "id");
}

/** Many repeated ids would print one issue per row: one summary says the same, with the way out. */
function summariseDuplicates(issues: readonly Issue[], idColumn: string): Issue[] {
  const duplicates = issues.filter((issue) => issue.code === "COHORT_DUPLICATE_ID");
  const first = duplicates[0];
  if (first === undefined) return [...issues];
  const more = duplicates.length > 1 ? ` (and ${duplicates.length - 1} more row(s) repeat an id)` : "";
  const summary: Issue = {
    ...first,
    message: `${first.message}${more}`,
    hint: `without --spec every row is one patient, identified by column "${idColumn}" (the column "id", else the first one); to describe each patient's first row, pass a spec with cohort.rows_per_patient: many`,
  };
  return [...issues.filter((issue) => issue.code !== "COHORT_DUPLICATE_ID"), summary];
}

/**
 * A cohort section for a CSV that comes without a spec: the id column is "id" if the header
 * has one, else the first column, and every other column is declared with the type its cells
 * suggest (inferColumnType). Reads the cells with parseCohort itself, so the file is checked
 * as a spec's cohort would be (one row per patient, unique non-empty ids).
 *
 * @param header the column names of the file's first line (readCsvHeader)
 * @example inferCohortSection("id,age,sex\n1,50,f\n2,61,m\n", "c.csv", ["id", "age", "sex"]).columns // { age: { type: "integer" }, sex: { type: "category" } }
 */
export function inferCohortSection(text: string, file: string, header: readonly string[]): CohortSection {
  const idColumn = idColumnOf(header);
  const names = [...new Set(header)].filter((name) => name !== "" && name !== idColumn);
  const base: CohortSection = { file, id_column: idColumn, rows_per_patient: "one", columns: {}, derived: {}, eligibility: [] };
  let raw: ReadonlyMap<string, readonly string[]> | undefined;
  try {
    raw = parseCohort(text, file, base, names).raw;
  } catch (error) {
    if (error instanceof InputError) throw new InputError(summariseDuplicates(error.issues, idColumn));
    throw error;
  }
  const columns = Object.fromEntries(names.map((name) => [name, { type: inferColumnType(raw?.get(name) ?? []) }]));
  return { ...base, columns };
}
