import { describe, expect, it } from "vitest";
import { buildSymmetricRateMatrix } from "../../src/pk/symmetric-rate-matrix.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, THREE_CMT, TWO_CMT } from "./model-fixtures.js";

describe("buildSymmetricRateMatrix", () => {
  it("is [k10] with determinant k10 for one compartment", () => {
    expect(buildSymmetricRateMatrix(ONE_CMT_ORAL)).toEqual({ size: 1, entriesPerH: [2.8 / 32], determinant: 2.8 / 32 });
  });

  // pk.json b_two_cmt_iv_bolus macro constants: k10 0.5, k12 0.2, k21 0.05 /h; √(k12 k21) = 0.1.
  it("doc example: two compartments, CL 5, V1 10, Q 2, V2 40", () => {
    const matrix = buildSymmetricRateMatrix(TWO_CMT);
    expect(matrix.size).toBe(2);
    [0.7, -0.1, -0.1, 0.05].forEach((expected, index) => expectRelativeClose(matrix.entriesPerH[index] as number, expected, 1e-15, `M[${index}]`));
    expectRelativeClose(matrix.determinant, 0.025, 1e-15, "det = k10 k21");
  });

  // k10 0.4, k12 0.3, k13 0.05, k21 0.1, k31 0.005 /h; off-diagonals −√(k12 k21), −√(k13 k31).
  it("is symmetric for three compartments, with det M = k10 k21 k31 (cofactor expansion)", () => {
    const { entriesPerH: m, determinant } = buildSymmetricRateMatrix(THREE_CMT);
    const at = (row: number, column: number) => m[row * 3 + column] as number;
    expectRelativeClose(at(0, 0), 0.75, 1e-15, "M11 = k10 + k12 + k13");
    expectRelativeClose(at(0, 1), -Math.sqrt(0.03), 1e-15, "M12");
    expectRelativeClose(at(0, 2), -Math.sqrt(0.00025), 1e-15, "M13");
    expect([at(1, 0), at(2, 0), at(1, 2), at(2, 1)]).toEqual([at(0, 1), at(0, 2), 0, 0]);
    const cofactor = at(0, 0) * at(1, 1) * at(2, 2) - at(0, 1) ** 2 * at(2, 2) - at(0, 2) ** 2 * at(1, 1);
    expectRelativeClose(determinant, 0.4 * 0.1 * 0.005, 1e-15, "det = k10 k21 k31");
    expectRelativeClose(cofactor, determinant, 1e-13, "cofactor expansion");
  });
});
