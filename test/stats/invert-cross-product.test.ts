import { describe, expect, it } from "vitest";
import { invertCrossProduct } from "../../src/stats/invert-cross-product.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("invertCrossProduct", () => {
  it("doc example: a diagonal R gives the inverse squares", () => {
    expect(invertCrossProduct([[2, 0], [0, 4]])).toEqual([[0.25, 0], [0, 0.0625]]);
  });

  it("inverts RᵀR for a full upper triangle, symmetric to the bit", () => {
    // R = [[1, 2], [0, 4]]: RᵀR = [[1, 2], [2, 20]], determinant 16, inverse [[20, −2], [−2, 1]]/16.
    const inverse = invertCrossProduct([[1, 2], [0, 4]]);
    expectRelativeClose(inverse[0]?.[0] ?? Number.NaN, 20 / 16, 1e-15, "(0, 0)");
    expectRelativeClose(inverse[0]?.[1] ?? Number.NaN, -2 / 16, 1e-15, "(0, 1)");
    expectRelativeClose(inverse[1]?.[1] ?? Number.NaN, 1 / 16, 1e-15, "(1, 1)");
    expect(inverse[1]?.[0]).toBe(inverse[0]?.[1]);
  });
});
