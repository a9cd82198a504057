import { describe, expect, it } from "vitest";
import { populationFromRows } from "../helpers/population-from-rows.js";
import { assessFidelity, assessPrivacy, type CohortFidelity, type CovariateTable, type VirtualPopulation } from "../../src/population/index.js";
import { FIDELITY_COLUMNS, renderFidelity, reportFidelity } from "../../src/report/index.js";

/*
 * Four real patients and five virtual ones copied from real rows 0, 0, 1, 3, 2 (a bootstrap by
 * hand). Hand checks of the pinned numbers: x real 1…4 has mean 2.5 and q05 = 1 + 0.05·3 = 1.15;
 * virtual 1, 1, 2, 4, 3 has mean 2.2; KS = max(|0.25 − 0.4|, |0.5 − 0.6|, |0.75 − 0.8|) = 0.15;
 * SMD = −0.3 / √((5/3 + 1.7) / 2) = −0.2312257480; every virtual patient is a copy (DCR 0).
 */
const TABLE: CovariateTable = {
  rowCount: 4,
  numeric: [
    { name: "x", values: Float64Array.from([1, 2, 3, 4]), continuous: true },
    { name: "y", values: Float64Array.from([2, 1, 4, Number.NaN]), continuous: true },
  ],
  categorical: [{ name: "sex", codes: Int32Array.from([0, 1, 0, -1]) }],
};
const ROWS = [0, 0, 1, 3, 2];
const POPULATION: VirtualPopulation = populationFromRows(TABLE, ROWS);
const LEVELS = new Map([["sex", ["female", "male"]]]);
const FIDELITY = assessFidelity(TABLE, POPULATION, LEVELS);
const PRIVACY = assessPrivacy(TABLE, POPULATION);

describe("renderFidelity (fidelity.csv)", () => {
  it("pins the tidy long format of a small bootstrap", () => {
    expect(renderFidelity(FIDELITY, PRIVACY)).toBe(
      [
        "section,covariate,statistic,level,real,virtual,difference",
        "numeric,x,n,NA,4,5,NA",
        "numeric,x,missing_share,NA,0,0,0",
        "numeric,x,mean,NA,2.5,2.2,-0.3",
        "numeric,x,sd,NA,1.290994449,1.303840481,0.0128460323",
        "numeric,x,q05,NA,1.15,1,-0.15",
        "numeric,x,q25,NA,1.75,1,-0.75",
        "numeric,x,q50,NA,2.5,2,-0.5",
        "numeric,x,q75,NA,3.25,3,-0.25",
        "numeric,x,q95,NA,3.85,3.8,-0.05",
        "numeric,x,smd,NA,NA,NA,-0.231225748",
        "numeric,x,ks_distance,NA,NA,NA,0.15",
        "numeric,y,n,NA,3,4,NA",
        "numeric,y,missing_share,NA,0.25,0.2,-0.05",
        "numeric,y,mean,NA,2.333333333,2.25,-0.08333333333",
        "numeric,y,sd,NA,1.527525232,1.258305739,-0.2692194924",
        "numeric,y,q05,NA,1.1,1.15,0.05",
        "numeric,y,q25,NA,1.5,1.75,0.25",
        "numeric,y,q50,NA,2,2,0",
        "numeric,y,q75,NA,3,2.5,-0.5",
        "numeric,y,q95,NA,3.8,3.7,-0.1",
        "numeric,y,smd,NA,NA,NA,-0.05954913342",
        "numeric,y,ks_distance,NA,NA,NA,0.08333333333",
        "category,sex,n,NA,3,4,NA",
        "category,sex,missing_share,NA,0.25,0.2,-0.05",
        "category,sex,share,female,0.6666666667,0.75,0.08333333333",
        "category,sex,share,male,0.3333333333,0.25,-0.08333333333",
        "correlation,x,correlation,y,0.6546536707,0.6225430175,-0.03211065323",
        "correlation,x,max_abs_correlation_difference,y,0.6546536707,0.6225430175,0.03211065323",
        "privacy,(all),n,NA,4,5,NA",
        "privacy,(all),distance_columns,NA,3,NA,NA",
        "privacy,(all),dcr_median,NA,1.382960026,0,-1.382960026",
        "privacy,(all),dcr_p05,NA,1.341640786,0,-1.341640786",
        "privacy,(all),near_copy_threshold,NA,1.341640786,NA,NA",
        "privacy,(all),exact_copy_share,NA,0,1,1",
        "privacy,(all),near_copy_share,NA,0,1,1",
        "",
      ].join("\n"),
    );
  });

  it("every row has the header's width; level text that looks like a formula is neutralised", () => {
    const fidelity = assessFidelity(TABLE, POPULATION, new Map([["sex", ["=cmd", "male"]]]));
    const lines = renderFidelity(fidelity, PRIVACY).trimEnd().split("\n");
    expect(lines.every((line) => line.split(",").length === FIDELITY_COLUMNS.length)).toBe(true);
    expect(lines).toContain("category,sex,share,'=cmd,0.6666666667,0.75,0.08333333333");
  });

  it("without a correlation pair there is no max row, and undefined statistics are NA", () => {
    const fidelity: CohortFidelity = { ...FIDELITY, correlation: { names: ["x"], real: [[1]], virtual: [[1]], largestDifference: null } };
    const text = renderFidelity(fidelity, PRIVACY);
    expect(text).not.toContain("max_abs_correlation_difference");
    expect(text).not.toContain("correlation,x,correlation");
  });
});

describe("reportFidelity (report.md section)", () => {
  const bootstrap = reportFidelity(FIDELITY, PRIVACY, "bootstrap");

  it("has the section title, the number table with |SMD| > 0.1 in bold, category shares and the correlation sentence", () => {
    expect(bootstrap.startsWith("## Virtual cohort fidelity\n")).toBe(true);
    expect(bootstrap).toContain("| x | 2.50 (1.29) | 2.20 (1.30) | **-0.231** | 0.150 | 2.50 | 2.00 | 0.0% / 0.0% |");
    expect(bootstrap).toContain("| y | 2.33 (1.53) | 2.25 (1.26) | -0.0595 | 0.0833 | 2.00 | 2.00 | 25.0% / 20.0% |");
    expect(bootstrap).toContain("1 of 2 number columns has |SMD| > 0.1, the usual imbalance threshold (Austin 2009), in bold: x.");
    expect(bootstrap).toContain("| sex | female | 66.7% | 75.0% |");
    expect(bootstrap).toContain("| sex | (missing, of all) | 25.0% | 20.0% |");
    expect(bootstrap).toContain("the largest change is x–y, r = 0.655 among real and 0.623 among virtual patients (|Δr| = 0.0321).");
  });

  it("privacy: DCR numbers, copy shares, and for bootstrap that it copies by design", () => {
    expect(bootstrap).toContain("(DCR) has median 0 and 5th percentile 0; real patients are a median 1.38 (5th percentile 1.34)");
    expect(bootstrap).toContain("100.0% of virtual patients are exact copies of a real record (DCR ≤ 1e-12) and 100.0% near copies");
    expect(bootstrap).toContain("Plain bootstrap copies real patients by design: every virtual patient is a real patient's record");
    expect(bootstrap).toContain("Use smoothed-bootstrap or gaussian-copula when records must not be copied.");
  });

  it("other methods get their own note, not the bootstrap one", () => {
    const copula = reportFidelity(FIDELITY, PRIVACY, "gaussian-copula");
    expect(copula).not.toContain("Plain bootstrap");
    expect(copula).toContain("Gaussian-copula patients are drawn anew");
    expect(reportFidelity(FIDELITY, PRIVACY, "cohort")).toContain("the virtual patients are the real patients themselves");
  });

  it("balanced columns and a table without categories or correlation pairs", () => {
    const fidelity: CohortFidelity = {
      ...FIDELITY,
      numeric: FIDELITY.numeric.filter((column) => column.name === "y"),
      categorical: [],
      correlation: { names: ["y"], real: [[1]], virtual: [[1]], largestDifference: null },
    };
    const text = reportFidelity(fidelity, PRIVACY, "smoothed-bootstrap");
    expect(text).toContain("No number column has |SMD| > 0.1, the usual imbalance threshold (Austin 2009).");
    expect(text).not.toContain("Category shares");
    expect(text).toContain("Correlations: fewer than two number columns with a defined correlation, nothing to compare.");
  });
});
