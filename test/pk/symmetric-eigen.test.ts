import { describe, expect, it } from "vitest";
import { decomposeSymmetricMatrix } from "../../src/pk/symmetric-eigen.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** max over entries of |A V − V Λ| and of |Vᵀ V − I|. */
function residuals(matrix: readonly number[], size: number): { readonly eigen: number; readonly orthogonality: number } {
  const { eigenvalues, eigenvectors } = decomposeSymmetricMatrix(matrix, size);
  const at = (values: readonly number[], row: number, column: number) => values[row * size + column] as number;
  let eigen = 0;
  let orthogonality = 0;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let product = 0;
      let gram = 0;
      for (let inner = 0; inner < size; inner++) {
        product += at(matrix, row, inner) * at(eigenvectors, inner, column);
        gram += at(eigenvectors, inner, row) * at(eigenvectors, inner, column);
      }
      eigen = Math.max(eigen, Math.abs(product - at(eigenvectors, row, column) * (eigenvalues[column] as number)));
      orthogonality = Math.max(orthogonality, Math.abs(gram - (row === column ? 1 : 0)));
    }
  }
  return { eigen, orthogonality };
}

describe("decomposeSymmetricMatrix", () => {
  it("leaves a 1 × 1 and a diagonal matrix alone", () => {
    expect(decomposeSymmetricMatrix([4], 1)).toEqual({ eigenvalues: [4], eigenvectors: [1] });
    expect(decomposeSymmetricMatrix([3, 0, 0, 0, 1, 0, 0, 0, 2], 3)).toEqual({ eigenvalues: [3, 1, 2], eigenvectors: [1, 0, 0, 0, 1, 0, 0, 0, 1] });
  });

  it("doc example: [[2, 1], [1, 2]] has eigenvalues 1 and 3", () => {
    const { eigenvalues, eigenvectors } = decomposeSymmetricMatrix([2, 1, 1, 2], 2);
    expectRelativeClose(eigenvalues[0] as number, 1, 1e-15, "λ₀");
    expectRelativeClose(eigenvalues[1] as number, 3, 1e-15, "λ₁");
    [Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT1_2].forEach((expected, index) => {
      expectRelativeClose(eigenvectors[index] as number, expected, 1e-15, `v[${index}]`);
    });
  });

  // Residuals of a backward-stable method are a few ulps of ‖A‖ (here ≈ 2).
  it.each([
    ["a mammillary 3 × 3", [0.18333333333333332, -0.051639777949432225, -0.009128709291752768, -0.051639777949432225, 0.04, 0, -0.009128709291752768, 0, 0.005]],
    ["an indefinite 3 × 3", [1, 2, 3, 2, -1, 0.5, 3, 0.5, 0.25]],
    ["two eigenvalues 1e-12 apart", [1, 0, 1e-6, 0, 1 + 1e-12, 1e-6, 1e-6, 1e-6, 2]],
  ])("gives A V = V Λ and Vᵀ V = I to rounding: %s", (_, matrix) => {
    const { eigen, orthogonality } = residuals(matrix, 3);
    expect(eigen).toBeLessThan(1e-15 * 8);
    expect(orthogonality).toBeLessThan(1e-15);
  });

  // mpmath 1.3.0 eigsy at 40 digits for the mammillary matrix above, taken as exact doubles
  // (CL 3 L/h, V1 30 L, Q2 2 L/h, V2 50 L, Q3 0.5 L/h, V3 100 L): 0.20038635682977486589…,
  // 0.023743400220574601057…, 0.0042035762829838543725…. Jacobi's relative accuracy is about
  // 1e-16 · cond of the diagonally scaled matrix (Demmel & Veselić), here below 10.
  it("gives the eigenvalues of a mammillary matrix to rounding", () => {
    const { eigenvalues } = decomposeSymmetricMatrix(
      [0.18333333333333332, -0.051639777949432225, -0.009128709291752768, -0.051639777949432225, 0.04, 0, -0.009128709291752768, 0, 0.005],
      3,
    );
    const sorted = [...eigenvalues].sort((left, right) => right - left);
    expectRelativeClose(sorted[0] as number, 0.20038635682977488, 1e-15, "λ₁");
    expectRelativeClose(sorted[1] as number, 0.0237434002205746, 1e-15, "λ₂");
    expectRelativeClose(sorted[2] as number, 0.004203576282983855, 1e-15, "λ₃");
  });
});
