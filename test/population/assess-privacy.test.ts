import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  assessPrivacy,
  closestRecordDistance,
  encodeRecords,
  growPopulation,
  nearestOtherRecordDistances,
  nearestRecordDistances,
  planDistanceSpace,
  planSmoothing,
  type CovariateTable,
  type EncodedRecords,
  type VirtualPopulation,
} from "../../src/population/index.js";
import { drawIndex, drawStandardNormal, streamFor } from "../../src/rng/index.js";
import { FIDELITY_REFERENCE as REFERENCE, populationOfTable, referencePopulation, referenceTable } from "../helpers/fidelity-reference.js";

/* Tolerance 1e-12 absolute: the same sums in another order as R, 15 significant digits in the JSON. */
const TOLERANCE = 1e-12;

function expectAllClose(got: ArrayLike<number>, expected: readonly (number | null)[], label: string, nullMeans = Number.NaN): void {
  expect(got.length, `${label}: length`).toBe(expected.length);
  expected.forEach((value, index) => {
    const want = value ?? nullMeans;
    const have = got[index] as number;
    const difference = have === want ? 0 : Math.abs(have - want);
    expect(difference <= TOLERANCE, `${label}[${index}]: got ${have}, expected ${want}, difference ${difference}, tolerance ${TOLERANCE}`).toBe(true);
  });
}

function tableRecords(table: CovariateTable) {
  return {
    size: table.rowCount,
    numeric: new Map(table.numeric.map((column) => [column.name, column.values])),
    categorical: new Map(table.categorical.map((column) => [column.name, column.codes])),
  };
}

/** The distance definition written out plainly, without the early exit: the independent check of the search. */
function naiveDistance(a: EncodedRecords, i: number, b: EncodedRecords, j: number): number {
  let squared = 0;
  let used = 0;
  for (let k = 0; k < a.numericWidth; k++) {
    const x = a.numeric[i * a.numericWidth + k] as number;
    const y = b.numeric[j * b.numericWidth + k] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    squared += (x - y) ** 2;
    used++;
  }
  for (let k = 0; k < a.categoricalWidth; k++) {
    const x = a.categorical[i * a.categoricalWidth + k] as number;
    const y = b.categorical[j * b.categoricalWidth + k] as number;
    if (x < 0 || y < 0) continue;
    squared += x === y ? 0 : 1;
    used++;
  }
  return used === 0 ? Infinity : Math.sqrt((squared * (a.numericWidth + a.categoricalWidth)) / used);
}

/** Equal up to the last bits: the naive form rescales by multiplying, the search (like R) by dividing. */
function expectSameMinimum(got: number, naive: number, label: string): void {
  const difference = got === naive ? 0 : Math.abs(got - naive) / Math.abs(naive);
  expect(difference <= 1e-15, `${label}: got ${got}, naive ${naive}, relative difference ${difference}`).toBe(true);
}

/** A table of `rows` patients with `columns` continuous number columns and one category, from a fixed stream. */
function randomTable(rows: number, columns: number, seed: number): CovariateTable {
  const rng = streamFor(seed, ["privacy-test"]);
  const numeric = Array.from({ length: columns }, (_, column) => ({
    name: `x${column}`,
    values: Float64Array.from({ length: rows }, () => 50 + 10 * drawStandardNormal(rng)),
    continuous: true,
  }));
  return { rowCount: rows, numeric, categorical: [{ name: "group", codes: Int32Array.from({ length: rows }, () => drawIndex(rng, 3)) }] };
}

describe("distance space and nearest records against R (test/reference/fidelity.R)", () => {
  const table = referenceTable();
  const space = planDistanceSpace(table);
  const real = encodeRecords(space, tableRecords(table));
  const virtual = encodeRecords(space, referencePopulation());

  it("standardizes by the real mean and SD and skips the constant column", () => {
    expect(space.numeric.map((column) => column.name)).toEqual(["age", "albumin", "bili"]);
    expect(space.skipped).toEqual([REFERENCE.privacy.skipped]);
    expect(space.categorical).toEqual(["sex", "stage"]);
    expectAllClose(space.numeric.map((column) => column.centre), REFERENCE.privacy.centre, "centre");
    expectAllClose(space.numeric.map((column) => column.scale), REFERENCE.privacy.scale, "scale");
  });

  it("DCR of every virtual patient and leave-one-out real nearest-neighbour distances (mixed, brute force in R)", () => {
    expectAllClose(nearestRecordDistances(virtual, real), REFERENCE.privacy.dcr, "DCR");
    expectAllClose(nearestOtherRecordDistances(real), REFERENCE.privacy.nn, "real NN");
  });

  it("number columns only: the same distances as R's dist(), including its rescaling for gaps (null = Inf: no number in common)", () => {
    const numericOnly = { ...space, categorical: [] };
    const realNumbers = encodeRecords(numericOnly, tableRecords(table));
    expectAllClose(nearestRecordDistances(encodeRecords(numericOnly, referencePopulation()), realNumbers), REFERENCE.privacy.dcr_numeric_only, "DCR via dist()", Infinity);
    expectAllClose(nearestOtherRecordDistances(realNumbers), REFERENCE.privacy.nn_numeric_only, "real NN via dist()");
  });

  it("assessPrivacy: medians, 5th percentiles, threshold, exact and near copy shares", () => {
    const privacy = assessPrivacy(table, referencePopulation());
    const expected = REFERENCE.privacy;
    expect(privacy.columns).toEqual(expected.columns);
    expect(privacy.skippedColumns).toEqual([expected.skipped]);
    expectAllClose([privacy.nearCopyThreshold], [expected.near_copy_threshold], "near-copy threshold");
    for (const side of ["real", "virtual"] as const) {
      const got = privacy[side];
      const want = expected[side];
      expect(got.count).toBe(want.count);
      expectAllClose([got.median, got.percentile5, got.exactCopyShare, got.nearCopyShare], [want.median, want.percentile5, want.exact_copy_share, want.near_copy_share], side);
    }
  });

  it("a missing population column is an error", () => {
    const population = referencePopulation();
    const categorical = new Map(population.categorical);
    categorical.delete("stage");
    expect(() => assessPrivacy(table, { ...population, categorical })).toThrow('encodeRecords requires every column of the distance space, "stage" is missing');
  });
});

describe("doc examples", () => {
  it("planDistanceSpace, encodeRecords and nearestOtherRecordDistances", () => {
    const table = { rowCount: 3, numeric: [{ name: "x", values: Float64Array.from([1, 2, 3]), continuous: true }, { name: "c", values: Float64Array.from([4, 4, 4]), continuous: true }], categorical: [] };
    expect(planDistanceSpace(table)).toEqual({ numeric: [{ name: "x", centre: 2, scale: 1 }], categorical: [], skipped: ["c"] });
    const unit = { numeric: [{ name: "x", centre: 0, scale: 1 }], categorical: [], skipped: [] };
    expect(Array.from(encodeRecords({ ...unit, numeric: [{ name: "x", centre: 1, scale: 2 }] }, { size: 1, numeric: new Map([["x", [5]]]), categorical: new Map() }).numeric)).toEqual([2]);
    expect(Array.from(nearestOtherRecordDistances(encodeRecords(unit, { size: 3, numeric: new Map([["x", [0, 1, 3]]]), categorical: new Map() })))).toEqual([1, 1, 2]);
  });
});

describe("closestRecordDistance edge cases", () => {
  const space = { numeric: [{ name: "x", centre: 0, scale: 1 }], categorical: ["c"], skipped: [] };
  const encode = (x: number[], c: number[]) => encodeRecords(space, { size: x.length, numeric: new Map([["x", x]]), categorical: new Map([["c", c]]) });

  it("no candidate, or no coordinate in common, is infinitely far; a lone record has no other", () => {
    const one = encode([1], [0]);
    expect(closestRecordDistance({ records: one, row: 0 }, encode([], []))).toBe(Infinity);
    expect(closestRecordDistance({ records: encode([Number.NaN], [-1]), row: 0 }, one)).toBe(Infinity);
    expect(Array.from(nearestOtherRecordDistances(one))).toEqual([Infinity]);
  });

  it("a gap scales the rest up: x differs by 1 and c is missing → √(1 · 2/1)", () => {
    expect(closestRecordDistance({ records: encode([0], [-1]), row: 0 }, encode([1], [2]))).toBe(Math.SQRT2);
  });

  it("a category mismatch costs 1, a standardized difference its square", () => {
    expect(closestRecordDistance({ records: encode([0], [0]), row: 0 }, encode([2], [1]))).toBe(Math.sqrt(5));
  });

  // Quarter steps: many exact ties between candidates, and no subnormal squares.
  const coordinate = fc.option(fc.integer({ min: -20, max: 20 }).map((steps) => steps / 4));
  const record = fc.tuple(coordinate, coordinate, fc.integer({ min: -1, max: 2 }));
  propTest.prop([fc.array(record, { minLength: 1, maxLength: 25 }), fc.array(record, { minLength: 2, maxLength: 25 })])("the early-exit search finds the same minimum as the plain definition", (fromRows, toRows) => {
    const wide = { numeric: [{ name: "a", centre: 0, scale: 1 }, { name: "b", centre: 0, scale: 1 }], categorical: ["c"], skipped: [] };
    const encodeRows = (rows: typeof fromRows) =>
      encodeRecords(wide, {
        size: rows.length,
        numeric: new Map([["a", rows.map((row) => row[0] ?? Number.NaN)], ["b", rows.map((row) => row[1] ?? Number.NaN)]]),
        categorical: new Map([["c", rows.map((row) => row[2])]]),
      });
    const from = encodeRows(fromRows);
    const to = encodeRows(toRows);
    const distances = nearestRecordDistances(from, to);
    for (let i = 0; i < from.count; i++) {
      const naive = Math.min(...Array.from({ length: to.count }, (_, j) => naiveDistance(from, i, to, j)));
      expectSameMinimum(distances[i] as number, naive, `DCR of record ${i}`);
    }
    const loo = nearestOtherRecordDistances(to);
    for (let i = 0; i < to.count; i++) {
      const naive = Math.min(...Array.from({ length: to.count }, (_, j) => (j === i ? Infinity : naiveDistance(to, i, to, j))));
      expectSameMinimum(loo[i] as number, naive, `leave-one-out distance of record ${i}`);
    }
  });
});

describe("assessPrivacy properties", () => {
  it("a population that is the table itself: every DCR 0, all exact copies", () => {
    const table = referenceTable();
    const privacy = assessPrivacy(table, populationOfTable(table));
    expect(privacy.virtual.median).toBe(0);
    expect(privacy.virtual.percentile5).toBe(0);
    expect(privacy.virtual.exactCopyShare).toBe(1);
    expect(privacy.virtual.nearCopyShare).toBe(1);
  });

  const table = randomTable(300, 4, 11);
  const grow = (method: "bootstrap" | "smoothed-bootstrap"): VirtualPopulation =>
    growPopulation({ table, method, size: 1000, smoothing: planSmoothing(table) }, streamFor(5, [1, "population"]));

  it("bootstrap copies records: exact-copy share 1", () => {
    const privacy = assessPrivacy(table, grow("bootstrap"));
    expect(privacy.virtual.exactCopyShare).toBe(1);
    expect(privacy.virtual.median).toBe(0);
  });

  it("kernel noise (smoothed bootstrap) removes exact copies and most near copies", () => {
    const privacy = assessPrivacy(table, grow("smoothed-bootstrap"));
    expect(privacy.virtual.exactCopyShare).toBe(0);
    expect(privacy.virtual.nearCopyShare).toBeLessThan(0.5);
    expect(privacy.virtual.median).toBeGreaterThan(0);
    // Real patients are ~5% "near copies" of each other by the threshold's definition.
    expect(privacy.real.nearCopyShare).toBeCloseTo(0.05, 2);
  });
});
