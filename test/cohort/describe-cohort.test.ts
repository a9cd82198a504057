import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyEligibility, deriveColumns, describeCohort, inferCohortSection, parseCohort, readCsvHeader, type CohortDescription, type DescribedColumn, type EligibleCohort, type LevelValue } from "../../src/cohort/index.js";
import { loadSpec } from "../../src/spec/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** test/reference/cohort-describe.json, made by test/reference/cohort-describe.R (R 4.2.2, base R on cohorts/pbc.csv). */
interface ReferenceColumn {
  readonly n: number;
  readonly missing: number;
  readonly missing_percent: number;
  readonly numbers?: Readonly<Record<"mean" | "sd" | "q1" | "median" | "q3" | "min" | "max", number | "NaN">>;
  readonly counts?: Readonly<Record<string, number>>;
  readonly percents?: Readonly<Record<string, number>>;
}
interface ReferenceGroup {
  readonly name: string;
  readonly patients: number;
  readonly columns: Readonly<Record<string, ReferenceColumn>>;
}
const REFERENCE = (JSON.parse(readFileSync(new URL("../reference/cohort-describe.json", import.meta.url), "utf8")) as { groups: ReferenceGroup[] }).groups;

/*
 * The JSON holds R's doubles exactly (17 digits). Means and SDs are sums in another order
 * (R accumulates in long double), so they may differ in the last bits: 1e-12 relative is
 * far above that and far below any real mistake. Quantiles, ranges and counts are exact.
 */
const TOLERANCE = 1e-12;

const TEXT = readFileSync(new URL("../../cohorts/pbc.csv", import.meta.url), "utf8");
const FILE = "cohorts/pbc.csv";

function everyone(): EligibleCohort {
  const cohort = parseCohort(TEXT, FILE, inferCohortSection(TEXT, FILE, readCsvHeader(TEXT)));
  return { cohort, eligibleRows: Int32Array.from({ length: cohort.rowCount }, (_, row) => row), attrition: [] };
}

function eligibleUnderPbcPhase2(): EligibleCohort {
  const section = loadSpec(new URL("../../trial-specs/pbc-phase2.yaml", import.meta.url).pathname).spec.cohort;
  const withArm = { ...section, columns: { ...section.columns, arm: { type: "category" as const } } };
  return applyEligibility(deriveColumns(parseCohort(TEXT, FILE, withArm), withArm.derived), withArm.eligibility);
}

/** R's table() names a level by its text: 0 / 1 for the booleans of the file, "0.5" for a number. */
function rLevelName(level: LevelValue): string {
  return typeof level === "boolean" ? (level ? "1" : "0") : String(level);
}

function compareColumn(column: DescribedColumn, index: number, expected: ReferenceColumn, label: string): void {
  const summary = column.summaries[index];
  if (summary === undefined) throw new Error(`${label}: no summary`);
  expect({ n: summary.n, missing: summary.missing }, label).toEqual({ n: expected.n, missing: expected.missing });
  expectRelativeClose(summary.missingPercent, expected.missing_percent, TOLERANCE, `${label} missing %`);
  if (summary.numbers !== undefined) {
    const numbers = expected.numbers;
    if (numbers === undefined) throw new Error(`${label}: R has no numbers`);
    for (const key of ["mean", "sd", "q1", "median", "q3", "min", "max"] as const) {
      const want = numbers[key];
      expectRelativeClose(summary.numbers[key], want === "NaN" ? Number.NaN : want, TOLERANCE, `${label} ${key}`);
    }
  }
  if (summary.levels !== undefined) {
    const counts = expected.counts ?? {};
    const ours = Object.fromEntries(summary.levels.map((level) => [rLevelName(level.level), level.count]));
    // R's table() lists the levels that occur; ours lists every declared level, 0 where none occurs.
    expect(Object.fromEntries(Object.entries(ours).filter(([, count]) => count > 0)), `${label} counts`).toEqual(counts);
    for (const level of summary.levels) {
      if (level.count > 0) expectRelativeClose(level.percent, expected.percents?.[rLevelName(level.level)] ?? Number.NaN, TOLERANCE, `${label} % ${rLevelName(level.level)}`);
    }
  }
}

function compareGroups(description: CohortDescription, names: readonly string[]): number {
  let compared = 0;
  description.groups.forEach((group, index) => {
    const expected = REFERENCE.find((candidate) => candidate.name === names[index]);
    if (expected === undefined) throw new Error(`no reference group ${names[index]}`);
    expect(group.patients, expected.name).toBe(expected.patients);
    for (const column of description.columns) {
      const reference = expected.columns[column.name];
      if (reference === undefined) throw new Error(`${expected.name}: R has no column ${column.name}`);
      compareColumn(column, index, reference, `${expected.name} ${column.name}`);
      compared++;
    }
  });
  return compared;
}

describe("describeCohort on cohorts/pbc.csv against R 4.2.2 (test/reference/cohort-describe.R)", () => {
  it("all 312 patients, column types inferred, overall and by arm", () => {
    const description = describeCohort(everyone(), { by: "arm" });
    expect(description.groups.map((group) => [group.level, group.patients])).toEqual([[null, 312], ["D-penicillamine", 158], ["placebo", 154]]);
    expect(description.columns.map((column) => column.name)).not.toContain("arm");
    expect(compareGroups(description, ["all", "all/arm=D-penicillamine", "all/arm=placebo"])).toBe(3 * 19);
  });

  it("without --by: one group, every column but the id", () => {
    const description = describeCohort(everyone());
    expect(description.groups).toEqual([{ level: null, patients: 312 }]);
    expect(description.by).toBeUndefined();
    expect(description.columns.map((column) => `${column.name}:${column.type}`)).toEqual([
      "time:integer", "status:integer", "trt:integer", "age:number", "sex:category", "ascites:boolean", "hepato:boolean", "spiders:boolean", "edema:number",
      "bili:number", "chol:integer", "albumin:number", "copper:integer", "alk_phos:number", "ast:number", "trig:integer", "platelet:integer", "protime:number",
      "stage:integer", "arm:category",
    ]);
    expect(compareGroups(description, ["all"])).toBe(20);
  });

  it("counts number and integer columns with at most 10 distinct values, not others", () => {
    const columns = new Map(describeCohort(everyone()).columns.map((column) => [column.name, column.summaries[0]]));
    expect(columns.get("edema")?.levels?.map((level) => level.level)).toEqual([0, 0.5, 1]);
    expect(columns.get("stage")?.levels?.map((level) => level.level)).toEqual([1, 2, 3, 4]);
    expect(columns.get("age")?.levels).toBeUndefined();
    expect(columns.get("sex")?.numbers).toBeUndefined();
    expect(columns.get("ascites")?.numbers).toBeUndefined();
  });

  it("the 273 patients eligible under trial-specs/pbc-phase2.yaml, by arm", () => {
    const description = describeCohort(eligibleUnderPbcPhase2(), { by: "arm" });
    expect(description.patientsInFile).toBe(312);
    expect(description.attrition.map((step) => step.remaining)).toEqual([312, 309, 285, 273]);
    // ascites is all "no" here: R's table() has only 0, ours also lists true with 0.
    expect(description.columns.find((column) => column.name === "ascites")?.summaries[0]?.levels).toEqual([{ level: false, count: 273, percent: 100 }, { level: true, count: 0, percent: 0 }]);
    expect(compareGroups(description, ["eligible", "eligible/arm=D-penicillamine", "eligible/arm=placebo"])).toBe(3 * 9);
  });
});

describe("describeCohort on small cohorts", () => {
  const section = { file: "c.csv", id_column: "id", rows_per_patient: "one" as const, derived: {}, eligibility: [] };
  const parse = (text: string, columns: Record<string, { type: "number" | "integer" | "category" | "boolean" }>): EligibleCohort => {
    const cohort = parseCohort(text, "c.csv", { ...section, columns });
    return { cohort, eligibleRows: Int32Array.from({ length: cohort.rowCount }, (_, row) => row), attrition: [] };
  };

  it("one patient: SD undefined (NaN, as R's sd(5) is NA), everything else the value", () => {
    const [column] = describeCohort(parse("id,x\n1,5\n", { x: { type: "number" } })).columns;
    expect(column?.summaries[0]).toEqual({ n: 1, missing: 0, missingPercent: 0, numbers: { mean: 5, sd: Number.NaN, median: 5, q1: 5, q3: 5, min: 5, max: 5 }, levels: [{ level: 5, count: 1, percent: 100 }] });
  });

  it("a column with no value: counts 0, numbers NaN, level percentages NaN", () => {
    const columns = describeCohort(parse("id,x,g\n1,,\n2,NA,\n", { x: { type: "integer" }, g: { type: "category" } })).columns;
    expect(columns[0]?.summaries[0]).toEqual({ n: 0, missing: 2, missingPercent: 100, numbers: { mean: Number.NaN, sd: Number.NaN, median: Number.NaN, q1: Number.NaN, q3: Number.NaN, min: Number.NaN, max: Number.NaN }, levels: [] });
    expect(columns[1]?.summaries[0]).toEqual({ n: 0, missing: 2, missingPercent: 100, levels: [] });
  });

  it("patients with no value in the --by column count in overall only", () => {
    const description = describeCohort(parse("id,x,g\n1,1,b\n2,2,\n3,3,a\n4,4,b\n", { x: { type: "number" }, g: { type: "category" } }), { by: "g" });
    expect(description.groups).toEqual([{ level: null, patients: 4 }, { level: "a", patients: 1 }, { level: "b", patients: 2 }]);
    expect(description.ungrouped).toBe(1);
    expect(description.columns[0]?.summaries.map((summary) => summary.numbers?.mean)).toEqual([2.5, 3, 2.5]);
  });

  it("groups by a boolean or integer column in ascending order", () => {
    const cohort = parse("id,x,flag,stage\n1,1,true,3\n2,2,0,1\n3,3,1,3\n", { x: { type: "number" }, flag: { type: "boolean" }, stage: { type: "integer" } });
    expect(describeCohort(cohort, { by: "flag" }).groups.map((group) => group.level)).toEqual([null, false, true]);
    expect(describeCohort(cohort, { by: "stage" }).groups.map((group) => group.level)).toEqual([null, 1, 3]);
  });
});
