import { describe, expect, it } from "vitest";
import { gradeOf, logisticProbability } from "../../src/safety/index.js";

describe("logisticProbability", () => {
  it("equals 1/(1+exp(−η)) and stays finite for extreme η", () => {
    expect(logisticProbability(0, 1, 0)).toBe(0.5);
    // R: plogis(-2.44 + 0.8 * 1.5) = plogis(-1.24) = 0.224436...
    expect(logisticProbability(-2.44, 0.8, 1.5)).toBeCloseTo(1 / (1 + Math.exp(1.24)), 15);
    expect(logisticProbability(-800, 0, 0)).toBe(0);
    expect(logisticProbability(800, 0, 0)).toBe(1);
  });
});

describe("gradeOf", () => {
  it("maps a uniform draw through the cumulative grade shares", () => {
    expect(gradeOf(0.75, [0.6, 0.3, 0.1])).toBe(2);
    expect(gradeOf(0.1, [0.6, 0.3, 0.1])).toBe(1);
    expect(gradeOf(0.95, [0.6, 0.3, 0.1])).toBe(3);
    expect(gradeOf(0.9999999, [0.6, 0.3, 0.0999])).toBe(3);
  });
});
