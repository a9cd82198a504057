import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { logNormalDuration } from "../../src/safety/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { SAFETY_REFERENCE } from "./safety-primitives-json.js";

describe("logNormalDuration", () => {
  it("rejects bad uniforms, medians and geometric SDs with exact messages", () => {
    for (const bad of [0, 1, Number.NaN]) {
      expect(() => logNormalDuration(bad, 24, 2)).toThrow(new RangeError(`logNormalDuration requires a uniform in (0, 1), got ${bad}`));
    }
    for (const bad of [0, -1, Infinity, Number.NaN]) {
      expect(() => logNormalDuration(0.5, bad, 2)).toThrow(new RangeError(`logNormalDuration requires a finite medianH > 0, got ${bad}`));
    }
    for (const bad of [0.99, 0, Infinity, Number.NaN]) {
      expect(() => logNormalDuration(0.5, 24, bad)).toThrow(new RangeError(`logNormalDuration requires a finite geometricSd ≥ 1, got ${bad}`));
    }
  });

  it("gives the median exactly at u = ½ and for geometricSd = 1, whatever u", () => {
    for (const medianH of [0.1, 24, 336, 1e-7]) {
      expect(logNormalDuration(0.5, medianH, 3.7)).toBe(medianH);
      for (const uniform of [1e-12, 0.01, 0.3, 0.9, 1 - 2 ** -53]) expect(logNormalDuration(uniform, medianH, 1)).toBe(medianH);
    }
  });

  it("gives the doc example: R qlnorm(0.975, log(24), 1) = 170.377713221552", () => {
    expect(logNormalDuration(0.975, 24, Math.E)).toBe(170.37771322155197);
    expectRelativeClose(logNormalDuration(0.975, 24, Math.E), 170.377713221552, 1e-14, "u = 0.975, median 24, gsd e");
  });

  it("matches R's qlnorm(u, log(median), log(gsd)) to 1e-12 relative", () => {
    // 1e-12 as asked; observed ≤ 3.6e-15 over the 96 rows (the same AS 241, then a product
    // instead of exp of a sum, and R's 15 written digits).
    for (const row of SAFETY_REFERENCE.lognormal) {
      const got = logNormalDuration(row.uniform, row.median_h, row.geometric_sd);
      expectRelativeClose(got, row.quantile, 1e-12, `u = ${row.uniform}, median ${row.median_h}, gsd ${row.geometric_sd}`);
    }
  });

  test.prop([fc.integer({ min: 1, max: 2 ** 29 }), fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true })])(
    "is symmetric on the log scale: d(u) · d(1 − u) = median², and increasing in u",
    (numerator, medianH, geometricSd) => {
      // u = k/2³⁰ ≤ ½, so 1 − u is exact and AS 241 gives Φ⁻¹(1 − u) = −Φ⁻¹(u) bit for bit.
      const uniform = numerator / 2 ** 30;
      const low = logNormalDuration(uniform, medianH, geometricSd);
      const high = logNormalDuration(1 - uniform, medianH, geometricSd);
      expect(low).toBeLessThanOrEqual(high);
      // Two exp and three products: a few ulps.
      expectRelativeClose(low * high, medianH * medianH, 1e-14, `u = ${uniform}, median ${medianH}, gsd ${geometricSd}`);
    },
  );
});
