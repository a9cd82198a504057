import { describe, expect, it } from "vitest";
import { previousDouble } from "../../src/ode/previous-double.js";

describe("previousDouble", () => {
  it("is the largest double below its argument (the doc example: 1 − 2^-53)", () => {
    expect(previousDouble(1)).toBe(1 - 2 ** -53);
    expect(previousDouble(168)).toBe(168 - 2 ** -45);
    expect(previousDouble(-1)).toBe(-1 - 2 ** -52);
    expect(previousDouble(0)).toBe(-Number.MIN_VALUE);
    expect(previousDouble(Number.MIN_VALUE)).toBe(0);
  });
});
