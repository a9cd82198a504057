import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkByColumn, countedLevels, groupRows, inferCohortSection, MAX_COUNTED_LEVELS, parseCohort, readCsvHeader, summariseColumn, type EligibleCohort } from "../../src/cohort/index.js";

/** The parts of describeCohort, each with its doc example (cohorts/pbc.csv, types inferred). */
const TEXT = readFileSync(new URL("../../cohorts/pbc.csv", import.meta.url), "utf8");
const HEADER = readCsvHeader(TEXT);
const PBC = parseCohort(TEXT, "cohorts/pbc.csv", inferCohortSection(TEXT, "cohorts/pbc.csv", HEADER));
const ALL_ROWS = Array.from({ length: PBC.rowCount }, (_, row) => row);
const EVERYONE: EligibleCohort = { cohort: PBC, eligibleRows: Int32Array.from(ALL_ROWS), attrition: [] };

describe("summariseColumn", () => {
  it("the doc example: one of three values missing", () => {
    expect(summariseColumn([1, null, 3], { numbers: true })).toEqual({ n: 2, missing: 1, missingPercent: 100 / 3, numbers: { mean: 2, sd: Math.SQRT2, median: 2, q1: 1.5, q3: 2.5, min: 1, max: 3 } });
  });

  it("no rows: nothing recorded, percentages NaN", () => {
    expect(summariseColumn([], { numbers: false, levels: ["a"] })).toEqual({ n: 0, missing: 0, missingPercent: Number.NaN, levels: [{ level: "a", count: 0, percent: Number.NaN }] });
  });

  it("values outside the planned levels are recorded but not counted", () => {
    expect(summariseColumn(["a", "b", "a"], { numbers: false, levels: ["a"] }).levels).toEqual([{ level: "a", count: 2, percent: (100 * 2) / 3 }]);
  });
});

describe("countedLevels", () => {
  it("the doc example: edema 0 / 0.5 / 1", () => {
    expect(countedLevels(PBC, { name: "edema", type: "number" }, ALL_ROWS)).toEqual([0, 0.5, 1]);
  });

  it(`a category's levels, false / true, and no levels beyond ${MAX_COUNTED_LEVELS} distinct values`, () => {
    expect(countedLevels(PBC, { name: "sex", type: "category" }, [])).toEqual(["f", "m"]);
    expect(countedLevels(PBC, { name: "ascites", type: "boolean" }, ALL_ROWS)).toEqual([false, true]);
    expect(countedLevels(PBC, { name: "age", type: "number" }, ALL_ROWS)).toBeUndefined();
    expect(countedLevels(PBC, { name: "age", type: "number" }, ALL_ROWS.slice(0, MAX_COUNTED_LEVELS))).toHaveLength(MAX_COUNTED_LEVELS);
  });
});

describe("groupRows", () => {
  it("the doc example: the first 8 patients, 4 per arm, rows in file order", () => {
    const grouping = groupRows(PBC, "arm", [0, 1, 2, 3, 4, 5, 6, 7]);
    expect(grouping.groups.map((group) => group.rows.length)).toEqual([4, 4]);
    expect(grouping.groups.map((group) => group.level)).toEqual(["D-penicillamine", "placebo"]);
    expect(grouping.groups[1]?.rows).toEqual([4, 5, 6, 7]);
    expect(grouping.ungrouped).toEqual([]);
  });

  it("numbers ascending (not as text)", () => {
    expect(groupRows(PBC, "status", ALL_ROWS).groups.map((group) => group.level)).toEqual([0, 1, 2]);
  });
});

describe("checkByColumn", () => {
  it("the doc example: a number column", () => {
    expect(checkByColumn(EVERYONE, "age", HEADER)[0]?.message).toBe('--by column "age" is a number column');
  });

  it("accepts category, boolean and integer columns with few levels", () => {
    expect(["arm", "sex", "ascites", "stage"].flatMap((by) => checkByColumn(EVERYONE, by, HEADER))).toEqual([]);
  });

  it("points at the --by flag", () => {
    expect(checkByColumn(EVERYONE, "armm", HEADER)[0]?.location).toEqual({ kind: "flag", flag: "--by" });
  });
});
