import { describe, expect, it } from "vitest";
import { choleskyFactor, omegaFromCvs } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("omegaFromCvs", () => {
  it("doc example: ω² = ln(1 + cv²) and Cov = ρ·ωᵢ·ωⱼ", () => {
    const omega = omegaFromCvs({ cvs: [0.3, 0.2], correlations: [[1, 0.5], [0.5, 1]] });
    expect(omega).toEqual([
      [0.08617769624105233, 0.029068671729548124],
      [0.029068671729548124, 0.0392207131532813],
    ]);
    // R 4.2.2: log(1.09) = 0.086177696241052412, 0.5 * sqrt(log(1.09) * log(1.04)) = 0.029068671729548148,
    // log(1.04) = 0.039220713153281329; R's log(1 + x) rounds 1 + x first, hence 1e-14.
    const fromR = [[0.086177696241052412, 0.029068671729548148], [0.029068671729548148, 0.039220713153281329]];
    fromR.forEach((row, i) => row.forEach((value, j) => expectRelativeClose(omega[i]?.[j] ?? Number.NaN, value, 1e-14, `Ω[${i}][${j}]`)));
  });

  it("is diagonal without correlations, and empty for no parameters", () => {
    expect(omegaFromCvs({ cvs: [0.3, 0] })).toEqual([[0.08617769624105233, 0], [0, 0]]);
    expect(omegaFromCvs({ cvs: [] })).toEqual([]);
  });

  it("so that the CV of exp(η) is the CV asked for: √(exp(ω²) − 1) = cv", () => {
    const omega = omegaFromCvs({ cvs: [0.05, 0.45, 1.5] });
    [0.05, 0.45, 1.5].forEach((cv, i) => expectRelativeClose(Math.sqrt(Math.expm1(omega[i]?.[i] ?? Number.NaN)), cv, 1e-14, `cv ${cv}`));
  });

  it("gives a CV of 0 an all-zero row and column whatever its correlations, which choleskyFactor accepts", () => {
    const omega = omegaFromCvs({ cvs: [0.3, 0, 0.2], correlations: [[1, 0.9, 0.5], [0.9, 1, 0.9], [0.5, 0.9, 1]] });
    expect(omega[1]).toEqual([0, 0, 0]);
    expect(omega.map((row) => row[1])).toEqual([0, 0, 0]);
    expect(choleskyFactor(omega)[1]).toEqual([0, 0, 0]);
  });

  it("accepts a correlation of ±1, which choleskyFactor then refuses as singular whatever the rounding", () => {
    const omega = omegaFromCvs({ cvs: [0.3, 0.3], correlations: [[1, 1], [1, 1]] });
    expect(() => choleskyFactor(omega)).toThrow(
      new RangeError(
        "choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is 1.1959557821996138e-18, " +
          "0 to rounding (row 1 is a linear combination of the rows before it)",
      ),
    );
    const negative = omegaFromCvs({ cvs: [0.3, 0.2], correlations: [[1, -1], [-1, 1]] });
    expect(() => choleskyFactor(negative)).toThrow(
      new RangeError(
        "choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is -5.979778910998069e-19, " +
          "0 to rounding (row 1 is a linear combination of the rows before it)",
      ),
    );
  });

  it("refuses negative or non-finite CVs and invalid correlations", () => {
    expect(() => omegaFromCvs({ cvs: [0.3, -0.1] })).toThrow(new RangeError("omegaFromCvs requires finite cvs >= 0, got cvs[1] = -0.1"));
    expect(() => omegaFromCvs({ cvs: [Number.NaN] })).toThrow(new RangeError("omegaFromCvs requires finite cvs >= 0, got cvs[0] = NaN"));
    expect(() => omegaFromCvs({ cvs: [Infinity] })).toThrow(new RangeError("omegaFromCvs requires finite cvs >= 0, got cvs[0] = Infinity"));
    expect(() => omegaFromCvs({ cvs: [0.3, 0.2], correlations: [[1, 1.2], [1.2, 1]] })).toThrow(
      new RangeError("omegaFromCvs requires correlations from -1 to 1, got correlations[0][1] = 1.2"),
    );
    expect(() => omegaFromCvs({ cvs: [0.3, 0.2], correlations: [[1]] })).toThrow(
      new RangeError("omegaFromCvs requires a 2 × 2 correlations matrix (one row per entry of cvs), got 1 rows"),
    );
  });
});
