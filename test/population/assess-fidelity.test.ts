import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  assessFidelity,
  correlationMatrix,
  countCategoryShares,
  findLargestCorrelationDifference,
  kolmogorovSmirnovDistance,
  pairwiseCorrelation,
  standardizedMeanDifference,
  summarizeDistribution,
} from "../../src/population/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { FIDELITY_REFERENCE as REFERENCE, populationOfTable, referenceLevels, referencePopulation, referenceTable, toNumbers } from "../helpers/fidelity-reference.js";

/*
 * Tolerance 1e-12: R and twin-trial compute the same formulas in a different order (R's mean and
 * cor accumulate in long double, ours compensated; ks.test sums ±1/n steps where we divide
 * integers once), so they agree to a few ulps, and the JSON keeps 15 significant digits.
 */
const TOLERANCE = 1e-12;

/** Absolute closeness with NaN ≡ NaN (R's NA is read back as NaN), printing input and difference. */
function expectClose(got: number, expected: number | null, label: string): void {
  const want = expected ?? Number.NaN;
  if (Number.isNaN(want)) {
    expect(got, `${label}: got ${got}, expected NA`).toBeNaN();
    return;
  }
  const difference = Math.abs(got - want);
  expect(difference <= TOLERANCE, `${label}: got ${got}, expected ${want}, difference ${difference.toExponential(3)}, tolerance ${TOLERANCE}`).toBe(true);
}

/** sup |F₁ − F₂| by its definition: both empirical CDFs evaluated at every pooled value (O(n²)). */
function bruteForceKs(first: readonly number[], second: readonly number[]): number {
  const cdf = (sample: readonly number[], t: number): number => sample.filter((value) => value <= t).length / sample.length;
  return Math.max(...[...first, ...second].map((t) => Math.abs(cdf(first, t) - cdf(second, t))));
}

describe("kolmogorovSmirnovDistance", () => {
  it("rejects empty samples and NaN", () => {
    expect(() => kolmogorovSmirnovDistance([], [1, 2, 3])).toThrow("kolmogorovSmirnovDistance requires at least one value in each sample, got 0 and 3");
    expect(() => kolmogorovSmirnovDistance([1], [Number.NaN])).toThrow("kolmogorovSmirnovDistance requires values without NaN, got NaN in the second sample");
  });

  it("is 0 for one equal value each and 1 for disjoint samples, also with infinities", () => {
    expect(kolmogorovSmirnovDistance([5], [5])).toBe(0);
    expect(kolmogorovSmirnovDistance([-Infinity, 0], [1, Infinity])).toBe(1);
    expect(kolmogorovSmirnovDistance([0], [-0])).toBe(0);
  });

  it("doc example: ks.test(c(1, 2, 2, 3), c(2, 3, 4)) = 5/12", () => {
    expect(kolmogorovSmirnovDistance([1, 2, 2, 3], [2, 3, 4])).toBe(5 / 12);
  });

  for (const testCase of REFERENCE.ks) {
    it(`${testCase.label}: ks.test(x, y)$statistic (${REFERENCE.r_version})`, () => {
      expectClose(kolmogorovSmirnovDistance(toNumbers(testCase.x), toNumbers(testCase.y)), testCase.statistic, testCase.label);
    });
  }

  propTest.prop([fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 30 })])(
    "with heavy ties equals the definition, is symmetric and 0 against itself",
    (first, second) => {
      const distance = kolmogorovSmirnovDistance(first, second);
      expect(Math.abs(distance - bruteForceKs(first, second))).toBeLessThan(1e-15);
      expect(kolmogorovSmirnovDistance(second, first)).toBe(distance);
      expect(kolmogorovSmirnovDistance(first, [...first].reverse())).toBe(0);
    },
  );
});

describe("standardizedMeanDifference", () => {
  it("doc example and sign: (11 − 10) / 2 = 0.5", () => {
    expect(standardizedMeanDifference({ mean: 10, standardDeviation: 2 }, { mean: 11, standardDeviation: 2 })).toBe(0.5);
    expect(standardizedMeanDifference({ mean: 11, standardDeviation: 2 }, { mean: 10, standardDeviation: 2 })).toBe(-0.5);
  });

  it("averages the variances, not the SDs: (1 − 0) / √((1 + 9) / 2)", () => {
    expect(standardizedMeanDifference({ mean: 0, standardDeviation: 1 }, { mean: 1, standardDeviation: 3 })).toBe(1 / Math.sqrt(5));
  });

  it("equal constants give 0, a shift over no spread ±Infinity, NaN spreads NaN", () => {
    expect(standardizedMeanDifference({ mean: 4, standardDeviation: 0 }, { mean: 4, standardDeviation: 0 })).toBe(0);
    expect(standardizedMeanDifference({ mean: 4, standardDeviation: 0 }, { mean: 5, standardDeviation: 0 })).toBe(Infinity);
    expect(standardizedMeanDifference({ mean: 4, standardDeviation: Number.NaN }, { mean: 5, standardDeviation: 1 })).toBeNaN();
  });
});

describe("pairwiseCorrelation and correlationMatrix", () => {
  it("edge cases: unequal lengths throw; fewer than two complete rows or a constant column give NaN", () => {
    expect(() => pairwiseCorrelation([1, 2, 3], [1, 2])).toThrow("pairwiseCorrelation requires columns of equal length, got 3 and 2");
    expect(pairwiseCorrelation([1, Number.NaN, 3], [Number.NaN, 2, 4])).toBeNaN();
    expect(pairwiseCorrelation([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pairwiseCorrelation([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4, 5, 6, 7])).toBeNaN();
  });

  it("doc examples (R 4.2.2)", () => {
    expect(pairwiseCorrelation([1, 2, 3, Number.NaN], [2, 4, 5, 1])).toBe(0.9819805060619655);
    expect(correlationMatrix([[1, 2, 3], [3, 1, 2]])[0]?.[1]).toBe(-0.4999999999999999);
    expectClose(pairwiseCorrelation([1, 2, 3, Number.NaN], [2, 4, 5, 1]), REFERENCE.examples.cor_pairwise, "cor(c(1,2,3,NA), c(2,4,5,1), pairwise)");
    expectClose(correlationMatrix([[1, 2, 3], [3, 1, 2]])[0]?.[1] ?? Number.NaN, REFERENCE.examples.cor_three, "cor(1:3, c(3,1,2))");
  });

  // Columns spread by at least 1e-6: near-constant columns of subnormal numbers lose the digits a correlation needs.
  const spreadColumn = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 30 }).filter((values) => Math.max(...values) - Math.min(...values) > 1e-6);
  propTest.prop([spreadColumn, fc.double({ min: 0.01, max: 100, noNaN: true })])(
    "a column against a positive or negative multiple of itself: within 1e-12 of ±1, never beyond",
    (values, factor) => {
      const r = pairwiseCorrelation(values, values.map((value) => factor * value));
      if (Number.isNaN(r)) return; // a constant column
      expect(Math.abs(r - 1)).toBeLessThan(1e-12);
      expect(r).toBeLessThanOrEqual(1);
      expect(pairwiseCorrelation(values, values.map((value) => -factor * value))).toBeGreaterThanOrEqual(-1);
    },
  );
});

describe("summarizeDistribution and countCategoryShares", () => {
  it("an empty or all-missing column: counts 0, statistics NaN", () => {
    const empty = summarizeDistribution(new Float64Array(0));
    expect(empty.count).toBe(0);
    expect(empty.missingShare).toBeNaN();
    const missing = summarizeDistribution([Number.NaN, Number.NaN]);
    expect(missing.missingShare).toBe(1);
    expect(missing.mean).toBeNaN();
    expect(missing.quantiles.every((quantile) => Number.isNaN(quantile.value))).toBe(true);
  });

  it("one value: SD NaN, every quantile that value", () => {
    const one = summarizeDistribution([7]);
    expect(one.standardDeviation).toBeNaN();
    expect(one.quantiles.map((quantile) => quantile.value)).toEqual([7, 7, 7, 7, 7]);
  });

  it("doc example: median of c(1, 2, NA, 4) = 2", () => {
    expect(summarizeDistribution([1, 2, Number.NaN, 4]).quantiles[2]).toEqual({ probability: 0.5, value: REFERENCE.examples.quantile_median });
  });

  it("category shares among non-missing values; a code out of range throws", () => {
    const shares = countCategoryShares(Int32Array.from([0, 1, 1, -1]), 3);
    expect(shares).toEqual({ count: 3, missingShare: 0.25, shares: [1 / 3, 2 / 3, 0] });
    expect(() => countCategoryShares(Int32Array.from([0, 1, 1, 2]), 2)).toThrow("countCategoryShares requires codes from -1 to 1, got 2 at index 3");
  });

  it("findLargestCorrelationDifference: skips NaN pairs, keeps the first of equal differences, null without pairs", () => {
    // |0.25 − 0.5| = |0.375 − 0.125| = 0.25 exactly in binary; a–c is undefined among real patients.
    const real = [[1, 0.5, Number.NaN], [0.5, 1, 0.125], [Number.NaN, 0.125, 1]];
    const virtual = [[1, 0.25, 0.9], [0.25, 1, 0.375], [0.9, 0.375, 1]];
    const largest = findLargestCorrelationDifference(["a", "b", "c"], real, virtual);
    expect(largest?.first).toBe("a");
    expect(largest?.second).toBe("b");
    expect(largest?.absoluteDifference).toBe(0.25);
    expect(findLargestCorrelationDifference(["a"], [[1]], [[1]])).toBeNull();
  });
});

describe("assessFidelity against R (test/reference/fidelity.R)", () => {
  const fidelity = assessFidelity(referenceTable(), referencePopulation(), referenceLevels());

  it("number columns: n, missing share, mean, SD, type 7 quantiles, SMD and KS", () => {
    expect(fidelity.numeric.map((column) => column.name)).toEqual(["age", "albumin", "bili", "ones"]);
    for (const column of fidelity.numeric) {
      const expected = REFERENCE.fidelity.numeric[column.name];
      if (expected === undefined) throw new Error(`no reference for ${column.name}`);
      for (const side of ["real", "virtual"] as const) {
        const got = column[side];
        const want = expected[side];
        expect(got.count, `${column.name} ${side} n`).toBe(want.count);
        expectClose(got.missingShare, want.missing_share, `${column.name} ${side} missing share`);
        expectClose(got.mean, want.mean, `${column.name} ${side} mean`);
        expectClose(got.standardDeviation, want.sd, `${column.name} ${side} sd`);
        got.quantiles.forEach((quantile, index) => expectClose(quantile.value, want.quantiles[index] ?? null, `${column.name} ${side} quantile ${quantile.probability}`));
      }
      expectClose(column.standardizedMeanDifference, expected.smd, `${column.name} SMD`);
      // R's ks.test gives 5.2e-17 for the constant column (rounding in its cumulative sum); we give 0.
      expectClose(column.kolmogorovSmirnovDistance, expected.ks, `${column.name} KS`);
    }
  });

  it("category columns: level names, shares among non-missing, missing shares (stage level 4 absent among real patients)", () => {
    for (const column of fidelity.categorical) {
      const expected = REFERENCE.fidelity.categorical[column.name];
      if (expected === undefined) throw new Error(`no reference for ${column.name}`);
      expect(column.levels.map((level) => level.level)).toEqual(expected.levels);
      expect([column.realCount, column.virtualCount]).toEqual([expected.real.count, expected.virtual.count]);
      expectClose(column.realMissingShare, expected.real.missing_share, `${column.name} real missing`);
      expectClose(column.virtualMissingShare, expected.virtual.missing_share, `${column.name} virtual missing`);
      column.levels.forEach((level, code) => {
        expectClose(level.real, expected.real.shares[code] ?? null, `${column.name} ${level.level} real share`);
        expectClose(level.virtual, expected.virtual.shares[code] ?? null, `${column.name} ${level.level} virtual share`);
      });
    }
    expect(fidelity.categorical.find((column) => column.name === "stage")?.levels[3]?.real).toBe(0);
  });

  it("correlation matrices (pairwise-complete; NA for the constant column) and the largest change", () => {
    const { correlation } = fidelity;
    const expected = REFERENCE.fidelity.correlation;
    expect(correlation.names).toEqual(expected.names);
    for (const side of ["real", "virtual"] as const) {
      correlation[side].forEach((row, i) => row.forEach((value, j) => expectClose(value, expected[side][i]?.[j] ?? null, `${side} cor[${i}][${j}]`)));
    }
    const largest = correlation.largestDifference;
    expect([largest?.first, largest?.second]).toEqual([expected.largest.first, expected.largest.second]);
    expectClose(largest?.absoluteDifference ?? Number.NaN, expected.largest.absolute_difference, "max |Δcorr|");
    expectClose(largest?.real ?? Number.NaN, expected.largest.real, "real r at the max");
    expectClose(largest?.virtual ?? Number.NaN, expected.largest.virtual, "virtual r at the max");
  });

  it("a missing population column is an error", () => {
    const population = referencePopulation();
    const numeric = new Map(population.numeric);
    numeric.delete("albumin");
    expect(() => assessFidelity(referenceTable(), { ...population, numeric }, referenceLevels())).toThrow(
      'assessFidelity requires the population to have every table column, "albumin" is missing',
    );
  });

  it("levels without names are named by their code", () => {
    const other = assessFidelity(referenceTable(), referencePopulation(), new Map());
    expect(other.categorical.find((column) => column.name === "stage")?.levels.map((level) => level.level)).toEqual(["0", "1", "2", "3"]);
  });
});

describe("assessFidelity properties", () => {
  it("a population that is the table itself: SMD 0, KS 0, equal summaries and shares, Δcorr 0", () => {
    const table = referenceTable();
    const fidelity = assessFidelity(table, populationOfTable(table), referenceLevels());
    for (const column of fidelity.numeric) {
      expect(column.standardizedMeanDifference).toBe(0);
      expect(column.kolmogorovSmirnovDistance).toBe(0);
      expect(column.virtual).toEqual(column.real);
    }
    for (const column of fidelity.categorical) for (const level of column.levels) expect(level.virtual).toBe(level.real);
    expect(fidelity.correlation.virtual).toEqual(fidelity.correlation.real);
    expect(fidelity.correlation.largestDifference?.absoluteDifference).toBe(0);
  });

  propTest.prop([fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 4 })])(
    "repeating every patient k times keeps the distribution: KS 0, equal quantiles",
    (values, copies) => {
      const table = { rowCount: values.length, numeric: [{ name: "x", values: Float64Array.from(values), continuous: true }], categorical: [] };
      const repeated = Float64Array.from({ length: values.length * copies }, (_, index) => values[index % values.length] as number);
      const population = { size: repeated.length, sourceRow: new Int32Array(repeated.length), numeric: new Map([["x", repeated]]), categorical: new Map() };
      const [column] = assessFidelity(table, population, new Map()).numeric;
      expect(column?.kolmogorovSmirnovDistance).toBe(0);
      // The same median up to rounding: type 7 interpolates at (n − 1)p and (kn − 1)p, between equal or neighbouring values.
      const realMedian = column?.real.quantiles[2]?.value ?? Number.NaN;
      expect(Math.abs((column?.virtual.quantiles[2]?.value ?? Number.NaN) - realMedian)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(realMedian)));
      // min ≤ each quantile ≤ max, in order.
      const quantiles = column?.real.quantiles.map((quantile) => quantile.value) ?? [];
      expect(quantiles[0]).toBeGreaterThanOrEqual(Math.min(...values));
      expect(quantiles.every((value, index) => index === 0 || value >= (quantiles[index - 1] as number))).toBe(true);
    },
  );

  it("a shifted population: SMD = shift / SD and KS grows with the shift", () => {
    const values = Float64Array.from({ length: 50 }, (_, index) => index / 7);
    const table = { rowCount: 50, numeric: [{ name: "x", values, continuous: true }], categorical: [] };
    const shifted = (by: number) => ({ size: 50, sourceRow: new Int32Array(50), numeric: new Map([["x", values.map((value) => value + by)]]), categorical: new Map() });
    const small = assessFidelity(table, shifted(0.5), new Map()).numeric[0];
    const large = assessFidelity(table, shifted(2), new Map()).numeric[0];
    const sd = small?.real.standardDeviation ?? Number.NaN;
    expectRelativeClose(small?.standardizedMeanDifference ?? Number.NaN, 0.5 / sd, 1e-13, "SMD of a 0.5 shift");
    expect(large?.kolmogorovSmirnovDistance).toBeGreaterThan(small?.kolmogorovSmirnovDistance ?? 1);
  });
});
