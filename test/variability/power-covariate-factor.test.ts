import { describe, expect, it } from "vitest";
import { powerCovariateFactor, type PowerCovariateEffect } from "../../src/variability/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const allometric: PowerCovariateEffect = { kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 };

describe("powerCovariateFactor", () => {
  it("doc example: R 4.2.2 (35/70)^0.75 = 0.59460355750136051", () => {
    expect(powerCovariateFactor(allometric, 35)).toBe(0.5946035575013605);
    expectRelativeClose(powerCovariateFactor(allometric, 35), 0.59460355750136051, 1e-15, "(35/70)^0.75");
  });

  it("is 1 at the reference and for exponent 0, and value / reference for exponent 1", () => {
    expect(powerCovariateFactor(allometric, 70)).toBe(1);
    expect(powerCovariateFactor({ ...allometric, exponent: 0 }, 123)).toBe(1);
    expect(powerCovariateFactor({ ...allometric, exponent: 1 }, 84)).toBe(1.2);
  });

  it("matches R for a negative exponent: (50/70)^-0.25 = 1.0877573059372772 (R 4.2.2)", () => {
    expectRelativeClose(powerCovariateFactor({ ...allometric, exponent: -0.25 }, 50), 1.0877573059372772, 1e-15, "(50/70)^-0.25");
  });

  it("refuses a value or reference that is not > 0, and a non-finite exponent, naming the covariate", () => {
    expect(() => powerCovariateFactor(allometric, 0)).toThrow(
      new RangeError('powerCovariateFactor requires a value > 0 for covariate "weight_kg", got 0'),
    );
    expect(() => powerCovariateFactor(allometric, Number.NaN)).toThrow(
      new RangeError('powerCovariateFactor requires a value > 0 for covariate "weight_kg", got NaN'),
    );
    expect(() => powerCovariateFactor({ ...allometric, reference: -70 }, 35)).toThrow(
      new RangeError('powerCovariateFactor requires a reference > 0 for covariate "weight_kg", got -70'),
    );
    expect(() => powerCovariateFactor({ ...allometric, exponent: Infinity }, 35)).toThrow(
      new RangeError('powerCovariateFactor requires a finite exponent for covariate "weight_kg", got Infinity'),
    );
  });
});
