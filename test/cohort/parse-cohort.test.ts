import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { parseCohort } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";
import type { CohortSection } from "../../src/spec/index.js";

const PBC = readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8");

const SECTION: CohortSection = {
  file: "pbc_baseline.csv",
  id_column: "id",
  rows_per_patient: "one",
  derived: {},
  columns: { age: { type: "number" }, sex: { type: "category" }, stage: { type: "integer" }, ascites: { type: "boolean" }, platelet: { type: "number" } },
  eligibility: [],
};

function messagesFor(text: string, section: CohortSection = SECTION): string {
  try {
    parseCohort(text, "cohort.csv", section);
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues);
    throw error;
  }
  throw new Error("the cohort parsed without issues");
}

describe("parseCohort on the shipped pbc cohort", () => {
  const cohort = parseCohort(PBC, "pbc_baseline.csv", SECTION);

  it("reads every row with its file row number", () => {
    expect(cohort.rowCount).toBe(312);
    expect(cohort.rowNumbers[0]).toBe(2); // the header is row 1
    expect(cohort.rowNumbers[311]).toBe(313);
    expect(cohort.ids.slice(0, 3)).toEqual(["1", "2", "3"]);
  });

  it("types the columns as cohorts/README.md documents them", () => {
    // README: age 26.3-78.4; sex 36 m / 276 f; stage 1 (16) / 2 (67) / 3 (120) / 4 (109); platelet 4 missing.
    const age = Array.from(cohort.numeric.get("age") ?? []);
    expect(Math.min(...age)).toBeCloseTo(26.2778918548939, 12);
    expect(Math.max(...age)).toBeCloseTo(78.4394250513347, 12);
    const sex = cohort.categories.get("sex");
    expect(sex?.levels).toEqual(["f", "m"]);
    expect(Array.from(sex?.codes ?? []).filter((code) => code === 1)).toHaveLength(36);
    const stage = Array.from(cohort.numeric.get("stage") ?? []);
    expect([1, 2, 3, 4].map((level) => stage.filter((value) => value === level).length)).toEqual([16, 67, 120, 109]);
    expect(Array.from(cohort.numeric.get("platelet") ?? []).filter(Number.isNaN)).toHaveLength(4);
    expect(new Set(cohort.numeric.get("ascites"))).toEqual(new Set([0, 1]));
  });
});

describe("parseCohort errors name the row and column, verbatim", () => {
  const header = "id,age,sex,stage,ascites,platelet\n";

  it("a non-numeric value in a number column", () => {
    expect(messagesFor(`${header}1,50,f,2,0,200\n2,3,5,f,2,0,200\n`)).toBe(
      "cohort.csv row 3: error COHORT_CSV_SYNTAX: this row has a different number of cells than the header\n  hint: every row needs one cell per header column; quote cells that contain commas\n",
    );
    expect(messagesFor(`${header}1,50,f,2,0,200\n2,"3,5",f,2,0,200\n3,abc,f,2,0,200\n`)).toBe(
      'cohort.csv row 3, column "age": error COHORT_NOT_A_NUMBER: expected a number, got "3,5"\n  hint: use a dot as the decimal separator\n' +
        'cohort.csv row 4, column "age": error COHORT_NOT_A_NUMBER: expected a number, got "abc"\n  hint: write a plain decimal number such as 3.5, or leave the cell empty for a missing value\n',
    );
  });

  it("integers, booleans and out-of-range numbers", () => {
    expect(messagesFor(`${header}1,50,f,2.5,0,200\n`)).toBe(
      'cohort.csv row 2, column "stage": error COHORT_NOT_A_NUMBER: expected a whole number, got "2.5"\n  hint: declare the column as type: number if it holds fractions\n',
    );
    expect(messagesFor(`${header}1,50,f,2,maybe,200\n`)).toBe(
      'cohort.csv row 2, column "ascites": error COHORT_NOT_A_BOOLEAN: expected a boolean, got "maybe"\n  hint: write 1/0, true/false or yes/no, or declare the column as type: category\n',
    );
    expect(messagesFor(`${header}1,1e400,f,2,0,200\n`)).toBe(
      'cohort.csv row 2, column "age": error COHORT_NOT_A_NUMBER: the number 1e400 is out of range\n  hint: values must be finite double-precision numbers (below 1.8e308)\n',
    );
  });

  it("a missing column, with a did-you-mean", () => {
    expect(messagesFor("id,agee,sex,stage,ascites,platelet\n1,50,f,2,0,200\n")).toBe(
      'cohort.csv row 1, column "age": error COHORT_MISSING_COLUMN: column "age" is not in the header\n  hint: did you mean "agee"? the file has: id, agee, sex, stage, ascites, platelet\n',
    );
  });

  it("duplicate and empty ids", () => {
    expect(messagesFor(`${header}1,50,f,2,0,200\n1,51,f,2,0,200\n,52,f,2,0,200\n`)).toBe(
      'cohort.csv row 3, column "id": error COHORT_DUPLICATE_ID: patient id "1" already appears on row 2\n  hint: ids must be unique: one row per real patient (or set cohort.rows_per_patient: many)\n' +
        'cohort.csv row 4, column "id": error COHORT_MISSING_ID: the patient id is empty\n  hint: every row needs an id\n',
    );
  });

  it("empty files, header-only files and semicolon-separated files", () => {
    expect(messagesFor("")).toBe("cohort.csv row 1: error COHORT_EMPTY: the cohort file is empty\n  hint: the first line must be a header naming the columns\n");
    expect(messagesFor(header)).toBe("cohort.csv row 2: error COHORT_EMPTY: the cohort has a header but no patients\n  hint: add one row per real patient\n");
    expect(messagesFor("id;age;sex\n1;50;f\n")).toBe(
      "cohort.csv row 1: error COHORT_SEPARATOR: the header has a single column containing ';'\n  hint: the file looks semicolon-separated: save it as comma-separated CSV (with a dot as the decimal separator)\n",
    );
  });

  it("accepts a byte-order mark, CRLF line ends, NA and empty cells as missing", () => {
    const cohort = parseCohort(`\uFEFF${header.replace("\n", "\r\n")}1,NA,f,2,1,\r\n2,40,,3,0,150\r\n`, "cohort.csv", SECTION);
    expect(Number.isNaN(cohort.numeric.get("age")?.[0] ?? 0)).toBe(true);
    expect(Number.isNaN(cohort.numeric.get("platelet")?.[0] ?? 0)).toBe(true);
    expect(cohort.categories.get("sex")?.codes[1]).toBe(-1);
    expect(cohort.numeric.get("age")?.[1]).toBe(40);
  });
});
