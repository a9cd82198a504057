import { describe, expect, it } from "vitest";
import { populationFromRows } from "../../helpers/population-from-rows.js";
import { assessFidelity, type CovariateTable, type VirtualPopulation } from "../../../src/population/index.js";
import { virtualCohortData, virtualCohortFigure, type VirtualCohortSpec } from "../../../src/report/figures/virtual-cohort-figure.js";
import { axisTitles } from "./figure-spec-helpers.js";

/*
 * Four real patients and five virtual ones copied from real rows 0, 0, 1, 3, 2 (a bootstrap by
 * hand, as test/report/render-fidelity.test.ts). x real 1…4: mean 2.5, SD √(5/3) = 1.290994449,
 * type 7 quantiles 1.15, 1.75, 2.5, 3.25, 3.85 (R 4.4: quantile(1:4, c(.05,.25,.5,.75,.95)));
 * x virtual 1, 1, 2, 4, 3: quantiles 1, 1, 2, 3, 3.8. flag (yes/no): real 3 of 4, virtual 4 of 5.
 * sex: real f, m, f (one missing), virtual f, f, m, f (one missing).
 */
const TABLE: CovariateTable = {
  rowCount: 4,
  numeric: [
    { name: "x", values: Float64Array.from([1, 2, 3, 4]), continuous: true },
    { name: "flag", values: Float64Array.from([1, 0, 1, 1]), continuous: false },
    { name: "constant", values: Float64Array.from([5, 5, 5, 5]), continuous: true },
  ],
  categorical: [{ name: "sex", codes: Int32Array.from([0, 1, 0, -1]) }],
};
const ROWS = [0, 0, 1, 3, 2];
const POPULATION: VirtualPopulation = populationFromRows(TABLE, ROWS);
const FIDELITY = assessFidelity(TABLE, POPULATION, new Map([["sex", ["f", "m"]]]));
const SPEC: VirtualCohortSpec = {
  method: "bootstrap",
  cohort: { columns: { x: { type: "number", unit: "kg", label: "weight" }, flag: { type: "boolean", label: "on treatment" }, constant: { type: "number" }, sex: { type: "category" } }, derived: {} },
};

describe("virtualCohortData", () => {
  const data = virtualCohortData(SPEC, FIDELITY);

  it("number columns: the fidelity check's quantiles in real-SD units, (q − real mean) / real SD", () => {
    const sd = Math.sqrt(5 / 3);
    const z = (value: number) => (value - 2.5) / sd;
    const [x] = data?.numbers ?? [];
    expect(x?.title).toBe("weight (kg)");
    expect(x?.realMean).toBe(2.5);
    expect(x?.realSd).toBeCloseTo(1.290994449, 9);
    const expected = { real: [1.15, 1.75, 2.5, 3.25, 3.85], virtual: [1, 1, 2, 3, 3.8] };
    for (const box of x?.boxes ?? []) {
      const got = [box.q05, box.q25, box.q50, box.q75, box.q95];
      expected[box.group].forEach((value, index) => expect(got[index]).toBeCloseTo(z(value), 12));
    }
    expect(x?.boxes.map((box) => box.group)).toEqual(["real", "virtual"]);
  });

  it("a column without spread among the real patients cannot be standardized and is left out", () => {
    expect(data?.numbers.map((column) => column.name)).toEqual(["x"]);
  });

  it("yes/no and category columns: each level's share among each group's non-missing values", () => {
    expect(data?.shares.map((share) => [share.column, share.level, share.group, Number(share.share.toFixed(12))])).toEqual([
      ["on treatment", "yes", "real", 0.75], ["on treatment", "yes", "virtual", 0.8],
      ["on treatment", "no", "real", 0.25], ["on treatment", "no", "virtual", 0.2],
      ["sex", "f", "real", Number((2 / 3).toFixed(12))], ["sex", "f", "virtual", 0.75],
      ["sex", "m", "real", Number((1 / 3).toFixed(12))], ["sex", "m", "virtual", 0.25],
    ]);
  });

  it("with population method cohort the virtual patients are the real ones: no figure", () => {
    expect(virtualCohortData({ ...SPEC, method: "cohort" }, FIDELITY)).toBeUndefined();
  });

  it("the figure: a view for the numbers (in real-SD units) and one for the shares, a legend of real and virtual", () => {
    const figure = virtualCohortFigure(data ?? { realCount: 0, virtualCount: 0, numbers: [], shares: [] });
    expect(figure.file).toBe("figures/virtual-cohort.svg");
    expect(axisTitles(figure.spec)).toEqual(["value in SDs of the real patients: (x − real mean) / real SD", "share of patients"]);
    expect(JSON.stringify(figure.spec)).toContain('"domain":["real","virtual"]');
  });
});
