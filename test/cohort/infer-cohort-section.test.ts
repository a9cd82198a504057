import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { inferCohortSection, readCsvHeader } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";

function stderrOf(text: string): string {
  try {
    inferCohortSection(text, "c.csv", readCsvHeader(text));
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues);
    throw error;
  }
  throw new Error("no issue");
}

describe("readCsvHeader", () => {
  it("reads the trimmed names of the first line, with a byte order mark", () => {
    expect(readCsvHeader("\uFEFFid, age ,sex\n1,50,f\n")).toEqual(["id", "age", "sex"]);
  });

  it("an empty text has no names", () => {
    expect(readCsvHeader("")).toEqual([]);
  });
});

describe("inferCohortSection", () => {
  it("the doc example: id column 'id', others typed by their cells", () => {
    const text = "id,age,sex\n1,50,f\n2,61,m\n";
    expect(inferCohortSection(text, "c.csv", readCsvHeader(text))).toEqual({ file: "c.csv", id_column: "id", rows_per_patient: "one", columns: { age: { type: "integer" }, sex: { type: "category" } }, derived: {}, eligibility: [] });
  });

  it("without an 'id' column, the first column identifies the patients", () => {
    const text = "patient,weight_kg\na,70.5\nb,80\n";
    expect(inferCohortSection(text, "c.csv", readCsvHeader(text))).toMatchObject({ id_column: "patient", columns: { weight_kg: { type: "number" } } });
  });

  it("repeated ids: one COHORT_DUPLICATE_ID issue that says how to describe such a file", () => {
    expect(stderrOf("subject,conc\n1,0.7\n1,2.8\n1,4.4\n2,0\n")).toBe(
      'c.csv row 3, column "subject": error COHORT_DUPLICATE_ID: patient id "1" already appears on row 2 (and 1 more row(s) repeat an id)\n' +
        '  hint: without --spec every row is one patient, identified by column "subject" (the column "id", else the first one); to describe each patient\'s first row, pass a spec with cohort.rows_per_patient: many\n',
    );
  });

  it("a file with a header only is COHORT_EMPTY, as with a spec", () => {
    expect(stderrOf("id,age\n")).toBe("c.csv row 2: error COHORT_EMPTY: the cohort has a header but no patients\n  hint: add one row per real patient\n");
  });
});
