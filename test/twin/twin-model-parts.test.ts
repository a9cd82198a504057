import { describe, expect, it } from "vitest";
import type { Cohort } from "../../src/population/index.js";
import { buildCovariateTerms } from "../../src/twin/build-covariate-terms.js";
import { describeFitFailure } from "../../src/twin/describe-fit-failure.js";
import { isListedValue } from "../../src/twin/is-listed-value.js";
import { predictAtReference } from "../../src/twin/predict-at-reference.js";
import { readTwinCell } from "../../src/twin/read-twin-cell.js";
import { tabulateCoefficients } from "../../src/twin/tabulate-coefficients.js";

const COHORT: Cohort = {
  file: "c.csv",
  rowCount: 3,
  rowNumbers: Int32Array.from([2, 3, 4]),
  ids: ["a", "b", "c"],
  columns: [{ name: "age", type: "number" }, { name: "sex", type: "category" }, { name: "on", type: "boolean" }],
  numeric: new Map([["age", Float64Array.from([50, Number.NaN, 61])], ["on", Float64Array.from([1, 0, Number.NaN])]]),
  categories: new Map([["sex", { levels: ["f", "m"], codes: Int32Array.from([1, -1, 0]) }]]),
  raw: new Map([["status", ["2", "NA", " "]]]),
};

describe("readTwinCell", () => {
  it("reads numbers, booleans as 0/1, category levels and raw text; null for missing cells and unknown columns", () => {
    expect([0, 1, 2].map((row) => readTwinCell(COHORT, "age", row))).toEqual([50, null, 61]);
    expect([0, 1, 2].map((row) => readTwinCell(COHORT, "on", row))).toEqual([1, 0, null]);
    expect([0, 1, 2].map((row) => readTwinCell(COHORT, "sex", row))).toEqual(["m", null, "f"]);
    // Raw cells are trimmed by the parser; "NA" is missing as in readObservedOutcomes.
    expect([0, 1].map((row) => readTwinCell(COHORT, "status", row))).toEqual(["2", null]);
    expect(readTwinCell(COHORT, "nowhere", 0)).toBeNull();
    expect(readTwinCell({ ...COHORT, raw: new Map([["status", [""]]]) }, "status", 0)).toBeNull();
  });
});

describe("isListedValue", () => {
  it("matches as text, or raw numeric text against a listed number; never a missing cell", () => {
    expect(isListedValue("2", [2])).toBe(true);
    expect(isListedValue("2.0", [2])).toBe(true);
    expect(isListedValue(2, ["2"])).toBe(true);
    expect(isListedValue("placebo", ["placebo", "drug"])).toBe(true);
    expect(isListedValue("Placebo", ["placebo"])).toBe(false);
    expect(isListedValue("", [0])).toBe(false);
    expect(isListedValue(null, [0, "NA"])).toBe(false);
  });
});

describe("predictAtReference", () => {
  it("is β0 + Σ βj·referencej, β0 alone without covariates (doc example by hand)", () => {
    expect(predictAtReference([3.9, -0.007, -0.11], [48.58, 0.614])).toBeCloseTo(3.9 - 0.34006 - 0.06754, 14);
    expect(predictAtReference([1.5], [])).toBe(1.5);
    expect(predictAtReference([], [])).toBeNaN();
  });
});

describe("buildCovariateTerms", () => {
  it("pairs each covariate with its coefficient and mean (doc example)", () => {
    expect(buildCovariateTerms({ covariates: [{ column: "bili", transform: "log" }], references: [0.61] }, [1.04])).toEqual([{ column: "bili", coefficient: 1.04, reference: 0.61, transform: "log" }]);
    expect(buildCovariateTerms({ covariates: [], references: [] }, [])).toEqual([]);
  });
});

describe("tabulateCoefficients", () => {
  it("gives z inference with Infinity df (R 4.2.2: 2 * pnorm(-2) = 0.0455002638963584) and t inference otherwise", () => {
    const [z] = tabulateCoefficients({ names: ["x"], estimates: [0.5], standardErrors: [0.25] }, Infinity, 0.95);
    expect(z?.pValue).toBeCloseTo(0.0455002638963584, 15);
    expect(z?.statistic).toBe(2);
    // R 4.2.2: qnorm(0.975) = 1.95996398454005
    expect(z?.ciLower).toBeCloseTo(0.5 - 1.95996398454005 * 0.25, 14);
    // With 2 df, P(|T| > t) = 1 − t/√(2 + t²): t = 2 gives 1 − 2/√6 = 0.183503419072274.
    const [t] = tabulateCoefficients({ names: ["x"], estimates: [1], standardErrors: [0.5] }, 2, 0.95);
    expect(t?.pValue).toBeCloseTo(0.183503419072274, 14);
  });

  it("gives NaN inference for a zero standard error", () => {
    const [row] = tabulateCoefficients({ names: ["x"], estimates: [1], standardErrors: [0] }, Infinity, 0.95);
    expect([row?.statistic, row?.pValue, row?.ciLower]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });
});

describe("describeFitFailure", () => {
  const context = { place: "endpoints[0].twin_model", names: ["(Intercept)", "age", "age2"], file: "pbc.csv" };
  it("names a collinear covariate (doc example) or the intercept", () => {
    expect(describeFitFailure(new RangeError("fitLinearModel requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it"), context)).toEqual({
      code: "COHORT_TWIN_MODEL_FIT",
      message: 'endpoints[0].twin_model cannot be fitted: covariate "age2" is collinear with the ones before it',
      hint: "remove the covariate, or the one it repeats (a covariate that is constant in the fitting rows is collinear with the intercept)",
      location: { kind: "file", file: "pbc.csv" },
    });
    expect(describeFitFailure(new RangeError("fitLogisticRegression requires linearly independent design columns, column 0 (0-based) is collinear with the columns before it"), context).message).toBe("endpoints[0].twin_model cannot be fitted: the intercept is collinear with the ones before it");
  });

  it("names a diverging estimate, separation, and quotes anything else", () => {
    expect(describeFitFailure(new RangeError("fitWeibullRegression found no finite estimate: coefficient 1 (0-based) diverges (a group picked out by a design column has no events, or all event times are equal)"), context).message).toBe('endpoints[0].twin_model cannot be fitted: the estimate of "age" diverges (no finite maximum likelihood)');
    expect(describeFitFailure(new RangeError("fitWeibullRegression found no finite estimate: log(scale) diverges (a group picked out by a design column has no events, or all event times are equal)"), context).message).toBe('endpoints[0].twin_model cannot be fitted: the estimate of "log(scale)" diverges (no finite maximum likelihood)');
    expect(describeFitFailure(new RangeError("fitLogisticTwin found no finite estimate: the covariates separate events from non-events"), context).hint).toBe("remove the covariate that predicts the outcome perfectly, or select more rows");
    expect(describeFitFailure(new RangeError("fitWeibullRegression did not converge in 100 iterations"), context)).toEqual({
      code: "COHORT_TWIN_MODEL_FIT",
      message: "endpoints[0].twin_model cannot be fitted: fitWeibullRegression did not converge in 100 iterations",
      hint: "check the fitting rows (twin_model.rows) and the covariates",
      location: { kind: "file", file: "pbc.csv" },
    });
  });
});
