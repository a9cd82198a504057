import { describe, expect, it } from "vitest";
import { pickValue } from "../../src/cohort/tabulate-imported-cohort.js";

describe("pickValue", () => {
  it("gives nothing without observations, and the one value with one", () => {
    for (const pick of ["first", "last", "mean"] as const) {
      expect(pickValue([], pick)).toBeUndefined();
      expect(pickValue([{ value: 3.5, instantS: 0, order: 0 }], pick)).toBe(3.5);
    }
  });

  it("orders by instant, then by place in the file (whatever order the values come in)", () => {
    const values = [
      { value: 4, instantS: 20, order: 2 },
      { value: 3, instantS: 10, order: 5 },
      { value: 5, instantS: 20, order: 1 },
    ];
    expect(pickValue(values, "first")).toBe(3);
    expect(pickValue(values, "last")).toBe(4);
    expect(pickValue([...values].reverse(), "last")).toBe(4);
    // R 4.4: mean(c(3, 5, 4)) = 4
    expect(pickValue(values, "mean")).toBe(4);
    // R 4.4: mean(c(0.1, 0.2, 0.3)) = 0.2 exactly (sum / n alone gives 0.19999999999999998)
    expect(pickValue([0.1, 0.2, 0.3].map((value, order) => ({ value, instantS: order, order })), "mean")).toBe(0.2);
  });
});
