import { describe, expect, it } from "vitest";
import { compareOutput, firstCsvDifference, firstLineDifference, inputLayout, renderReplayVerdicts } from "../../src/archive/index.js";

describe("firstCsvDifference", () => {
  it("is undefined for equal cells, also when only the quoting differs", () => {
    expect(firstCsvDifference("", "")).toBeUndefined();
    expect(firstCsvDifference("a,b\n1,2\n", 'a,b\n1,"2"\n')).toBeUndefined();
  });

  it("names the row as a spreadsheet shows it (header = row 1) and the column", () => {
    expect(firstCsvDifference("a,b\n1,2\n", "a,b\n1,3\n")).toEqual({ row: 2, columnName: "b", expected: "2", got: "3" });
    expect(firstCsvDifference("a,b\n1,2\n", "a,c\n1,2\n")).toEqual({ row: 1, columnName: "b", expected: "b", got: "c" });
  });

  it("reports a missing or extra row and a missing cell", () => {
    expect(firstCsvDifference("a\n1\n2\n", "a\n1\n")).toEqual({ row: 3, expected: "2", got: "no row" });
    expect(firstCsvDifference("a,b\n1,2\n", "a,b\n1\n")).toEqual({ row: 2, columnName: "b", expected: "2", got: "(no cell)" });
  });
});

describe("firstLineDifference", () => {
  it("finds the first differing line, or the end of a shorter file", () => {
    expect(firstLineDifference("a\nb\n", "a\nb\n")).toBeUndefined();
    expect(firstLineDifference("a\nb\n", "a\nc\n")).toEqual({ line: 2, expected: "b", got: "c" });
    expect(firstLineDifference("a\n", "a\nb\n")).toEqual({ line: 2, expected: "", got: "b" });
    expect(firstLineDifference("a", "a\n")).toEqual({ line: 2, expected: "(end of file)", got: "" });
  });
});

describe("compareOutput and renderReplayVerdicts", () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it("says same for equal bytes and where CSV, text and line-end differences are", () => {
    expect(compareOutput("s.csv", encode("a\n1\n"), encode("a\n1\n"))).toEqual({ file: "s.csv", verdict: "same" });
    expect(compareOutput("summary.csv", encode("a\n1\n"), encode("a\n2\n"))).toEqual({ file: "summary.csv", verdict: "different", where: 'row 2, column "a": expected "1", got "2"' });
    expect(compareOutput("report.md", encode("# a\n"), encode("# b\n"))).toEqual({ file: "report.md", verdict: "different", where: 'line 1: expected "# a", got "# b"' });
    expect(compareOutput("s.csv", encode("a\n1\n"), encode("a\r\n1\r\n"))).toEqual({ file: "s.csv", verdict: "different", where: 'line 1: expected "a", got "a\\r"' });
  });

  it("prints one verdict a file and the count", () => {
    expect(renderReplayVerdicts([{ file: "summary.csv", verdict: "same" }])).toBe("summary.csv  same\nall 1 files are identical\n");
    expect(renderReplayVerdicts([{ file: "a.csv", verdict: "different", where: "row 2" }, { file: "report.md", verdict: "missing" }])).toBe(
      "a.csv      DIFFERENT\n  first difference: row 2\nreport.md  DIFFERENT (not made by the replay)\n2 of 2 files differ\n",
    );
  });
});

describe("inputLayout", () => {
  it("nests the spec folder so that cohort.file resolves unchanged", () => {
    expect(inputLayout("../cohorts/pbc.csv")).toEqual({ specFolder: "inputs/spec", cohortPath: "inputs/cohorts/pbc.csv", isCohortMoved: false });
    expect(inputLayout("pbc.csv")).toEqual({ specFolder: "inputs/spec", cohortPath: "inputs/spec/pbc.csv", isCohortMoved: false });
    expect(inputLayout("../../data/x/../pbc.csv")).toEqual({ specFolder: "inputs/spec/spec", cohortPath: "inputs/data/pbc.csv", isCohortMoved: false });
    expect(inputLayout("/data/pbc.csv")).toEqual({ specFolder: "inputs/spec", cohortPath: "inputs/cohort/pbc.csv", isCohortMoved: true });
  });
});
