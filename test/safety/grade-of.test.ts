import { describe, expect, it } from "vitest";
import { gradeOf } from "../../src/safety/index.js";

// gradeOf is the fixed split of grades 1..5 too: no separate fixedGrade.
const FIVE_SHARES = [0.5, 0.25, 0.125, 0.0625, 0.0625];

describe("gradeOf with five CTCAE grades", () => {
  it("maps u through the cumulative shares 0.5, 0.75, 0.875, 0.9375, 1 (binary-exact cut points)", () => {
    expect(gradeOf(0.4999999999999999, FIVE_SHARES)).toBe(1);
    expect(gradeOf(0.5, FIVE_SHARES)).toBe(2); // u = a cut point goes up a grade
    expect(gradeOf(0.75, FIVE_SHARES)).toBe(3);
    expect(gradeOf(0.875, FIVE_SHARES)).toBe(4);
    expect(gradeOf(0.9375, FIVE_SHARES)).toBe(5);
    expect(gradeOf(1 - 2 ** -53, FIVE_SHARES)).toBe(5);
  });

  it("gives the last grade the rounding remainder when the shares add up to just under 1", () => {
    expect(gradeOf(0.9999999, [0.2, 0.2, 0.2, 0.2, 0.1999])).toBe(5);
  });

  it("reproduces the shares to 1/N on N stratified uniforms", () => {
    const shares = [0.62, 0.21, 0.11, 0.05, 0.01];
    const count = 100_000;
    const tally = [0, 0, 0, 0, 0];
    for (let index = 0; index < count; index++) {
      const grade = gradeOf((index + 0.5) / count, shares);
      tally[grade - 1] = (tally[grade - 1] as number) + 1;
    }
    shares.forEach((share, index) => {
      expect(Math.abs((tally[index] as number) / count - share), `grade ${index + 1}`).toBeLessThanOrEqual(1 / count);
    });
  });
});
