import { describe, expect, it } from "vitest";
import { decomposeHouseholderQr } from "../../src/stats/householder-qr.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("decomposeHouseholderQr", () => {
  it("doc example: one column (3, 4) has |R₀₀| = 5", () => {
    // α = −sign(3)·‖(3, 4)‖ = −5.
    expect(decomposeHouseholderQr([[3, 4]], [1, 2]).upperTriangle).toEqual([[-5]]);
  });

  it("preserves the response's length (Q is orthogonal)", () => {
    const { rotatedResponse } = decomposeHouseholderQr([[1, 1, 1, 1], [0, 1, 2, 3]], [1, 3, 2, 4]);
    // ‖y‖² = 1 + 9 + 4 + 16 = 30.
    const lengthSquared = rotatedResponse.reduce((total, value) => total + value * value, 0);
    expectRelativeClose(lengthSquared, 30, 1e-15, "‖Qᵀy‖²");
  });

  it("reproduces XᵀX = RᵀR", () => {
    // Columns 1 and x = 0..3: XᵀX = [[4, 6], [6, 14]].
    const { upperTriangle } = decomposeHouseholderQr([[1, 1, 1, 1], [0, 1, 2, 3]], [0, 0, 0, 0]);
    const [[r00, r01], [r10, r11]] = upperTriangle as [[number, number], [number, number]];
    expect(r10).toBe(0);
    expectRelativeClose(r00 * r00, 4, 1e-15, "(RᵀR)₀₀");
    expectRelativeClose(r00 * r01, 6, 1e-15, "(RᵀR)₀₁");
    expectRelativeClose(r01 * r01 + r11 * r11, 14, 1e-15, "(RᵀR)₁₁");
  });

  it("leaves an exactly dependent column with a zero diagonal instead of NaN", () => {
    const { upperTriangle } = decomposeHouseholderQr([[1, 1, 1], [2, 2, 2]], [1, 2, 3]);
    expect(upperTriangle[1]?.[1]).toBe(0);
    expect(upperTriangle.flat().every((value) => !Number.isNaN(value))).toBe(true);
  });

  it("does not overflow on huge entries", () => {
    // A naive Σx² overflows at 1e200² = 1e400.
    expectRelativeClose(Math.abs(decomposeHouseholderQr([[3e200, 4e200]], [0, 0]).upperTriangle[0]?.[0] ?? 0), 5e200, 1e-15, "|R₀₀|");
  });
});
