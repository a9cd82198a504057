import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { orderByTime } from "../../src/stats/order-by-time.js";

describe("orderByTime", () => {
  it("doc example: by stratum, then time", () => {
    expect(orderByTime([30, 10, 20, 10], [0, 1, 0, 0])).toEqual(Int32Array.from([3, 2, 0, 1]));
  });

  it("keeps tied patients in input order (stable), -0 tied with 0", () => {
    expect(Array.from(orderByTime([2, 1, 2, 1]))).toEqual([1, 3, 0, 2]);
    expect(Array.from(orderByTime([0, -0, 0]))).toEqual([0, 1, 2]);
    expect(orderByTime([])).toEqual(new Int32Array(0));
  });

  propTest.prop([fc.array(fc.record({ time: fc.integer({ min: 0, max: 20 }), stratum: fc.integer({ min: 0, max: 3 }) }), { maxLength: 80 })])(
    "is the stable sort by (stratum, time)",
    (rows) => {
      const expected = rows
        .map((row, index) => ({ ...row, index }))
        .sort((a, b) => a.stratum - b.stratum || a.time - b.time || a.index - b.index)
        .map((row) => row.index);
      expect(Array.from(orderByTime(rows.map((r) => r.time), rows.map((r) => r.stratum)))).toEqual(expected);
    },
  );
});

describe("orderByTime with times closer than the packed position bits", () => {
  it("still sorts distinct times a few ulps apart, and keeps exact ties stable", () => {
    const base = 1000;
    const ulp = 2 ** -43; // 1 ulp of 1000
    const times = [base + 3 * ulp, base + ulp, base, base + 2 * ulp, base + ulp, 0, base];
    expect(Array.from(orderByTime(times))).toEqual([5, 2, 6, 1, 4, 3, 0]);
  });
});
