import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { summariseNumbers } from "../../src/cohort/index.js";

const NAN_SUMMARY = { mean: Number.NaN, sd: Number.NaN, median: Number.NaN, q1: Number.NaN, q3: Number.NaN, min: Number.NaN, max: Number.NaN };

describe("summariseNumbers", () => {
  it("no values: every statistic NaN (R: mean(numeric(0)) is NaN, quantile and range have no value)", () => {
    expect(summariseNumbers([])).toEqual(NAN_SUMMARY);
  });

  it("one value: SD NaN (R 4.2.2: sd(5) is NA), the rest the value", () => {
    expect(summariseNumbers([5])).toEqual({ mean: 5, sd: Number.NaN, median: 5, q1: 5, q3: 5, min: 5, max: 5 });
  });

  it("zero and negative values, in any order", () => {
    // R 4.2.2: x <- c(0, -2, 3, -0.5); mean(x) = 0.125; sd(x) = 2.0966242709015206;
    // quantile(x, c(.25, .5, .75)) = -0.875, -0.25, 0.75
    expect(summariseNumbers([0, -2, 3, -0.5])).toEqual({ mean: 0.125, sd: 2.0966242709015206, median: -0.25, q1: -0.875, q3: 0.75, min: -2, max: 3 });
  });

  it("sorts numerically, not as text", () => {
    // R 4.2.2: quantile(c(10, 9, 100, 2), c(.25, .5, .75)) = 7.25, 9.5, 32.5
    expect(summariseNumbers([10, 9, 100, 2])).toMatchObject({ q1: 7.25, median: 9.5, q3: 32.5, min: 2, max: 100 });
  });

  it("the doc example: quartiles of 1, 2, 3, 4, 10 (R 4.2.2: quantile(c(1, 2, 3, 4, 10)) = 1 2 3 4 10)", () => {
    expect(summariseNumbers([1, 2, 3, 4, 10])).toMatchObject({ q1: 2, median: 3, q3: 4, mean: 4 });
  });

  test.prop([fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 })])("min ≤ Q1 ≤ median ≤ Q3 ≤ max, and min ≤ mean ≤ max", (values) => {
    const s = summariseNumbers(values);
    expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
    expect(s.min <= s.mean && s.mean <= s.max).toBe(true);
    expect(values.length < 2 ? Number.isNaN(s.sd) : s.sd >= 0).toBe(true);
  });
});
