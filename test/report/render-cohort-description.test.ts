import { describe, expect, it } from "vitest";
import { describeCohort, parseCohort, type EligibleCohort } from "../../src/cohort/index.js";
import { renderCohortDescription } from "../../src/report/render-cohort-description.js";

/** Five patients: a number with a unit and label, a category, a boolean and a 1–3 integer, one group missing. */
const TEXT = "id,bili,sex,ascites,stage,arm\n1,0.5,f,0,1,a\n2,1.25,m,1,3,b\n3,,f,0,3,a\n4,10,f,,2,\n5,2,m,1,3,b\n";

function cohort(): EligibleCohort {
  const parsed = parseCohort(TEXT, "small.csv", {
    file: "small.csv",
    id_column: "id",
    rows_per_patient: "one",
    columns: { bili: { type: "number", unit: "mg/dL", label: "serum bilirubin" }, sex: { type: "category" }, ascites: { type: "boolean" }, stage: { type: "integer" }, arm: { type: "category" } },
    derived: {},
    eligibility: [],
  });
  return { cohort: parsed, eligibleRows: Int32Array.from([0, 1, 2, 3, 4]), attrition: [{ criterion: "patients in the file", excluded: 0, remaining: 5 }] };
}

describe("renderCohortDescription", () => {
  it("Markdown: preamble, one column per group, legend (values by hand: bili 0.5, 1.25, 10, 2)", () => {
    const description = describeCohort(cohort(), { by: "arm" });
    expect(renderCohortDescription(description, { format: "markdown", specFile: "spec.yaml", idColumn: "id" })).toBe(
      [
        "# Cohort description: small.csv",
        "",
        "5 of 5 patients are eligible under the cohort section of spec.yaml.",
        "Grouped by arm; 1 patient(s) with no arm are counted in overall only.",
        "",
        "| variable | statistic | overall (n = 5) | a (n = 2) | b (n = 2) |",
        "| --- | --- | ---: | ---: | ---: |",
        "| serum bilirubin (bili, number, mg/dL) | n | 4 | 1 | 2 |",
        "|  | missing | 1 (20.0%) | 1 (50.0%) | 0 (0.0%) |",
        // R 4.2.2: x <- c(0.5, 1.25, 10, 2); mean(x) = 3.4375; sd(x) = 4.417649262;
        // quantile(x, c(.25, .5, .75)) = 1.0625 1.625 4; sd(c(1.25, 2)) = 0.5303300859
        "|  | mean (SD) | 3.44 (4.42) | 0.500 (NA) | 1.63 (0.530) |",
        "|  | median [Q1, Q3] | 1.63 [1.06, 4.00] | 0.500 [0.500, 0.500] | 1.63 [1.44, 1.81] |",
        "|  | min, max | 0.500, 10.0 | 0.500, 0.500 | 1.25, 2.00 |",
        // A number column with at most 10 distinct values is also counted (here, with 4 patients, every one is).
        "|  | 0.5 | 1 (25.0%) | 1 (100.0%) | 0 (0.0%) |",
        "|  | 1.25 | 1 (25.0%) | 0 (0.0%) | 1 (50.0%) |",
        "|  | 2 | 1 (25.0%) | 0 (0.0%) | 1 (50.0%) |",
        "|  | 10 | 1 (25.0%) | 0 (0.0%) | 0 (0.0%) |",
        "| sex (category) | n | 5 | 2 | 2 |",
        "|  | missing | 0 (0.0%) | 0 (0.0%) | 0 (0.0%) |",
        "|  | f | 3 (60.0%) | 2 (100.0%) | 0 (0.0%) |",
        "|  | m | 2 (40.0%) | 0 (0.0%) | 2 (100.0%) |",
        "| ascites (boolean) | n | 4 | 2 | 2 |",
        "|  | missing | 1 (20.0%) | 0 (0.0%) | 0 (0.0%) |",
        "|  | false | 2 (50.0%) | 2 (100.0%) | 0 (0.0%) |",
        "|  | true | 2 (50.0%) | 0 (0.0%) | 2 (100.0%) |",
        "| stage (integer) | n | 5 | 2 | 2 |",
        "|  | missing | 0 (0.0%) | 0 (0.0%) | 0 (0.0%) |",
        "|  | mean (SD) | 2.40 (0.894) | 2 (1.41) | 3 (0) |",
        "|  | median [Q1, Q3] | 3 [2, 3] | 2 [1.50, 2.50] | 3 [3, 3] |",
        "|  | min, max | 1, 3 | 1, 3 | 3, 3 |",
        "|  | 1 | 1 (20.0%) | 1 (50.0%) | 0 (0.0%) |",
        "|  | 2 | 1 (20.0%) | 0 (0.0%) | 0 (0.0%) |",
        "|  | 3 | 3 (60.0%) | 1 (50.0%) | 2 (100.0%) |",
        "",
        "n: patients with a value; missing: % of the group; level counts: % of the patients with a value; quartiles: type 7 (R's default); numbers to 3 significant digits (whole values of integer columns as they are).",
        "",
      ].join("\n"),
    );
  });

  it("Markdown without a spec says the types were inferred and names the id column", () => {
    const text = renderCohortDescription(describeCohort(cohort()), { format: "markdown", idColumn: "id" });
    expect(text.split("\n").slice(0, 5)).toEqual(["# Cohort description: small.csv", "", '5 patients; column types inferred from the file (id column "id").', "", "| variable | statistic | overall (n = 5) |"]);
  });

  it("CSV: long format at full precision, levels and groups as values", () => {
    const lines = renderCohortDescription(describeCohort(cohort(), { by: "arm" }), { format: "csv", idColumn: "id" }).split("\n");
    expect(lines.slice(0, 16)).toEqual([
      "group,column,level,statistic,value",
      "overall,,,patients,5",
      "overall,arm,,missing,1",
      "overall,bili,,n,4",
      "overall,bili,,missing,1",
      "overall,bili,,missing_percent,20",
      "overall,bili,,mean,3.4375",
      "overall,bili,,sd,4.417649262",
      "overall,bili,,median,1.625",
      "overall,bili,,q1,1.0625",
      "overall,bili,,q3,4",
      "overall,bili,,min,0.5",
      "overall,bili,,max,10",
      "overall,bili,0.5,count,1",
      "overall,bili,0.5,percent,25",
      "overall,bili,1.25,count,1",
    ]);
    expect(lines).toContain("overall,ascites,false,count,2");
    expect(lines).toContain("overall,stage,3,percent,60");
    expect(lines).toContain("a,bili,,sd,NA");
    expect(lines).toContain("b,,,patients,2");
    expect(lines.at(-1)).toBe("");
    // header, 3 groups × (patients + bili 3 + 7 + 4 × 2 + sex 3 + 2 × 2 + ascites 3 + 2 × 2 + stage 3 + 7 + 3 × 2), the
    // overall missing arm, and the empty string after the final newline
    expect(lines).toHaveLength(1 + 3 * (1 + 18 + 7 + 7 + 16) + 1 + 1);
  });
});
