import { describe, expect, it } from "vitest";
import { correlatePairwise } from "../../src/population/index.js";

describe("correlatePairwise", () => {
  it("no columns, one column", () => {
    expect(correlatePairwise([])).toEqual([]);
    expect(correlatePairwise([Float64Array.from([1, 2])])).toEqual([[1]]);
  });

  it("uses only the rows where both are observed: R 4.2.2 cor(c(1, 2, 3), c(2, 4, 5)) = 0.98198050606196563", () => {
    const [[, r]] = correlatePairwise([Float64Array.from([1, 2, 3, Number.NaN]), Float64Array.from([2, 4, 5, 1])]) as [number[]];
    // Another summation order than R's: a few units in the last place.
    expect(Math.abs((r as number) - 0.98198050606196563)).toBeLessThan(1e-15);
  });

  it("pairwise, not listwise: each pair keeps its own rows (R: cor(c(1, 2, 3), c(1, 3, 2)) = 0.5, cor(c(2, 3, 4), c(3, 2, 1)) = -1, cor(c(3, 2), c(3, 2)) = 1)", () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    const y = Float64Array.from([1, 3, 2, Number.NaN]);
    const z = Float64Array.from([Number.NaN, 3, 2, 1]);
    const matrix = correlatePairwise([x, y, z]);
    expect(matrix[0]?.[1]).toBeCloseTo(0.5, 15);
    expect(matrix[0]?.[2]).toBeCloseTo(-1, 15);
    expect(matrix[1]?.[2]).toBeCloseTo(1, 15);
  });

  it("0 where R gives NA: fewer than two common rows, or a column constant on them", () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    const sparse = Float64Array.from([Number.NaN, Number.NaN, Number.NaN, 5]);
    // 0.1 + 0.2 repeated: the mean is not exactly the value, the deviations are not exactly 0.
    const constant = Float64Array.from([0.30000000000000004, 0.30000000000000004, 0.30000000000000004, 0.30000000000000004]);
    expect(correlatePairwise([x, sparse])).toEqual([[1, 0], [0, 1]]);
    expect(correlatePairwise([x, constant])).toEqual([[1, 0], [0, 1]]);
  });

  it("refuses columns of different lengths", () => {
    expect(() => correlatePairwise([Float64Array.from([1, 2, 3, 4]), Float64Array.from([1, 2, 3])])).toThrow(
      "correlatePairwise requires columns of equal length, got 3 values in column 1 and 4 in column 0",
    );
  });
});
