import { describe, expect, it } from "vitest";
import { invertCrossProduct } from "../../src/stats/invert-cross-product.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("invertCrossProduct", () => {
  it("doc example: [[2, 1], [0, 4]] gives ([[4, 2], [2, 17]])⁻¹ = [[17, −2], [−2, 4]] / 64", () => {
    expect(invertCrossProduct([[2, 1], [0, 4]])).toEqual([[0.265625, -0.03125], [-0.03125, 0.0625]]);
  });

  it("inverts RᵀR for a 3 × 3 R (product with RᵀR is the identity)", () => {
    const upper = [[2, -1, 0.5], [0, 3, 1], [0, 0, 0.25]];
    const inverse = invertCrossProduct(upper);
    const crossProduct = upper.map((_, i) => upper.map((__, j) => upper.reduce((total, row) => total + (row[i] ?? 0) * (row[j] ?? 0), 0)));
    for (let i = 0; i < 3; i += 1) {
      for (let j = 0; j < 3; j += 1) {
        const entry = crossProduct.reduce((total, row, k) => total + (row[i] ?? 0) * (inverse[k]?.[j] ?? 0), 0);
        expect(Math.abs(entry - (i === j ? 1 : 0))).toBeLessThan(1e-13);
      }
    }
    expect(inverse[0]?.[2]).toBe(inverse[2]?.[0]);
  });

  it("gives 1/r² for a 1 × 1 R and an empty matrix for an empty R", () => {
    expectRelativeClose(invertCrossProduct([[-4]])[0]?.[0] ?? Number.NaN, 1 / 16, 0, "1/16");
    expect(invertCrossProduct([])).toEqual([]);
  });
});
