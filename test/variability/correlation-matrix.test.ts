import { describe, expect, it } from "vitest";
import { assertCorrelationMatrix } from "../../src/variability/index.js";

const expected = { size: 2, caller: "omegaFromCvs", countedBy: "cvs" } as const;

describe("assertCorrelationMatrix", () => {
  it("accepts a correlation matrix (doc example), including ±1 off the diagonal and the empty matrix", () => {
    expect(() => assertCorrelationMatrix([[1, 0.3], [0.3, 1]], expected)).not.toThrow();
    expect(() => assertCorrelationMatrix([[1, -1], [-1, 1]], expected)).not.toThrow();
    expect(() => assertCorrelationMatrix([], { ...expected, size: 0 })).not.toThrow();
  });

  it("refuses the wrong size, a diagonal other than 1, an entry outside [-1, 1], asymmetry and NaN", () => {
    expect(() => assertCorrelationMatrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]], expected)).toThrow(
      new RangeError("omegaFromCvs requires a 2 × 2 correlations matrix (one row per entry of cvs), got 3 rows"),
    );
    expect(() => assertCorrelationMatrix([[1, 0], [0, 0.9]], expected)).toThrow(
      new RangeError("omegaFromCvs requires 1 on the diagonal of correlations, got correlations[1][1] = 0.9"),
    );
    expect(() => assertCorrelationMatrix([[1, 1.2], [1.2, 1]], expected)).toThrow(
      new RangeError("omegaFromCvs requires correlations from -1 to 1, got correlations[0][1] = 1.2"),
    );
    expect(() => assertCorrelationMatrix([[1, 0.3], [0.2, 1]], expected)).toThrow(
      new RangeError("omegaFromCvs requires a symmetric correlations, got correlations[1][0] = 0.2 and correlations[0][1] = 0.3"),
    );
    expect(() => assertCorrelationMatrix([[1, Number.NaN], [0, 1]], expected)).toThrow(
      new RangeError("omegaFromCvs requires finite entries, got correlations[0][1] = NaN"),
    );
  });
});
