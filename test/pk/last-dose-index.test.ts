import { describe, expect, it } from "vitest";
import { findLastDoseIndex } from "../../src/pk/last-dose-index.js";

const dose = (timeH: number) => ({ timeH, amountMg: 1 });

describe("findLastDoseIndex", () => {
  it("is −1 for an empty schedule and before the first dose", () => {
    expect(findLastDoseIndex([], 5)).toBe(-1);
    expect(findLastDoseIndex([dose(0)], -1e-9)).toBe(-1);
  });

  it("doc example: a dose at exactly the time counts (dose first)", () => {
    expect(findLastDoseIndex([dose(0), dose(12)], 12)).toBe(1);
  });

  it("finds the last of doses given at the same time, and the last dose after the end", () => {
    const doses = [dose(0), dose(12), dose(12), dose(24)];
    expect(findLastDoseIndex(doses, 12)).toBe(2);
    expect(findLastDoseIndex(doses, 23.999)).toBe(2);
    expect(findLastDoseIndex(doses, 11.999)).toBe(0);
    expect(findLastDoseIndex(doses, 1e9)).toBe(3);
  });
});
